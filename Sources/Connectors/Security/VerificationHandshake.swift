/// Meta's webhook verification handshake (PLATFORMS.md §1): a GET with `hub.mode=subscribe`,
/// `hub.verify_token` and `hub.challenge`, answered with the challenge as the whole body.
public enum VerificationHandshake {
    /// The challenge to echo, when the request is a subscription with the configured token; nil otherwise.
    ///
    /// An empty configured token never matches, not even an empty `hub.verify_token`. The comparison takes
    /// the same time wherever the tokens differ.
    public static func challenge(query: [String: String], verifyToken: String) -> String? {
        guard !verifyToken.isEmpty, query["hub.mode"] == "subscribe", let token = query["hub.verify_token"],
            let challenge = query["hub.challenge"], constantTimeEquals(token, verifyToken)
        else { return nil }
        return challenge
    }

    /// Compares two strings in time that depends on their lengths only (the console's CSRF tokens too).
    public static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8)
        let right = Array(b.utf8)
        var difference = UInt8(left.count == right.count ? 0 : 1)
        for index in 0..<max(left.count, right.count) {
            let x = index < left.count ? left[index] : 0
            let y = index < right.count ? right[index] : 0
            difference |= x ^ y
        }
        return difference == 0
    }
}
