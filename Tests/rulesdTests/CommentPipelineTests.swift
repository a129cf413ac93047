import Connectors
import Engine
import Foundation
import RulesDSL
import Testing

@testable import rulesd

/// A comment through the store, the worker and the dispatcher: its private reply through the send API
/// (`recipient.comment_id`), its public reply under it, and Meta's limits checked before sending.
@Suite struct CommentPipelineTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let pipeline = PipelineTests()
    static let rules = """
        template price = "Hi! The linen dress is $49 and comes in green"
        rule "Comment PRICE" on comments when message contains "price" then
            reply publicly "Sent you a DM! 💌"
            reply price
        end
        """

    func comment(_ id: String = "17912345678901234", kind: MessageKind = .comment, at: Date? = nil, from: Sender = .customer, parent: String? = nil) -> Message {
        Message(
            id: id, at: at ?? now, channel: .instagram, account: "17841400000000001", contact: from == .business ? "17841400000000001" : "5598765432109876",
            username: "maria.vintage", kind: kind, text: "PRICE please!", from: from, inReplyTo: parent, postID: "18034567890123456", surface: "FEED")
    }

    static func answer(_ body: String, status: Int = 200) -> Result<HTTPResult, TransportError> { .success(HTTPResult(status: status, body: Data(body.utf8))) }

    @Test(arguments: TestDatabases.backends) func aCommentGetsAPrivateReplyThroughTheSendAPIAndAPublicOneUnderIt(_ backend: StoreBackend) async throws {
        let (store, holder, worker) = try await pipeline.setUp(backend: backend, rules: Self.rules)
        #expect(try await store.append([comment()], receivedAt: now) == [true])
        #expect(try await store.append([comment()], receivedAt: now) == [false], "a comment delivered twice is kept once")
        #expect(try await worker.runOnce(now: now) == 1)
        // The private and the public reply go out side by side: each gets its own answer whichever is first.
        let transport = AddressedTransport([
            ("/me/messages", Self.answer(#"{"recipient_id":"5598765432109876","message_id":"m_private_1"}"#)),
            ("/replies", Self.answer(#"{"id":"17923456789012345"}"#)),
        ])
        #expect(try await pipeline.dispatcher(store, holder, transport: transport).runOnce(now: now) == 2)
        let requests = await transport.requests
        let privateReply = try #require(requests.first { $0.url.hasSuffix("/messages") })
        #expect(privateReply.method == "POST" && privateReply.url == "http://127.0.0.1:9/v21.0/me/messages")
        #expect((privateReply.jsonBody?["recipient"] as? [String: String]) == ["comment_id": "17912345678901234"])
        #expect((privateReply.jsonBody?["message"] as? [String: String]) == ["text": "Hi! The linen dress is $49 and comes in green"])
        let publicReply = try #require(requests.first { $0.url.contains("/replies") })
        #expect(publicReply.method == "POST" && publicReply.body == nil)
        #expect(publicReply.url == "http://127.0.0.1:9/v21.0/17912345678901234/replies?message=Sent%20you%20a%20DM%21%20%F0%9F%92%8C")
        #expect(try await store.entry("17912345678901234:Comment PRICE:0")?.platformID == "17923456789012345")
        #expect(try await store.commentAnswer("17912345678901234", way: .privately)?.by == "rulesd")

        // The public reply comes back as the shop's own comment, with the id Meta gave it: nothing happens.
        _ = try await store.append([comment("17923456789012345", from: .business, parent: "17912345678901234")], receivedAt: now)
        #expect(try await worker.runOnce(now: now) == 1)
        #expect(try await store.due(at: now, limit: 10).isEmpty)
        #expect(try await store.state(for: comment().contactKey).lastInboundAt == nil, "a comment does not open the DM window")
    }

    @Test(arguments: TestDatabases.backends) func rulesdsOwnPublicAnswerIsKnownByItsIdEvenWithoutTheShopsMarks(_ backend: StoreBackend) async throws {
        let (store, holder, worker) = try await pipeline.setUp(backend: backend, rules: #"rule "any" on comments when true then reply publicly "Thanks!" end"#)
        _ = try await store.append([comment()], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        let transport = ScriptedTransport([Self.answer(#"{"id":"17923456789012345"}"#)])
        _ = try await pipeline.dispatcher(store, holder, transport: transport).runOnce(now: now)
        // The notification of rulesd's own answer, without from.id == account or self_ig_scoped_id: were it
        // evaluated, "any" would answer rulesd's own answer, and so on.
        var answer = comment("17923456789012345", parent: "17912345678901234")
        answer.text = "Thanks!"
        _ = try await store.append([answer], receivedAt: now)
        #expect(try await worker.runOnce(now: now) == 1)
        #expect(try await store.due(at: now, limit: 10).isEmpty)
    }

    @Test(arguments: TestDatabases.backends) func aCommentTheSellerAlreadyAnsweredPubliclyIsNotAnsweredAgain(_ backend: StoreBackend) async throws {
        let (store, holder, worker) = try await pipeline.setUp(backend: backend, rules: Self.rules)
        // The seller answered under María's comment in the app before the worker got to it.
        _ = try await store.append([comment(), comment("17923456789012345", from: .business, parent: "17912345678901234")], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        let transport = ScriptedTransport([Self.answer(#"{"message_id":"m_private_1"}"#)])
        _ = try await pipeline.dispatcher(store, holder, transport: transport).runOnce(now: now)
        #expect(await transport.requests.count == 1, "only the private reply")
        let skipped = try #require(try await store.entry("17912345678901234:Comment PRICE:0"))
        #expect(skipped.status == .failed && skipped.lastError?.contains("the seller already answered under this comment") == true)
    }

    @Test(arguments: TestDatabases.backends) func onePrivateReplyPerComment(_ backend: StoreBackend) async throws {
        let (store, holder, worker) = try await pipeline.setUp(backend: backend, rules: Self.rules)
        _ = try await store.append([comment()], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        try await store.recordCommentAnswer("17912345678901234", account: "17841400000000001", way: .privately, by: "rulesd", at: now.addingTimeInterval(-60))
        let transport = ScriptedTransport([Self.answer(#"{"id":"c_new"}"#)])
        _ = try await pipeline.dispatcher(store, holder, transport: transport).runOnce(now: now)
        #expect(await transport.requests.allSatisfy { $0.url.contains("/replies") })
        let entry = try #require(try await store.entry("17912345678901234:Comment PRICE:1"))
        #expect(entry.status == .failed && entry.lastError?.contains("Meta allows one private reply per comment") == true)
    }

    @Test(arguments: TestDatabases.backends) func aPrivateReplyMoreThanSevenDaysAfterTheCommentIsNotSent(_ backend: StoreBackend) async throws {
        let (store, holder, worker) = try await pipeline.setUp(backend: backend, rules: Self.rules)
        let old = now.addingTimeInterval(-8 * 86_400)
        _ = try await store.append([comment(at: old)], receivedAt: old)
        _ = try await worker.runOnce(now: old)
        let transport = ScriptedTransport([Self.answer(#"{"id":"c_new"}"#)])
        _ = try await pipeline.dispatcher(store, holder, transport: transport).runOnce(now: now)
        let entry = try #require(try await store.entry("17912345678901234:Comment PRICE:1"))
        #expect(entry.status == .expired && entry.lastError?.contains("more than 7 days old") == true)
    }

    @Test(arguments: TestDatabases.backends) func aLiveCommentGetsNoPublicReplyAndNoPrivateOneOnceTheLiveIsOver(_ backend: StoreBackend) async throws {
        let (store, holder, worker) = try await pipeline.setUp(backend: backend, rules: Self.rules)
        _ = try await store.append([comment("18087654321098765", kind: .liveComment)], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        #expect(try await store.outboxBacklog() == 1, "the engine decides no answer under a live comment, only the private reply")
        let transport = ScriptedTransport([])
        _ = try await pipeline.dispatcher(store, holder, transport: transport).runOnce(now: now.addingTimeInterval(5 * 3600))
        #expect(await transport.requests.isEmpty)
        let privateReply = try #require(try await store.entry("18087654321098765:Comment PRICE:0"))
        #expect(privateReply.status == .expired && privateReply.lastError?.contains("the live has ended") == true)
    }

    @Test(arguments: TestDatabases.backends) func aPublicReplyWhoseAnswerWasLostIsNotSentAgain(_ backend: StoreBackend) async throws {
        let (store, holder, worker) = try await pipeline.setUp(backend: backend, rules: #"rule "r" on comments when message contains "price" then reply publicly "DM sent" end"#)
        _ = try await store.append([comment()], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        let transport = ScriptedTransport([.failure(TransportError("timed out")), Self.answer(#"{"id":"c2"}"#)])
        let dispatcher = pipeline.dispatcher(store, holder, transport: transport)
        _ = try await dispatcher.runOnce(now: now)
        _ = try await dispatcher.runOnce(now: now.addingTimeInterval(3600))
        #expect(await transport.requests.count == 1, "Meta would take a second public answer: it is never risked")
        let entry = try #require(try await store.entry("17912345678901234:r:0"))
        #expect(entry.status == .failed && entry.lastError?.contains("not sent again") == true)
    }

    @Test(arguments: TestDatabases.backends) func metasAlreadyRepliedErrorEndsThePrivateReply(_ backend: StoreBackend) async throws {
        let (store, holder, worker) = try await pipeline.setUp(backend: backend, rules: #"rule "r" on comments when message contains "price" then reply "hi" end"#)
        _ = try await store.append([comment()], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        let refused = Self.answer(#"{"error":{"message":"(#10900) Activity already replied to","code":10900}}"#, status: 400)
        let transport = ScriptedTransport([refused, Self.answer(#"{"message_id":"m2"}"#)])
        let dispatcher = pipeline.dispatcher(store, holder, transport: transport)
        _ = try await dispatcher.runOnce(now: now)
        _ = try await dispatcher.runOnce(now: now.addingTimeInterval(3600))
        #expect(await transport.requests.count == 1)
        #expect(try await store.entry("17912345678901234:r:0")?.status == .failed)
    }

    @Test func atMost750PrivateRepliesInAnyHourPerAccount() async throws {
        let limiter = SendRateLimiter()
        var immediate = 0
        for second in 0..<751 where try await limiter.privateReplyDelay(account: "a", at: now.addingTimeInterval(Double(second))) == .zero {
            immediate += 1
        }
        #expect(immediate == 750)
        let wait = try await limiter.privateReplyDelay(account: "a", at: now.addingTimeInterval(800))
        #expect(wait == .seconds(2800), "the 751st waits until the first of the hour is an hour old")
        #expect(try await limiter.privateReplyDelay(account: "a", at: now.addingTimeInterval(3600.5)) == .zero)
        #expect(try await limiter.privateReplyDelay(account: "a", at: now.addingTimeInterval(3600.6)) > .zero, "and only one slot came free")
        #expect(try await limiter.privateReplyDelay(account: "b", at: now) == .zero, "each account has its own")
    }

    @Test(arguments: TestDatabases.backends) func theHoursPrivateRepliesSurviveARestart(_ backend: StoreBackend) async throws {
        let (store, holder, worker) = try await pipeline.setUp(backend: backend, rules: #"rule "r" on comments when message contains "price" then reply "hi" end"#)
        for index in 0..<750 {
            try await store.recordCommentAnswer(
                "c\(index)", account: "17841400000000001", way: .privately, by: "rulesd", at: now.addingTimeInterval(-1800 + Double(index) / 100))
        }
        _ = try await store.append([comment()], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        let transport = ScriptedTransport([Self.answer(#"{"message_id":"m1"}"#)])
        _ = try await pipeline.dispatcher(store, holder, transport: transport).runOnce(now: now)
        #expect(await transport.requests.isEmpty, "750 went out in the last hour, before the restart")
        let entry = try #require(try await store.entry("17912345678901234:r:0"))
        #expect(entry.status == .pending && entry.nextAttempt == now.addingTimeInterval(1800))
    }

    @Test(arguments: TestDatabases.backends) func aStandbyMessageIsStoredMarkedAndNeverAnswered(_ backend: StoreBackend) async throws {
        let (store, _, worker) = try await pipeline.setUp(backend: backend, rules: #"rule "any" when true then reply "auto" end"#)
        let standby = Message(id: "s1", at: now, channel: .instagram, account: "1784", contact: "7234", kind: .text, text: "anyone there?", standby: true)
        _ = try await store.append([standby], receivedAt: now)
        #expect(try await worker.runOnce(now: now) == 1)
        #expect(try await store.due(at: now, limit: 10).isEmpty)
        #expect(try await store.state(for: standby.contactKey).standbySince == now)
        #expect(try await store.journalCount() == 1)
    }

    @Test(arguments: TestDatabases.backends) func buttonsGoOutAsQuickRepliesOnInstagramAndAListOnWhatsApp(_ backend: StoreBackend) async throws {
        let rules = """
            option list_button = "Menu"
            template menu = "What can I help you with?" buttons "Prices" -> "PRICES", "Sizes" -> "SIZES", "Shipping" -> "SHIP", "A person" -> "HUMAN"
            rule "menu" when message contains "help" then reply menu end
            """
        let (store, holder, worker) = try await pipeline.setUp(backend: backend, rules: rules)
        _ = try await store.append([pipeline.message("ig1", "help"), pipeline.message("wa1", "help", channel: .whatsapp)], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        let transport = ScriptedTransport([Self.answer(#"{"message_id":"m1","messages":[{"id":"wamid.1"}]}"#)])
        _ = try await pipeline.dispatcher(store, holder, transport: transport).runOnce(now: now)
        let requests = await transport.requests
        let instagram = try #require(requests.first { $0.url.hasSuffix("/me/messages") }?.jsonBody?["message"] as? [String: Any])
        let quickReplies = try #require(instagram["quick_replies"] as? [[String: String]])
        #expect(quickReplies.map { $0["title"] ?? "" } == ["Prices", "Sizes", "Shipping", "A person"])
        #expect(quickReplies.allSatisfy { $0["content_type"] == "text" } && quickReplies.last?["payload"] == "HUMAN")
        let whatsapp = try #require(requests.first { $0.url.hasSuffix("/1065/messages") }?.jsonBody)
        #expect(whatsapp["type"] as? String == "interactive")
        let interactive = try #require(whatsapp["interactive"] as? [String: Any])
        #expect(interactive["type"] as? String == "list")
        let action = try #require(interactive["action"] as? [String: Any])
        #expect(action["button"] as? String == "Menu")
        let rows = ((action["sections"] as? [[String: Any]])?.first?["rows"] as? [[String: String]]) ?? []
        #expect(rows.map { $0["id"] ?? "" } == ["PRICES", "SIZES", "SHIP", "HUMAN"])
    }

    @Test(arguments: TestDatabases.backends) func aCommenterIsLookedUpOnTheirFirstDirectMessageNotOnTheComment(_ backend: StoreBackend) async throws {
        let lookups = LookupCounter()
        let (store, _, worker) = try await pipeline.setUp(backend: backend, rules: #"rule "any" when true then tag "x" end"#) { user in
            await lookups.count(user)
            return ("María", "maria.vintage")
        }
        _ = try await store.append([comment()], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        #expect(await lookups.users.isEmpty, "Meta gives no profile for a commenter who never wrote")
        let direct = Message(id: "m1", at: now.addingTimeInterval(60), channel: .instagram, account: "17841400000000001", contact: "5598765432109876", kind: .text, text: "hi")
        _ = try await store.append([direct], receivedAt: now)
        _ = try await worker.runOnce(now: now.addingTimeInterval(60))
        #expect(await lookups.users == ["5598765432109876"])
        #expect(try await store.state(for: direct.contactKey).name == "María")
    }

    @Test(arguments: TestDatabases.backends) func theEmailFromAOneTapButtonGoesToTheCRM(_ backend: StoreBackend) async throws {
        let rules = """
            endpoint crm = "https://crm.example/hook"
            rule "Email given" on instagram when kind is postback then forward to crm end
            """
        let (store, holder, worker) = try await pipeline.setUp(backend: backend, rules: rules)
        let tap = Message(
            id: "m_email", at: now, channel: .instagram, account: "1784", contact: "6123", kind: .postback, text: "ana.ruiz@example.com",
            payload: "ana.ruiz@example.com")
        _ = try await store.append([tap], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        let transport = ScriptedTransport([.success(HTTPResult(status: 204))])
        _ = try await pipeline.dispatcher(store, holder, transport: transport).runOnce(now: now)
        let forward = try #require(await transport.requests.first { $0.url == "https://crm.example/hook" })
        let contact = try #require((forward.jsonBody?["data"] as? [String: Any])?["contact"] as? [String: Any])
        #expect(contact["email"] as? String == "ana.ruiz@example.com")
        #expect(contact["phone"] == nil)
    }

    @Test(arguments: TestDatabases.backends) func aTemplateStatusUpdateIsRecordedPerBusinessAccount(_ backend: StoreBackend) async throws {
        let (store, _, _) = try await pipeline.setUp(backend: backend, rules: #"rule "r" when true then tag "x" end"#)
        let update = TemplateUpdate(account: "109876543210987", name: "order_ready_pickup", language: "es_AR", event: "PAUSED", category: "UTILITY", reason: "NONE", at: now)
        try await store.record([update])
        var category = update
        category.event = nil
        category.category = "MARKETING"
        category.language = "es-AR"
        try await store.record([category])
        let stored = try await store.templateStatus(account: "109876543210987", name: "order_ready_pickup", language: "es-AR")
        #expect(stored?.status == "PAUSED" && stored?.category == "MARKETING")
    }
}

/// Who was looked up, in order.
actor LookupCounter {
    private(set) var users: [String] = []
    func count(_ user: String) { users.append(user) }
}
