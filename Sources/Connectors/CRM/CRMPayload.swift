import Engine
import Foundation

/// The JSON a `forward to` action POSTs to a CRM endpoint: the message, the contact and the rule.
///
/// ```json
/// {"type":"message.forwarded","timestamp":"2026-11-24T09:15:03Z",
///  "data":{"rule":"Unhappy customer","forwarded_at":"2026-11-24T09:15:03Z",
///          "contact":{"id":"5512345","channel":"instagram","name":"Ana","username":"ana.shop","tags":["vip"],
///                     "email":"ana@example.com","phone":"+34 600 000 000"},
///          "message":{...normalized message...}}}
/// ```
public struct CRMPayload: Sendable {
    public var message: Message
    public var contactName: String?
    public var contactUsername: String?
    public var tags: [String]
    public var rule: String
    public var forwardedAt: Date
    /// The email and phone number the customer gave with one-tap buttons (`buttons email`, `buttons phone`).
    public var contactEmail: String?
    public var contactPhone: String?

    public init(
        message: Message, contactName: String?, contactUsername: String?, tags: some Sequence<String>, rule: String, forwardedAt: Date,
        contactEmail: String? = nil, contactPhone: String? = nil
    ) {
        self.contactEmail = contactEmail
        self.contactPhone = contactPhone
        self.message = message
        self.contactName = contactName
        self.contactUsername = contactUsername
        self.tags = tags.sorted()
        self.rule = rule
        self.forwardedAt = forwardedAt
    }

    /// The body bytes, keys sorted so a retry sends exactly the same bytes.
    public func encoded() throws -> Data {
        let messageObject = try JSONSerialization.jsonObject(with: JSONEncoder().encode(message))
        var contact: [String: Any] = ["id": message.contact, "channel": message.channel.rawValue, "tags": tags]
        contact["name"] = contactName ?? message.name
        contact["username"] = contactUsername ?? message.username
        contact["email"] = contactEmail
        contact["phone"] = contactPhone
        let time = Timestamps.formatISO8601(forwardedAt)
        let object: [String: Any] = [
            "type": "message.forwarded",
            "timestamp": time,
            "data": ["rule": rule, "forwarded_at": time, "contact": contact, "message": messageObject],
        ]
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    }
}
