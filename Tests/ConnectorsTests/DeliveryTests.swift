import Connectors
import Engine
import Foundation
import Testing

@Suite struct FailureClassificationTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func graph(_ code: Int, subcode: Int? = nil, status: Int = 400, retryAfter: String? = nil) -> DeliveryFailure {
        var error: [String: Any] = ["code": code, "message": "platform says \(code)"]
        if let subcode { error["error_subcode"] = subcode }
        let body = try! JSONSerialization.data(withJSONObject: ["error": error])
        return FailureClassifier.graph(status: status, body: body, retryAfter: retryAfter, now: now)
    }

    @Test(arguments: [1, 2, 4, 17, 32, 341, 613, 80002, 80006, 130429, 131048, 131056])
    func retryableCodes(_ code: Int) {
        #expect(graph(code).isRetryable, "code \(code)")
    }

    @Test(arguments: [190, 10, 200, 250, 299, 551, 131047])
    func permanentCodes(_ code: Int) {
        let failure = graph(code, status: 500)
        #expect(!failure.isRetryable, "code \(code) must not be retried even on a 5xx")
        #expect(failure.message == "platform says \(code)")
    }

    @Test func messagingWindowErrorsAreRecognized() {
        #expect(graph(10, subcode: 2018278).isOutsideMessagingWindow)
        #expect(graph(131047).isOutsideMessagingWindow)
        #expect(!graph(10).isOutsideMessagingWindow)
        #expect(graph(190).explanation.contains("expired"))
    }

    @Test func httpStatusesWithoutAKnownCode() {
        #expect(FailureClassifier.graph(status: 503, body: Data("oops".utf8), retryAfter: nil, now: now).isRetryable)
        #expect(FailureClassifier.graph(status: 429, body: nil, retryAfter: nil, now: now).isRetryable)
        #expect(!FailureClassifier.graph(status: 400, body: nil, retryAfter: nil, now: now).isRetryable)
        #expect(FailureClassifier.transport("connect timeout").isRetryable)
    }

    @Test func retryAfterInSecondsOrAsADate() {
        #expect(graph(4, status: 429, retryAfter: "30").disposition == .retry(after: .seconds(30)))
        let date = "Tue, 15 Nov 2026 08:12:31 GMT"
        let expected = ISO8601DateFormatter().date(from: "2026-11-15T08:12:31Z")!.timeIntervalSince(now)
        #expect(graph(4, status: 429, retryAfter: date).disposition == .retry(after: .milliseconds(max(0, Int(expected * 1000)))))
    }

    @Test func crmStatuses() {
        for status in [408, 429, 500, 503] { #expect(FailureClassifier.crm(status: status, retryAfter: nil, now: now).isRetryable) }
        for status in [400, 401, 404, 410, 422] { #expect(!FailureClassifier.crm(status: status, retryAfter: nil, now: now).isRetryable) }
    }
}

@Suite struct RateLimitTests {
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    @Test func bucketAllowsBurstsThenRefills() {
        var bucket = TokenBucket(capacity: 3, perSecond: 1)
        #expect((0..<3).map { _ in bucket.take(at: start) } == [.zero, .zero, .zero])
        #expect(bucket.take(at: start) == .seconds(1))
        #expect(bucket.take(at: start.addingTimeInterval(0.5)) == .milliseconds(500))
        #expect(bucket.take(at: start.addingTimeInterval(1)) == .zero)
    }

    @Test func whatsAppUsersGetAboutOneMessagePerSixSeconds() async {
        let limiter = SendRateLimiter()
        for _ in 0..<3 { #expect(await limiter.delay(channel: "whatsapp", account: "n", recipient: "u1", at: start) == .zero) }
        let wait = await limiter.delay(channel: "whatsapp", account: "n", recipient: "u1", at: start)
        #expect(wait == .seconds(6))
        #expect(await limiter.delay(channel: "whatsapp", account: "n", recipient: "u2", at: start) == .zero, "other users are not held back")
        #expect(await limiter.delay(channel: "whatsapp", account: "n", recipient: "u1", at: start.addingTimeInterval(6)) == .zero)
    }

    @Test func accountsHaveTheirOwnRate() async {
        var limits = SendRateLimiter.Limits()
        limits.instagramPerSecond = 2
        let limiter = SendRateLimiter(limits: limits)
        #expect(await limiter.delay(channel: "instagram", account: "a", recipient: "x", at: start) == .zero)
        #expect(await limiter.delay(channel: "instagram", account: "a", recipient: "y", at: start) == .zero)
        #expect(await limiter.delay(channel: "instagram", account: "a", recipient: "z", at: start) == .milliseconds(500))
        #expect(await limiter.delay(channel: "instagram", account: "b", recipient: "z", at: start) == .zero)
    }

    @Test func ratesComeFromTheEnvironmentWhenGiven() {
        let raised = SendRateLimiter.Limits(environment: ["WHATSAPP_SENDS_PER_SECOND": "1000", "INSTAGRAM_SENDS_PER_SECOND": "nonsense"])
        #expect(raised.whatsappPerSecond == 1000)
        #expect(raised.instagramPerSecond == SendRateLimiter.Limits().instagramPerSecond)
    }

    @Test func recipientsMetLongAgoAreForgotten() async {
        var limits = SendRateLimiter.Limits()
        limits.whatsappPerSecond = 1_000_000
        let limiter = SendRateLimiter(limits: limits)
        for index in 0..<10_001 { _ = await limiter.delay(channel: "whatsapp", account: "n", recipient: "u\(index)", at: start) }
        #expect(await limiter.rememberedRecipients == 10_001)
        // A minute later every bucket has refilled: the next send forgets them all but its own.
        _ = await limiter.delay(channel: "whatsapp", account: "n", recipient: "new", at: start.addingTimeInterval(60))
        #expect(await limiter.rememberedRecipients <= 2)
        #expect(await limiter.delay(channel: "whatsapp", account: "n", recipient: "u1", at: start.addingTimeInterval(60)) == .zero)
    }
}

@Suite struct SendRequestTests {
    let api = GraphAPI(base: "http://127.0.0.1:9999/", version: "v21.0")

    @Test func instagramReply() throws {
        let request = InstagramMessaging.reply(text: "Hi!", to: "6123", account: nil, token: "tok", api: api)
        #expect(request.method == "POST")
        #expect(request.url == "http://127.0.0.1:9999/v21.0/me/messages")
        #expect(request.headers["Authorization"] == "Bearer tok")
        let body = try #require(request.jsonBody)
        #expect((body["recipient"] as? [String: String]) == ["id": "6123"])
        #expect((body["message"] as? [String: String]) == ["text": "Hi!"])
        #expect(InstagramMessaging.reply(text: "x", to: "1", account: "1784", token: "t", api: api).url.hasSuffix("/1784/messages"))
        #expect(InstagramMessaging.messageID(in: Data(#"{"recipient_id":"6123","message_id":"m_1"}"#.utf8)) == "m_1")
    }

    @Test func whatsAppReplyByNumberOrUserIdInContext() throws {
        let request = WhatsAppMessaging.reply(text: "Hola", to: "5491155550123", phoneNumberID: "1065", inReplyTo: "wamid.X", token: "t", api: api)
        #expect(request.url == "http://127.0.0.1:9999/v21.0/1065/messages")
        let body = try #require(request.jsonBody)
        #expect(body["messaging_product"] as? String == "whatsapp")
        #expect(body["to"] as? String == "5491155550123")
        #expect((body["context"] as? [String: String]) == ["message_id": "wamid.X"])
        #expect((body["text"] as? [String: Any])?["body"] as? String == "Hola")
        let byUser = try #require(WhatsAppMessaging.reply(text: "x", to: "US.1234", phoneNumberID: "1", inReplyTo: nil, token: "t", api: api).jsonBody)
        #expect(byUser["recipient"] as? String == "US.1234")
        #expect(byUser["to"] == nil)
        #expect(WhatsAppMessaging.messageID(in: Data(#"{"messages":[{"id":"wamid.OUT"}]}"#.utf8)) == "wamid.OUT")
    }

    @Test func replyBodiesKeepAnyTextExactly() throws {
        let text = "Say \"hi\"\\ to https://shop.example/a?b=1\n\ttab \u{01} ñ 😊👍🏽"
        let whatsApp = try #require(WhatsAppMessaging.reply(text: text, to: "5491155550123", phoneNumberID: "1", inReplyTo: "wamid.\"q\"", token: "t", api: api).jsonBody)
        #expect((whatsApp["text"] as? [String: Any])?["body"] as? String == text)
        #expect((whatsApp["text"] as? [String: Any])?["preview_url"] as? Bool == false)
        #expect((whatsApp["context"] as? [String: String]) == ["message_id": "wamid.\"q\""])
        #expect(whatsApp["recipient_type"] as? String == "individual" && whatsApp["type"] as? String == "text")
        let instagram = try #require(InstagramMessaging.reply(text: text, to: "6123", account: nil, token: "t", api: api).jsonBody)
        #expect((instagram["message"] as? [String: String]) == ["text": text])
        #expect(instagram["messaging_type"] as? String == "RESPONSE")
    }

    @Test func profileLookup() {
        let request = InstagramMessaging.profile(of: "6123", token: "t", api: api)
        #expect(request.url == "http://127.0.0.1:9999/v21.0/6123?fields=name,username")
        let profile = InstagramMessaging.parseProfile(Data(#"{"name":"Ana","username":"ana.shop","id":"6123"}"#.utf8))
        #expect(profile.name == "Ana" && profile.username == "ana.shop")
    }

    @Test func crmPayloadCarriesMessageContactAndRule() throws {
        let message = Message(id: "m1", at: Date(timeIntervalSince1970: 1_795_000_000), channel: .instagram, account: "a", contact: "c", kind: .text, text: "refund!")
        let payload = CRMPayload(message: message, contactName: "Ana", contactUsername: "ana", tags: ["vip", "angry"], rule: "Unhappy", forwardedAt: message.at)
        let data = try payload.encoded()
        #expect(try payload.encoded() == data, "retries send the same bytes")
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let body = try #require(object["data"] as? [String: Any])
        #expect(body["rule"] as? String == "Unhappy")
        let contact = try #require(body["contact"] as? [String: Any])
        #expect(contact["tags"] as? [String] == ["angry", "vip"])
        #expect(contact["name"] as? String == "Ana")
        #expect((body["message"] as? [String: Any])?["text"] as? String == "refund!")
    }
}
