import Crypto
import Foundation

/// Meta's webhook signature: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body, keyed with the
/// app secret>` (PLATFORMS.md §2). Verified over the exact bytes received, in constant time.
public enum WebhookSignature {
    /// The header name Meta sends.
    public static let header = "X-Hub-Signature-256"

    /// Checks a body against its signature header.
    /// - Parameters:
    ///   - body: the raw request body, exactly as received (never re-serialized JSON).
    ///   - header: the `X-Hub-Signature-256` value, or nil when absent.
    ///   - secret: the channel's app secret; an empty secret verifies nothing.
    /// - Throws: ``ConnectorError`` saying what was wrong.
    public static func verify(body: some DataProtocol, header: String?, secret: String) throws(ConnectorError) {
        guard !secret.isEmpty else { throw .missingSecret }
        guard let header, !header.isEmpty else { throw .missingSignature }
        guard header.utf8.count == 71, header.hasPrefix("sha256="), let expected = hexBytes(header.dropFirst(7)) else {
            throw .malformedSignature
        }
        let key = SymmetricKey(data: Data(secret.utf8))
        guard HMAC<SHA256>.isValidAuthenticationCode(expected, authenticating: body, using: key) else {
            throw .invalidSignature
        }
    }

    /// The header value for a body: what Meta would send (tests and the benchmark sign with it).
    public static func sign(body: some DataProtocol, secret: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
        return "sha256=" + code.map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
    }

    /// 32 bytes from 64 hexadecimal digits (either case), or nil.
    static func hexBytes(_ text: Substring) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count == 64 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for index in stride(from: 0, to: 64, by: 2) {
            guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
