import Connectors
import FakeMeta
import Foundation
import Testing

@testable import rulesd

/// `rulesd serve` as a process on a loopback port, with the fake Graph API and CRM endpoint of FakeMeta:
/// signed webhooks in, replies and forwards out, retries, restarts and reloads.
@Suite struct ServeEndToEndTests {
    static let crmSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    static let sender = "6123456789012345"

    func environment(graphAPI: String) -> [String: String] {
        [
            "INSTAGRAM_APP_SECRET": "ig-secret", "INSTAGRAM_VERIFY_TOKEN": "verify-me", "INSTAGRAM_ACCESS_TOKEN": "ig-token",
            "WHATSAPP_APP_SECRET": "wa-secret", "WHATSAPP_ACCESS_TOKEN": "wa-token", "WHATSAPP_PHONE_NUMBER_ID": "106540352200001",
            "GRAPH_API_BASE": graphAPI, "CRM_SECRET": Self.crmSecret,
            // A loaded test machine (the browser test starts Chromium beside these) can take more than the
            // default second to answer the profile lookup; the name is what these tests check.
            "RULESD_PROFILE_TIMEOUT": "10",
        ]
    }

    func posts(_ server: FakeMetaServer, to suffix: String) async -> [RecordedRequest] {
        await server.requests.filter { $0.method == "POST" && $0.path.hasSuffix(suffix) }
    }

    @Test func repliesAndForwardsGoOutSignedRetriedAndOnce() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try await FakeMetaServer.run { fake, base in
            await fake.script("/v21.0/me/messages", [ScriptedResponse(status: 500, body: "upstream trouble"), ScriptedResponse(status: 200, body: #"{"recipient_id":"6123456789012345","message_id":"m_reply_1"}"#)])
            await fake.script("/v21.0/\(Self.sender)?fields=name,username", [ScriptedResponse(status: 200, body: #"{"name":"Ana","username":"ana.shop"}"#)])
            await fake.script("/crm", [ScriptedResponse(status: 204, body: "")])
            let rules = directory.appendingPathComponent("shop.rules")
            try """
                endpoint crm = "\(base)/crm" secret env "CRM_SECRET"
                rule "price" when message contains "how much" then
                    reply "Hi {{contact.name or "there"}}, see the catalog"
                    forward to crm
                end
                """.write(to: rules, atomically: true, encoding: .utf8)
            let serve = try await ServeProcess.start(rules: rules.path, db: directory.appendingPathComponent("db.sqlite").path, environment: environment(graphAPI: base), in: directory)

            let handshake = try await serve.get("/webhooks/instagram?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444")
            #expect(handshake.status == 200 && handshake.body == "1158201444")
            let body = ServeProcess.instagramBody(mid: "m_in_1", from: Self.sender, text: "Hi! How much is the linen dress?")
            #expect(try await serve.post("/webhooks/instagram", body: body, secret: "wrong") == 401)
            #expect(try await serve.post("/webhooks/instagram", body: body, secret: "ig-secret") == 200)
            #expect(try await serve.post("/webhooks/instagram", body: body, secret: "ig-secret") == 200, "a duplicate delivery is acknowledged")

            let delivered = await eventually {
                let replies = await posts(fake, to: "/me/messages").count, forwards = await posts(fake, to: "/crm").count
                return replies >= 2 && forwards >= 1
            }
            #expect(delivered, "the reply (500, then 200 after a retry) and the forward went out\n\(serve.log)")
            try await Task.sleep(for: .seconds(1))
            let replies = await posts(fake, to: "/me/messages")
            #expect(replies.count == 2, "one failed attempt and one delivery: no more, despite the duplicate")
            let reply = try #require(replies.last?.json)
            #expect((reply["recipient"] as? [String: String]) == ["id": Self.sender])
            #expect((reply["message"] as? [String: String]) == ["text": "Hi Ana, see the catalog"])
            #expect(replies.last?.headers["Authorization"] == "Bearer ig-token")

            let forward = try #require(await posts(fake, to: "/crm").first)
            let id = try #require(forward.headers["webhook-id"]), timestamp = try #require(forward.headers["webhook-timestamp"])
            #expect(forward.headers["webhook-signature"] == "v1," + StandardWebhookSigner.signature(id: id, timestamp: timestamp, body: forward.body, secret: Self.crmSecret))
            let data = try #require(forward.json?["data"] as? [String: Any])
            #expect((data["message"] as? [String: Any])?["text"] as? String == "Hi! How much is the linen dress?")
            #expect((data["contact"] as? [String: Any])?["name"] as? String == "Ana")
            #expect(data["rule"] as? String == "price")

            let metrics = ServeRoutesTests.samples(try await serve.get("/metrics").body)
            #expect(metrics[#"rulesd_actions_total{kind="reply",outcome="retried"}"#] == 1)
            #expect(metrics[#"rulesd_actions_total{kind="reply",outcome="sent"}"#] == 1)
            #expect(metrics[#"rulesd_actions_total{kind="forward",outcome="sent"}"#] == 1)
            #expect(metrics["rulesd_duplicate_deliveries_total"] == 1)
            #expect(metrics["rulesd_bad_signatures_total"] == 1)

            #expect(try await serve.stop(SIGTERM) == 0, "graceful shutdown exits cleanly")
            #expect(serve.log.contains("pipeline stopped"))
            #expect(!serve.log.contains("ig-token") && !serve.log.contains("ig-secret") && !serve.log.contains(Self.crmSecret), "no secret in the logs")
        }
    }

    @Test func aKilledServerResumesItsOutboxAndATokenErrorIsNotRetried() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let rules = directory.appendingPathComponent("shop.rules")
        try #"rule "hello" when true then reply "Hello from the shop" end"#.write(to: rules, atomically: true, encoding: .utf8)
        let db = directory.appendingPathComponent("db.sqlite").path

        // The Graph API is down: the reply waits in the outbox for its retry when the process is killed.
        let first = try await ServeProcess.start(rules: rules.path, db: db, environment: environment(graphAPI: "http://127.0.0.1:1"), in: directory)
        #expect(try await first.post("/webhooks/instagram", body: ServeProcess.instagramBody(mid: "m_a", from: "1001", text: "hi"), secret: "ig-secret") == 200)
        // Waited for, not timed: a loaded run once took over 10 s to start the server and make the attempt.
        let attempted = await eventually(within: .seconds(30)) {
            let entry = try? await MessageStore(path: db).entry("m_a:hello:0")
            return entry?.attempts == 1
        }
        #expect(attempted)
        try await first.stop(SIGKILL)

        try await FakeMetaServer.run { fake, base in
            await fake.script("/v21.0/me/messages", [ScriptedResponse(status: 200, body: #"{"recipient_id":"1001","message_id":"m_reply_a"}"#)])
            await fake.script("/v21.0/106540352200001/messages", [
                ScriptedResponse(status: 401, body: #"{"error":{"message":"Error validating access token","type":"OAuthException","code":190}}"#),
            ])
            let second = try await ServeProcess.start(rules: rules.path, db: db, environment: environment(graphAPI: base), in: directory)
            // A new WhatsApp message's reply meets a token error; the killed process's Instagram reply comes due.
            #expect(try await second.post("/webhooks/whatsapp", body: ServeProcess.whatsappBody(mid: "wamid.B", from: "5491100000002", text: "hi"), secret: "wa-secret") == 200)
            let both = await eventually {
                let instagram = await posts(fake, to: "/me/messages").count, whatsapp = await posts(fake, to: "/106540352200001/messages").count
                return instagram >= 1 && whatsapp >= 1
            }
            #expect(both, "\(second.log)")
            try await Task.sleep(for: .seconds(1))
            #expect(await posts(fake, to: "/me/messages").count == 1, "the killed process's reply is resumed, once")
            #expect(await posts(fake, to: "/106540352200001/messages").count == 1, "the token error is not retried")
            try await second.stop()
        }
        let store = try MessageStore(path: db)
        let resumed = try #require(try await store.entry("m_a:hello:0"))
        #expect(resumed.status == .sent && resumed.platformID == "m_reply_a")
        let refused = try #require(try await store.entry("wamid.B:hello:0"))
        #expect(refused.status == .failed && refused.attempts == 1)
        #expect(refused.lastError?.contains("190") == true, "\(refused.lastError ?? "no reason")")
    }

    @Test func aBrokenRuleFileOnReloadKeepsTheOldRules() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let rulesDirectory = directory.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: rulesDirectory, withIntermediateDirectories: true)
        let file = rulesDirectory.appendingPathComponent("shop.rules")
        try #"rule "hello" when true then reply "version one" end"#.write(to: file, atomically: true, encoding: .utf8)
        try await FakeMetaServer.run(server: FakeMetaServer(answersSendsByDefault: true)) { fake, base in
            let serve = try await ServeProcess.start(rules: rulesDirectory.path, db: directory.appendingPathComponent("db.sqlite").path, environment: environment(graphAPI: base), in: directory)
            func reply(to mid: String) async throws -> String? {
                #expect(try await serve.post("/webhooks/instagram", body: ServeProcess.instagramBody(mid: mid, from: mid, text: "hi"), secret: "ig-secret") == 200)
                _ = await eventually { await posts(fake, to: "/me/messages").contains { ($0.json?["recipient"] as? [String: String])?["id"] == mid } }
                return await posts(fake, to: "/me/messages").first { ($0.json?["recipient"] as? [String: String])?["id"] == mid }?.replyText
            }
            #expect(try await reply(to: "2001") == "version one")

            try #"rule "hello" when then reply "version two" end"#.write(to: file, atomically: true, encoding: .utf8)
            kill(serve.process.processIdentifier, SIGHUP)
            #expect(await eventually(within: .seconds(10)) { serve.log.contains("rules not reloaded") }, "\(serve.log)")
            #expect(serve.log.contains("shop.rules:1:"), "the diagnostics are logged with their location")
            #expect(try await reply(to: "2002") == "version one", "the old rules keep serving")

            try #"rule "hello" when true then reply "version two" end"#.write(to: file, atomically: true, encoding: .utf8)
            kill(serve.process.processIdentifier, SIGHUP)
            #expect(await eventually(within: .seconds(10)) { serve.log.contains("rules reloaded") }, "\(serve.log)")
            #expect(try await reply(to: "2003") == "version two")
            try await serve.stop()
        }
    }
}
