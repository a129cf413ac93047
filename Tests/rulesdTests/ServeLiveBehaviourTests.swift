import Connectors
import Engine
import FakeMeta
import Foundation
import Testing

@testable import rulesd

/// Issue 28's live behaviours, each played as the exact sequence that showed it: signed webhooks into a
/// real `rulesd serve`, replies out to the fake Graph API.
@Suite struct ServeLiveBehaviourTests {
    static let phoneNumberID = "106540352200001"

    func environment(graphAPI: String) -> [String: String] {
        [
            "INSTAGRAM_APP_SECRET": "ig-secret", "INSTAGRAM_ACCESS_TOKEN": "ig-token",
            "WHATSAPP_APP_SECRET": "wa-secret", "WHATSAPP_ACCESS_TOKEN": "wa-token", "WHATSAPP_PHONE_NUMBER_ID": Self.phoneNumberID,
            "GRAPH_API_BASE": graphAPI,
            // A loaded test machine (the browser test starts Chromium beside these) can take more than the
            // default second to answer the profile lookup; the name is what these tests check.
            "RULESD_PROFILE_TIMEOUT": "10",
        ]
    }

    func sends(_ fake: FakeMetaServer, to suffix: String) async -> [RecordedRequest] {
        await fake.requests.filter { $0.method == "POST" && $0.path.hasSuffix(suffix) }
    }

    /// Waits until the worker has handled a journaled message.
    func handled(_ id: String, db: String) async -> Bool {
        await eventually { (try? await MessageStore(path: db).journalStatus(ofMessage: id)) == "done" }
    }

    func start(_ rules: String, in directory: URL, graphAPI: String) async throws -> (ServeProcess, db: String) {
        let file = directory.appendingPathComponent("shop.rules")
        try rules.write(to: file, atomically: true, encoding: .utf8)
        let db = directory.appendingPathComponent("db.sqlite").path
        return (try await ServeProcess.start(rules: file.path, db: db, environment: environment(graphAPI: graphAPI), in: directory), db)
    }

    @Test func whatsAppKeepsAnsweringAfterTheStatusesOfItsOwnReply() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try await FakeMetaServer.run { fake, base in
            await fake.script("/v21.0/\(Self.phoneNumberID)/messages", [
                ScriptedResponse(status: 200, body: #"{"messaging_product":"whatsapp","messages":[{"id":"wamid.W1"}]}"#),
                ScriptedResponse(status: 200, body: #"{"messaging_product":"whatsapp","messages":[{"id":"wamid.W2"}]}"#),
            ])
            let (serve, db) = try await start(#"rule "price" when message contains "price" then reply "See the catalog" end"#, in: directory, graphAPI: base)
            let customer = "34600111222"
            #expect(try await serve.post("/webhooks/whatsapp", body: ServeProcess.whatsappBody(mid: "wamid.IN1", from: customer, text: "price?"), secret: "wa-secret") == 200)
            #expect(await eventually { await sends(fake, to: "/messages").count == 1 }, "\(serve.log)")
            let sentID = await eventually { (try? await MessageStore(path: db).entry("wamid.IN1:price:0"))?.platformID == "wamid.W1" }
            #expect(sentID)

            // WhatsApp reports the reply's progress: sent, delivered, read.
            for status in ["sent", "delivered", "read"] {
                let body = ServeProcess.whatsappStatusBody(of: "wamid.W1", status: status, recipient: customer)
                #expect(try await serve.post("/webhooks/whatsapp", body: body, secret: "wa-secret") == 200)
            }
            #expect(try await MessageStore(path: db).delivery(ofOutboxEntry: "wamid.IN1:price:0")?.status == "read")

            #expect(try await serve.post("/webhooks/whatsapp", body: ServeProcess.whatsappBody(mid: "wamid.IN2", from: customer, text: "price of the blue one?"), secret: "wa-secret") == 200)
            #expect(await eventually { await sends(fake, to: "/messages").count == 2 }, "the second question is answered\n\(serve.log)")
            let state = try await MessageStore(path: db).state(for: ContactKey(channel: .whatsapp, account: Self.phoneNumberID, contact: customer))
            #expect(state.pausedUntil == nil)
            #expect(state.messageCount == 2, "statuses are not messages of the contact's")
            try await serve.stop()
        }
    }

    @Test func theSellerAnsweringFromTheWhatsAppBusinessAppPausesTheBot() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try await FakeMetaServer.run(server: FakeMetaServer(answersSendsByDefault: true)) { fake, base in
            let (serve, db) = try await start(#"rule "price" when message contains "price" then reply "See the catalog" end"#, in: directory, graphAPI: base)
            let customer = "34600333444"
            #expect(try await serve.post("/webhooks/whatsapp", body: ServeProcess.whatsappBody(mid: "wamid.A1", from: customer, text: "price?"), secret: "wa-secret") == 200)
            #expect(await eventually { await sends(fake, to: "/messages").count == 1 })
            let echo = ServeProcess.whatsappAppEcho(id: "wamid.APP1", to: customer, text: "Hi! Let me check the stock for you")
            #expect(try await serve.post("/webhooks/whatsapp", body: echo, secret: "wa-secret") == 200)
            #expect(await handled("wamid.APP1", db: db), "the app's message is stored and handled\n\(serve.log)")
            #expect(try await serve.post("/webhooks/whatsapp", body: ServeProcess.whatsappBody(mid: "wamid.A2", from: customer, text: "and the price of the red one?"), secret: "wa-secret") == 200)
            #expect(await handled("wamid.A2", db: db))
            let store = try MessageStore(path: db)
            #expect(try await store.outboxEntries(ofMessage: "wamid.A2").isEmpty, "a person answered: the bot keeps quiet")
            #expect(try await store.state(for: ContactKey(channel: .whatsapp, account: Self.phoneNumberID, contact: customer)).pausedUntil != nil)
            #expect(!serve.log.contains("carries no messages"), "smb_message_echoes is read, not skipped")
            try await serve.stop()
            #expect(await sends(fake, to: "/messages").count == 1)
        }
    }

    @Test func twoRulesAnswerOneMessageInRuleOrder() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try await FakeMetaServer.run(server: FakeMetaServer(answersSendsByDefault: true)) { fake, base in
            let rules = """
                option replies_per_message = 2
                rule "price" when message contains "price" then reply "All our prices are in the catalog" end
                rule "closed" priority -10 when true then reply "We're closed right now" end
                """
            let (serve, db) = try await start(rules, in: directory, graphAPI: base)
            #expect(try await serve.post("/webhooks/instagram", body: ServeProcess.instagramBody(mid: "m_multi", from: "7001", text: "price?"), secret: "ig-secret") == 200)
            #expect(await eventually { await sends(fake, to: "/me/messages").count == 2 }, "\(serve.log)")
            #expect(await sends(fake, to: "/me/messages").map(\.replyText) == ["All our prices are in the catalog", "We're closed right now"])
            let decision = try #require(try await MessageStore(path: db).decision(ofMessage: "m_multi"))
            #expect(decision.firedRules == ["price", "closed"])
            try await serve.stop()
        }
    }

    @Test func importedRegularsAreNotGreetedAsFirstContacts() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let db = directory.appendingPathComponent("db.sqlite").path
        try """
            channel,id,name,tags
            instagram,7101,Ana María López,vip;regular
            """.write(to: directory.appendingPathComponent("customers.csv"), atomically: true, encoding: .utf8)
        let imported = try await RulesdProcess.runDetached(
            ["contacts", "import", "customers.csv", "--db", db], in: directory, environment: ["INSTAGRAM_ACCOUNT_ID": "17841400000000001"])
        #expect(imported.status == 0, "\(imported.stderr)")
        try await FakeMetaServer.run(server: FakeMetaServer(answersSendsByDefault: true)) { fake, base in
            let rules = #"rule "Welcome" when first contact then reply "Welcome, {{contact.first_name or "friend"}}!" end"#
            let (serve, _) = try await start(rules, in: directory, graphAPI: base)
            #expect(try await serve.post("/webhooks/instagram", body: ServeProcess.instagramBody(mid: "m_regular", from: "7101", text: "hi!"), secret: "ig-secret") == 200)
            #expect(try await serve.post("/webhooks/instagram", body: ServeProcess.instagramBody(mid: "m_new", from: "7102", text: "hi!"), secret: "ig-secret") == 200)
            let regularHandled = await handled("m_regular", db: db), newHandled = await handled("m_new", db: db)
            #expect(regularHandled && newHandled)
            #expect(await eventually { await sends(fake, to: "/me/messages").count == 1 })
            let replies = await sends(fake, to: "/me/messages")
            #expect(replies.map { ($0.json?["recipient"] as? [String: String])?["id"] } == ["7102"], "only the stranger is welcomed")
            #expect(try await MessageStore(path: db).state(for: ContactKey(channel: .instagram, account: "17841400000000001", contact: "7101")).tags.contains("vip"))
            try await serve.stop()
        }
    }

    @Test func simulateShowsWhatTheServerAnsweredAndDecided() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try await FakeMetaServer.run(server: FakeMetaServer(answersSendsByDefault: true)) { fake, base in
            let rules = """
                rule "price" when message contains "price" then
                  reply "Hi {{contact.first_name or "there"}}, see the catalog"
                  tag "price-asked"
                end
                rule "menu" when payload is "MENU" then reply "Here is the menu" end
                """
            let (serve, db) = try await start(rules, in: directory, graphAPI: base)
            var environment = environment(graphAPI: base)
            environment["GRAPH_API_BASE"] = nil
            let whatsapp = try await RulesdProcess.runDetached(
                ["simulate", "--url", serve.base, "--db", db, "--channel", "whatsapp", "--name", "Ana María", "how much is the price?"],
                in: directory, environment: environment)
            #expect(whatsapp.status == 0, "\(whatsapp.stdout)\(whatsapp.stderr)\n\(serve.log)")
            #expect(whatsapp.stdout.contains("server answered 200 ok"), "\(whatsapp.stdout)")
            #expect(whatsapp.stdout.contains("fired: price"), "\(whatsapp.stdout)")
            #expect(whatsapp.stdout.contains("reply from \"price\": Hi Ana, see the catalog"), "\(whatsapp.stdout)")
            #expect(whatsapp.stdout.contains("sent (id wamid.fake."), "\(whatsapp.stdout)")
            #expect(whatsapp.stdout.contains("tag \"price-asked\""), "\(whatsapp.stdout)")

            let tap = try await RulesdProcess.runDetached(
                ["simulate", "--url", serve.base, "--db", db, "--payload", "MENU", "Menu"], in: directory, environment: environment)
            #expect(tap.status == 0 && tap.stdout.contains("fired: menu"), "\(tap.stdout)\(tap.stderr)")
            #expect(await sends(fake, to: "/me/messages").map(\.replyText) == ["Here is the menu"])

            var wrongSecret = environment
            wrongSecret["INSTAGRAM_APP_SECRET"] = "not-the-servers"
            let refused = try await RulesdProcess.runDetached(["simulate", "--url", serve.base, "--db", db, "hello"], in: directory, environment: wrongSecret)
            #expect(refused.status == 1)
            #expect(refused.stdout.contains("server answered 401"), "\(refused.stdout)")
            try await serve.stop()
        }
        let unreachable = try await RulesdProcess.runDetached(
            ["simulate", "--url", "http://127.0.0.1:1", "hello"], in: directory, environment: ["INSTAGRAM_APP_SECRET": "s"])
        #expect(unreachable.status == 3)
        #expect(unreachable.stderr.contains("could not reach rulesd serve at http://127.0.0.1:1 (connection refused)"), "\(unreachable.stderr)")
    }
}

extension ServeProcess {
    /// A WhatsApp webhook body with one delivery status of a message the business sent.
    static func whatsappStatusBody(of id: String, status: String, recipient: String, at: Date = Date()) -> Data {
        let value: [String: Any] = [
            "messaging_product": "whatsapp",
            "metadata": ["display_phone_number": "15550100200", "phone_number_id": "106540352200001"],
            "statuses": [["id": id, "status": status, "timestamp": String(Int(at.timeIntervalSince1970)), "recipient_id": recipient]],
        ]
        return whatsappEnvelope(field: "messages", value: value)
    }

    /// A message the seller typed in the WhatsApp Business app (field `smb_message_echoes`).
    static func whatsappAppEcho(id: String, to customer: String, text: String, at: Date = Date()) -> Data {
        let value: [String: Any] = [
            "messaging_product": "whatsapp",
            "metadata": ["display_phone_number": "15550100200", "phone_number_id": "106540352200001"],
            "message_echoes": [[
                "from": "15550100200", "to": customer, "id": id, "timestamp": String(Int(at.timeIntervalSince1970)), "type": "text",
                "text": ["body": text],
            ]],
        ]
        return whatsappEnvelope(field: "smb_message_echoes", value: value)
    }

    static func whatsappEnvelope(field: String, value: [String: Any]) -> Data {
        let body: [String: Any] = [
            "object": "whatsapp_business_account",
            "entry": [["id": "102290129340398", "changes": [["field": field, "value": value]]]],
        ]
        return try! JSONSerialization.data(withJSONObject: body)
    }
}
