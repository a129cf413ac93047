import Crypto
import Foundation

/// Signs CRM deliveries per the Standard Webhooks specification: headers `webhook-id`,
/// `webhook-timestamp` (Unix seconds) and `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`.
public enum StandardWebhookSigner {
    /// The three headers for a delivery.
    /// - Parameters:
    ///   - id: the delivery's idempotency key (the same on every retry).
    ///   - timestamp: when this attempt is made.
    ///   - body: the exact bytes sent.
    ///   - secret: `whsec_` followed by base64 (the specification's form), or any other text used as is.
    public static func headers(id: String, timestamp: Date, body: Data, secret: String) -> [String: String] {
        let seconds = String(Int64(timestamp.timeIntervalSince1970))
        return [
            "webhook-id": id,
            "webhook-timestamp": seconds,
            "webhook-signature": "v1," + signature(id: id, timestamp: seconds, body: body, secret: secret),
        ]
    }

    /// The base64 signature of `id.timestamp.body`.
    public static func signature(id: String, timestamp: String, body: Data, secret: String) -> String {
        var signed = Data("\(id).\(timestamp).".utf8)
        signed.append(body)
        let code = HMAC<SHA256>.authenticationCode(for: signed, using: SymmetricKey(data: key(from: secret)))
        return Data(code).base64EncodedString()
    }

    static func key(from secret: String) -> Data {
        if secret.hasPrefix("whsec_"), let decoded = Data(base64Encoded: String(secret.dropFirst(6))) { return decoded }
        return Data(secret.utf8)
    }
}
