import Connectors
import FakeMeta
import Foundation
import Testing

@testable import rulesd

/// `rulesd serve` against the fake Graph API: a comment on a post gets its private reply through the send
/// API and its public reply under it, once; the shop's own comment and a standby message are kept and not
/// answered; buttons arrive as an interactive message on WhatsApp.
@Suite struct ServeCommentsTests {
    static let environment = ServeEndToEndTests()

    /// The shared fixture, sent now (Meta's limits count from the comment's time).
    static func fixture(_ name: String, time: Date = Date()) throws -> Data {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ConnectorsTests/Fixtures/webhooks/\(name)")
        let text = try String(contentsOf: url, encoding: .utf8)
        return Data(text.replacing(/"time": \d+/, with: "\"time\": \(Int(time.timeIntervalSince1970))").utf8)
    }

    @Test func aCommentGetsItsPrivateAndPublicRepliesOnce() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try await FakeMetaServer.run(server: FakeMetaServer(answersSendsByDefault: true)) { fake, base in
            let publicPath = "/v21.0/17912345678901234/replies?message=Sent%20you%20a%20DM%21"
            await fake.script(publicPath, [ScriptedResponse(status: 200, body: #"{"id":"17923456789012345"}"#)])
            let rules = directory.appendingPathComponent("shop.rules")
            try """
                template price = "Hi {{contact.username or "there"}}! The linen dress is $49, and yes, in green"
                template menu = "Anything else?" buttons "Prices" -> "PRICES", "Sizes" -> "SIZES"
                rule "Comment PRICE" on comments
                  when post is "18034567890123456" and message contains "price"
                  then
                    reply publicly "Sent you a DM!"
                    reply price
                end
                rule "Help" when message contains "help" then reply menu end
                """.write(to: rules, atomically: true, encoding: .utf8)
            let serve = try await ServeProcess.start(
                rules: rules.path, db: directory.appendingPathComponent("db.sqlite").path, environment: Self.environment.environment(graphAPI: base),
                in: directory)

            let comment = try Self.fixture("ig_comment.json")
            #expect(try await serve.post("/webhooks/instagram", body: comment, secret: "ig-secret") == 200)
            #expect(try await serve.post("/webhooks/instagram", body: comment, secret: "ig-secret") == 200, "an ad's comment may come twice")
            let answered = await eventually {
                let requests = await fake.requests
                return requests.contains { $0.path.hasSuffix("/me/messages") } && requests.contains { $0.path == publicPath }
            }
            #expect(answered, "\(serve.log)")
            // The public reply comes back as the shop's own comment; a standby message arrives; a WhatsApp customer asks for help.
            #expect(try await serve.post("/webhooks/instagram", body: try Self.fixture("ig_comment_reply_own.json"), secret: "ig-secret") == 200)
            #expect(try await serve.post("/webhooks/instagram", body: try Self.fixture("ig_standby.json"), secret: "ig-secret") == 200)
            let help = ServeProcess.whatsappBody(mid: "wamid.help", from: "5491155550123", text: "help please")
            #expect(try await serve.post("/webhooks/whatsapp", body: help, secret: "wa-secret") == 200)
            let instagramHelp = ServeProcess.instagramBody(mid: "m_help", from: "6123456789012345", text: "help please")
            #expect(try await serve.post("/webhooks/instagram", body: instagramHelp, secret: "ig-secret") == 200)
            #expect(await eventually { await !Self.environment.posts(fake, to: "/106540352200001/messages").isEmpty }, "\(serve.log)")
            try await Task.sleep(for: .seconds(1))

            #expect(await eventually { await Self.environment.posts(fake, to: "/me/messages").count >= 2 }, "\(serve.log)")
            let instagramSends = await Self.environment.posts(fake, to: "/me/messages")
            let privateReplies = instagramSends.filter { ($0.json?["recipient"] as? [String: String])?["comment_id"] != nil }
            #expect(privateReplies.count == 1, "one private reply, despite the duplicate delivery")
            let menu = try #require(instagramSends.first { ($0.json?["recipient"] as? [String: String])?["id"] == "6123456789012345" }?.json)
            let quickReplies = ((menu["message"] as? [String: Any])?["quick_replies"] as? [[String: String]]) ?? []
            #expect(quickReplies == [
                ["content_type": "text", "title": "Prices", "payload": "PRICES"], ["content_type": "text", "title": "Sizes", "payload": "SIZES"],
            ], "buttons arrive as quick replies on Instagram")
            let body = try #require(privateReplies.first?.json)
            #expect((body["recipient"] as? [String: String]) == ["comment_id": "17912345678901234"])
            #expect((body["message"] as? [String: String]) == ["text": "Hi maria.vintage! The linen dress is $49, and yes, in green"])
            #expect(await fake.requests.filter { $0.path == publicPath }.count == 1)

            let whatsapp = try #require(await Self.environment.posts(fake, to: "/106540352200001/messages").first?.json)
            let interactive = try #require(whatsapp["interactive"] as? [String: Any])
            #expect(interactive["type"] as? String == "button")
            let buttons = ((interactive["action"] as? [String: Any])?["buttons"] as? [[String: Any]]) ?? []
            #expect(buttons.compactMap { ($0["reply"] as? [String: String])?["title"] } == ["Prices", "Sizes"])

            let metrics = ServeRoutesTests.samples(try await serve.get("/metrics").body)
            #expect(metrics[#"rulesd_instagram_events_total{field="comments"}"#] == 3)
            #expect(metrics[#"rulesd_instagram_events_total{field="standby"}"#] == 1)
            #expect(metrics[#"rulesd_actions_total{kind="public_reply",outcome="sent"}"#] == 1)
            #expect(metrics[#"rulesd_actions_total{kind="reply",outcome="sent"}"#] == 3)
            #expect(try await serve.stop() == 0)
            #expect(!serve.log.contains("ig-token"))
        }
    }

    @Test func aPausedTemplateIsAWarningInTheLogAndNothingIsAnswered() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try await FakeMetaServer.run(server: FakeMetaServer(answersSendsByDefault: true)) { fake, base in
            let rules = directory.appendingPathComponent("shop.rules")
            try """
                template pickup = whatsapp "order_ready_pickup" language "es_AR"
                rule "any" on whatsapp when message contains "ready" then reply pickup end
                """.write(to: rules, atomically: true, encoding: .utf8)
            let serve = try await ServeProcess.start(
                rules: rules.path, db: directory.appendingPathComponent("db.sqlite").path, environment: Self.environment.environment(graphAPI: base),
                in: directory)
            let approved = try Self.fixture("wa_template_status_update.json")
            let paused = Data(String(decoding: approved, as: UTF8.self).replacingOccurrences(of: "\"APPROVED\"", with: "\"PAUSED\"").utf8)
            #expect(try await serve.post("/webhooks/whatsapp", body: approved, secret: "wa-secret") == 200)
            #expect(try await serve.post("/webhooks/whatsapp", body: paused, secret: "wa-secret") == 200)
            #expect(await eventually { serve.log.contains("WhatsApp template 'order_ready_pickup' (es_AR) is PAUSED (reason: NONE): your rules send it") }, "\(serve.log)")
            #expect(serve.log.contains("warning"), "a template the rules send is a warning")
            // A customer asks: the paused template is not sent, and the reason is kept.
            let ask = ServeProcess.whatsappBody(mid: "wamid.ready", from: "5491155550123", text: "is it ready?")
            #expect(try await serve.post("/webhooks/whatsapp", body: ask, secret: "wa-secret") == 200)
            let db = try MessageStore(path: directory.appendingPathComponent("db.sqlite").path)
            let reason = await eventually { (try? await db.entry("wamid.ready:any:0"))??.status == .failed }
            #expect(reason, "\(serve.log)")
            #expect(try await db.entry("wamid.ready:any:0")?.lastError?.hasPrefix("template 'order_ready_pickup' (es_AR) is paused by Meta") == true)
            #expect(await fake.requests.isEmpty, "a template update is never answered")
            #expect(try await serve.stop() == 0)
        }
    }
}

/// `serve` with time in the rules: an approved WhatsApp template reaches the fake Graph API as §11.1's
/// template message, and pending follow-ups show on /healthz and /metrics.
@Suite struct ServeTimeInTheRulesTests {
    @Test func anApprovedTemplateGoesOutAndFollowUpsAreVisible() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try await FakeMetaServer.run(server: FakeMetaServer(answersSendsByDefault: true)) { fake, base in
            let rules = directory.appendingPathComponent("shop.rules")
            try """
                template remind = whatsapp "cart_reminder" language "es" with "{{contact.first_name or "hola"}}"
                followup "Nudge" after 2h when true then reply remind end
                rule "Remind" on whatsapp when message contains "remind" then
                  reply remind
                  follow up "Nudge"
                end
                """.write(to: rules, atomically: true, encoding: .utf8)
            let serve = try await ServeProcess.start(
                rules: rules.path, db: directory.appendingPathComponent("db.sqlite").path,
                environment: ServeCommentsTests.environment.environment(graphAPI: base), in: directory)
            let body = ServeProcess.whatsappBody(mid: "wamid.r1", from: "5491155550123", text: "remind me tomorrow")
            #expect(try await serve.post("/webhooks/whatsapp", body: body, secret: "wa-secret") == 200)
            #expect(await eventually { await !ServeCommentsTests.environment.posts(fake, to: "/106540352200001/messages").isEmpty }, "\(serve.log)")
            let sent = try #require(await ServeCommentsTests.environment.posts(fake, to: "/106540352200001/messages").first?.json)
            #expect(sent["type"] as? String == "template" && sent["to"] as? String == "5491155550123")
            let template = try #require(sent["template"] as? [String: Any])
            #expect(template["name"] as? String == "cart_reminder" && (template["language"] as? [String: String]) == ["code": "es"])
            let parameters = ((template["components"] as? [[String: Any]])?.first?["parameters"] as? [[String: String]]) ?? []
            #expect(parameters == [["type": "text", "text": "Customer"]], "the contact's first name from the webhook")

            let health = try await serve.get("/healthz")
            #expect(health.body.contains(#""followups_overdue":0"#) && health.body.contains(#""followups_pending":1"#), "\(health.body)")
            let metrics = ServeRoutesTests.samples(try await serve.get("/metrics").body)
            #expect(metrics[#"rulesd_followups{status="pending"}"#] == 1)
            #expect(try await serve.stop() == 0)
        }
    }
}
