import Engine
import Foundation

/// What went wrong with one outbound request, classified once for every sender: retry later, or give up
/// now with the platform's code and message kept for the seller.
public struct DeliveryFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Disposition: Sendable, Equatable {
        /// Try again; `after` is the delay the server asked for (`Retry-After`), if it did.
        case retry(after: Duration?)
        /// Do not try again.
        case permanent
    }

    public var disposition: Disposition
    public var httpStatus: Int?
    /// The platform's error code and subcode (Graph `code`/`error_subcode`, WhatsApp `code`).
    public var code: Int?
    public var subcode: Int?
    /// The platform's own message, or the transport error.
    public var message: String
    /// What it means, in plain words.
    public var explanation: String
    /// Whether no answer came at all (the server could not be reached, or did not answer in time).
    public var isNoAnswer = false

    /// Whether the customer's 24-hour messaging window had closed: the reply is recorded as expired.
    public var isOutsideMessagingWindow: Bool { code == 131047 || (code == 10 && subcode == 2018278) || subcode == 2534022 }

    /// A failure that must not be retried, explained in plain words.
    public static func permanent(_ explanation: String) -> DeliveryFailure {
        DeliveryFailure(disposition: .permanent, httpStatus: nil, code: nil, subcode: nil, message: "", explanation: explanation)
    }

    public var isRetryable: Bool { if case .retry = disposition { true } else { false } }

    /// Whether the destination itself is failing (no answer, server trouble, rate limits, a refused token
    /// or endpoint), rather than this one message or customer (a closed window, an unavailable person, an
    /// unknown recipient id).
    public var isDestinationFault: Bool {
        if isOutsideMessagingWindow { return false }
        if let code, code == 551 || code == 100 || code == 131026 || code == 10900 || code == 10903 { return false }
        return true
    }

    public var description: String {
        var parts = [explanation]
        if let code { parts.append("code \(code)" + (subcode.map { "/\($0)" } ?? "")) }
        if let httpStatus { parts.append("HTTP \(httpStatus)") }
        if !message.isEmpty, message != explanation { parts.append(message) }
        return parts.joined(separator: "; ")
    }
}

/// Classifies failures by PLATFORMS.md §6 and §9.5: retryable rate limits, server trouble and timeouts;
/// permanent token, permission, recipient, messaging-window and comment-reply errors. Always on `code` and
/// `error_subcode`, never on `message` (Meta localises it).
public enum FailureClassifier {
    static let retryableGraphCodes: Set<Int> = [1, 2, 4, 17, 32, 341, 613, 80002, 80006, 130429, 131048, 131056]

    /// A Graph API (Instagram or WhatsApp) error answer.
    /// - Parameters:
    ///   - status: the HTTP status.
    ///   - body: the response body, usually `{"error": {"code": ..., "error_subcode": ..., "message": ...}}`.
    ///   - retryAfter: the `Retry-After` header, in seconds or as an HTTP date.
    ///   - now: the current time, to turn an HTTP date into a delay.
    public static func graph(status: Int, body: Data?, retryAfter: String?, now: Date) -> DeliveryFailure {
        let error = body.flatMap { try? JSONValue.parse($0) }?["error"]
        let code = error?["code"]?.string.flatMap { Int($0) }
        let subcode = error?["error_subcode"]?.string.flatMap { Int($0) }
        let message = error?["error_data"]?["details"]?.string ?? error?["message"]?.string ?? ""
        let delay = parseRetryAfter(retryAfter, now: now)
        var failure = DeliveryFailure(
            disposition: .permanent, httpStatus: status, code: code, subcode: subcode, message: message,
            explanation: explain(code: code, subcode: subcode, status: status))
        if let code, retryableGraphCodes.contains(code) {
            failure.disposition = .retry(after: delay)
        } else if code == nil || !isPermanentGraphCode(code!, subcode: subcode) {
            if status == 429 || status >= 500 || status == 408 { failure.disposition = .retry(after: delay) }
        }
        return failure
    }

    /// A CRM endpoint's answer other than 2xx: 408, 429 and 5xx are retried, other 4xx are permanent.
    public static func crm(status: Int, retryAfter: String?, now: Date) -> DeliveryFailure {
        let retry = status == 408 || status == 429 || status >= 500
        return DeliveryFailure(
            disposition: retry ? .retry(after: parseRetryAfter(retryAfter, now: now)) : .permanent, httpStatus: status,
            code: nil, subcode: nil, message: "",
            explanation: retry ? "the CRM endpoint is busy or failing" : "the CRM endpoint refused the delivery")
    }

    /// A timeout or connection error: always retried.
    public static func transport(_ description: String) -> DeliveryFailure {
        DeliveryFailure(
            disposition: .retry(after: nil), httpStatus: nil, code: nil, subcode: nil, message: description,
            explanation: "no answer from the server (timeout or connection error)", isNoAnswer: true)
    }

    /// A transport error's text in a few plain words: "connection refused", "no answer in time"...
    public static func plainTransportReason(_ description: String) -> String {
        let text = description.lowercased()
        if text.contains("refused") { return "connection refused" }
        if text.contains("timeout") || text.contains("timed out") || text.contains("deadline") { return "no answer in time" }
        if text.contains("resolve") || text.contains("getaddrinfo") || text.contains("dns") || text.contains("lookup") {
            return "the host name could not be found"
        }
        if text.contains("certificate") || text.contains("tls") || text.contains("ssl") || text.contains("handshake") {
            return "a TLS (certificate) problem"
        }
        if text.contains("unreachable") { return "the network is unreachable" }
        if text.contains("reset") || text.contains("closed") { return "the connection was closed" }
        return "connection error"
    }

    static func isPermanentGraphCode(_ code: Int, subcode: Int?) -> Bool {
        code == 190 || code == 10 || (200...299).contains(code) || code == 551 || code == 131047 || code == 100
            || code == 10900 || code == 10903 || WhatsAppTemplateError.isTemplateCode(code)
    }

    static func explain(code: Int?, subcode: Int?, status: Int) -> String {
        switch code {
        case 190: return "the access token has expired or is invalid; create a new one"
        case 10 where subcode == 2018278, 131047:
            return "more than 24 hours have passed since the customer's last message; a free-form reply is no longer allowed"
        case 10, .some(200...299): return "the access token lacks a permission this needs"
        case 551: return "this person is not available to receive messages right now"
        // Instagram private replies to comments (PLATFORMS.md §9.5): permanent for that comment.
        case 10900: return "Meta allows one private reply per comment; this comment already has one"
        case 10903: return "this customer's settings do not allow replies to this comment"
        case 100 where subcode == 2534025:
            return "the comment is more than 7 days old, already answered or deleted; Meta allows no private reply to it now"
        case 100 where subcode == 2534014: return "the comment's author cannot be found or cannot receive messages"
        case 100: return "the request names an id the token cannot see (wrong id or missing access)"
        case 4, 17, 32, 613, 80002, 80006: return "Meta's rate limit was reached; retrying later"
        case 130429: return "WhatsApp's throughput limit was reached; retrying later"
        case 131056: return "too many messages to this WhatsApp user in a short time; retrying later"
        case 131048: return "WhatsApp's spam rate limit was reached; retrying later"
        case .some(let code) where WhatsAppTemplateError.isTemplateCode(code): return WhatsAppTemplateError.explain(code)
        case 1, 2: return "a temporary problem at Meta; retrying later"
        case 341: return "the application limit was reached; retrying later"
        default:
            if status == 429 { return "rate limited; retrying later" }
            if status >= 500 { return "the server failed; retrying later" }
            return "the request was refused (HTTP \(status))"
        }
    }

    /// `Retry-After` as seconds or an HTTP date.
    static func parseRetryAfter(_ value: String?, now: Date) -> Duration? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Double(value), seconds >= 0 { return .milliseconds(Int(seconds * 1000)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return .milliseconds(max(0, Int(date.timeIntervalSince(now) * 1000)))
    }
}
