import Connectors
import Foundation
import Testing

@Suite struct WebhookSignatureTests {
    let secret = "app-secret"

    @Test func aCorrectSignatureOverTheExactBytesVerifies() throws {
        let body = try Fixture.data("ig_text.json")
        let header = WebhookSignature.sign(body: body, secret: secret)
        #expect(header.hasPrefix("sha256=") && header.count == 71)
        try WebhookSignature.verify(body: body, header: header, secret: secret)
        try WebhookSignature.verify(body: body, header: "sha256=" + header.dropFirst(7).uppercased(), secret: secret)
    }

    @Test func aKnownVector() throws {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog")
        let header = "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
        try WebhookSignature.verify(body: Data("The quick brown fox jumps over the lazy dog".utf8), header: header, secret: "key")
    }

    @Test func anyChangeToTheBodyFails() throws {
        let body = try Fixture.data("wa_text.json")
        let header = WebhookSignature.sign(body: body, secret: secret)
        var changed = body
        changed.append(UInt8(ascii: " "))
        #expect(throws: ConnectorError.invalidSignature) { try WebhookSignature.verify(body: changed, header: header, secret: secret) }
        #expect(throws: ConnectorError.invalidSignature) { try WebhookSignature.verify(body: body, header: header, secret: "other") }
    }

    @Test(arguments: ["sha1=abc", "sha256=", "sha256=zz" + String(repeating: "0", count: 62), "sha256=" + String(repeating: "0", count: 63), "SHA256=" + String(repeating: "0", count: 64)])
    func malformedHeadersAreRejected(_ header: String) {
        #expect(throws: ConnectorError.malformedSignature) { try WebhookSignature.verify(body: Data("{}".utf8), header: header, secret: secret) }
    }

    @Test func missingHeaderOrSecretIsRejected() {
        #expect(throws: ConnectorError.missingSignature) { try WebhookSignature.verify(body: Data(), header: nil, secret: secret) }
        #expect(throws: ConnectorError.missingSecret) {
            try WebhookSignature.verify(body: Data(), header: WebhookSignature.sign(body: Data(), secret: ""), secret: "")
        }
    }
}

@Suite struct VerificationHandshakeTests {
    @Test func echoesTheChallengeForTheRightToken() {
        let query = ["hub.mode": "subscribe", "hub.verify_token": "meatyhamhock", "hub.challenge": "1158201444"]
        #expect(VerificationHandshake.challenge(query: query, verifyToken: "meatyhamhock") == "1158201444")
    }

    @Test func refusesWrongTokensModesAndEmptyTokens() {
        let query = ["hub.mode": "subscribe", "hub.verify_token": "nope", "hub.challenge": "1"]
        #expect(VerificationHandshake.challenge(query: query, verifyToken: "meatyhamhock") == nil)
        #expect(VerificationHandshake.challenge(query: ["hub.mode": "unsubscribe", "hub.verify_token": "t", "hub.challenge": "1"], verifyToken: "t") == nil)
        #expect(VerificationHandshake.challenge(query: ["hub.mode": "subscribe", "hub.verify_token": "", "hub.challenge": "1"], verifyToken: "") == nil)
        #expect(VerificationHandshake.challenge(query: ["hub.mode": "subscribe", "hub.challenge": "1"], verifyToken: "t") == nil)
    }
}

@Suite struct StandardWebhookSignerTests {
    /// The example of the Standard Webhooks specification.
    @Test func matchesTheSpecificationExample() {
        let signature = StandardWebhookSigner.signature(
            id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: "1614265330",
            body: Data(#"{"test": 2432232314}"#.utf8), secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        #expect(signature == "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
    }

    @Test func headersCarryIdTimestampAndVersionedSignature() {
        let headers = StandardWebhookSigner.headers(id: "key-1", timestamp: Date(timeIntervalSince1970: 1_795_000_000), body: Data("{}".utf8), secret: "s")
        #expect(headers["webhook-id"] == "key-1")
        #expect(headers["webhook-timestamp"] == "1795000000")
        #expect(headers["webhook-signature"]?.hasPrefix("v1,") == true)
    }
}
