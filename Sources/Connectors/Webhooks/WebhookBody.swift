import Engine
import Foundation

/// What one webhook body held: the normalized messages, the WhatsApp delivery statuses, and every item
/// that was skipped with the reason (to be logged).
public struct WebhookContents: Sendable, Equatable {
    /// The body's `object` field.
    public var object: String
    public var messages: [Message] = []
    public var statuses: [DeliveryStatus] = []
    /// WhatsApp template status and category changes: recorded, never evaluated.
    public var templateUpdates: [TemplateUpdate] = []
    public var skipped: [SkippedItem] = []

    public init(object: String) {
        self.object = object
    }
}

/// An item of a webhook body that produced no message, and why.
public struct SkippedItem: Sendable, Equatable, CustomStringConvertible {
    /// Where in the body, such as `entry[0].messaging[1]`.
    public var path: String
    public var reason: String

    public var description: String { "\(path): \(reason)" }
}

/// A WhatsApp delivery status of a message the business sent (`statuses[]`).
public struct DeliveryStatus: Sendable, Equatable {
    /// The business message's id (wamid).
    public var messageID: String
    /// sent, delivered, read, failed or deleted.
    public var status: String
    public var recipient: String
    public var at: Date
    /// The platform's error code and text for a failed message.
    public var errorCode: Int?
    public var errorMessage: String?

    public init(messageID: String, status: String, recipient: String, at: Date, errorCode: Int? = nil, errorMessage: String? = nil) {
        self.messageID = messageID
        self.status = status
        self.recipient = recipient
        self.at = at
        self.errorCode = errorCode
        self.errorMessage = errorMessage
    }
}

/// Why a webhook body could not be read at all.
public struct WebhookError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public static func invalidJSON(_ detail: String) -> WebhookError { WebhookError(description: "the body is not JSON: \(detail)") }

    public static func unknownObject(_ object: String?) -> WebhookError {
        WebhookError(description: object.map { "unknown webhook object '\($0)'; expected instagram or whatsapp_business_account" }
            ?? "the body has no 'object' field")
    }
}

/// Reads Meta webhook bodies into normalized messages, dispatching on the body's `object`.
///
/// Malformed items are skipped with a reason while the valid items of the same body are kept; an unknown
/// object is reported, not guessed at.
///
/// ```swift
/// let contents = try WebhookParser.parse(body)
/// for message in contents.messages { ... }
/// for item in contents.skipped { logger.warning("\(item)") }
/// ```
public enum WebhookParser {
    /// Parses a body of either platform.
    public static func parse(_ body: Data) throws(WebhookError) -> WebhookContents {
        let json: JSONValue
        do { json = try JSONValue.parse(body) } catch { throw .invalidJSON(String(describing: error).prefix(200).description) }
        return try parse(json)
    }

    /// Parses an already decoded body.
    public static func parse(_ json: JSONValue) throws(WebhookError) -> WebhookContents {
        switch json["object"]?.string {
        case "instagram": return InstagramWebhook.parse(json)
        case "whatsapp_business_account": return WhatsAppWebhook.parse(json)
        case let other: throw .unknownObject(other)
        }
    }
}
