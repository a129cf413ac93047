import Connectors
import Engine
import Foundation
import RulesDSL
import Testing

@testable import rulesd

/// Approved WhatsApp templates through the worker and the dispatcher: the fallback once the window has
/// closed, the template itself at any time, and Meta's word on a paused template.
@Suite struct WhatsAppTemplatePipelineTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let pipeline = PipelineTests()
    static let rules = """
        template nudge = "Still thinking about it?"
        template reengage = whatsapp "cart_reminder" language "es" with "{{contact.first_name or "hola"}}"
        rule "Nudge" when message contains "maybe" then reply nudge else reengage end
        rule "Remind" on whatsapp when message contains "remind" then reply reengage end
        """

    func message(_ id: String, _ text: String) -> Message {
        Message(id: id, at: now, channel: .whatsapp, account: "1065", contact: "5491155550123", name: "Lucía Gómez", kind: .text, text: text)
    }

    static func answer(_ body: String, status: Int = 200) -> Result<HTTPResult, TransportError> { .success(HTTPResult(status: status, body: Data(body.utf8))) }

    func sentTemplates(_ transport: ScriptedTransport) async -> [[String: Any]] {
        await transport.requests.compactMap { $0.jsonBody }.filter { $0["type"] as? String == "template" }
    }

    @Test(arguments: TestDatabases.backends) func aReplyWhoseWindowClosedBeforeItWentOutSendsTheApprovedTemplate(_ backend: StoreBackend) async throws {
        let (store, holder, worker) = try await pipeline.setUp(backend: backend, rules: Self.rules)
        _ = try await store.append([message("w1", "maybe later")], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        let transport = ScriptedTransport([Self.answer(#"{"messages":[{"id":"wamid.t1"}]}"#)])
        // The number was down for a day: the window has closed when the reply can go out.
        _ = try await pipeline.dispatcher(store, holder, transport: transport).runOnce(now: now.addingTimeInterval(25 * 3600))
        let templates = await sentTemplates(transport)
        #expect(templates.count == 1 && (templates[0]["template"] as? [String: Any])?["name"] as? String == "cart_reminder")
        let entry = try #require(try await store.entry("w1:Nudge:0"))
        #expect(entry.status == .sent && entry.platformID == "wamid.t1")
    }

    @Test(arguments: TestDatabases.backends) func whatsAppSayingTheWindowClosedGetsTheTemplateAtOnce(_ backend: StoreBackend) async throws {
        let (store, holder, worker) = try await pipeline.setUp(backend: backend, rules: Self.rules)
        _ = try await store.append([message("w1", "maybe later")], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        let closed = Self.answer(#"{"error":{"message":"Re-engagement message","code":131047}}"#, status: 400)
        let transport = ScriptedTransport([closed, Self.answer(#"{"messages":[{"id":"wamid.t2"}]}"#)])
        _ = try await pipeline.dispatcher(store, holder, transport: transport).runOnce(now: now.addingTimeInterval(60))
        #expect(await transport.requests.count == 2)
        #expect(await sentTemplates(transport).count == 1)
        #expect(try await store.entry("w1:Nudge:0")?.status == .sent)
    }

    @Test(arguments: TestDatabases.backends) func theTemplateGoesOutWhateverTheWindow(_ backend: StoreBackend) async throws {
        let (store, holder, worker) = try await pipeline.setUp(backend: backend, rules: Self.rules)
        _ = try await store.append([message("w1", "remind me")], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        let transport = ScriptedTransport([Self.answer(#"{"messages":[{"id":"wamid.t3"}]}"#)])
        _ = try await pipeline.dispatcher(store, holder, transport: transport).runOnce(now: now.addingTimeInterval(30 * 3600))
        let template = try #require(await sentTemplates(transport).first?["template"] as? [String: Any])
        let body = ((template["components"] as? [[String: Any]])?.first?["parameters"] as? [[String: String]])?.first
        #expect(body == ["type": "text", "text": "Lucía"])
    }

    @Test(arguments: TestDatabases.backends) func aTemplateMetaPausedIsNotSentAndSaysWhy(_ backend: StoreBackend) async throws {
        let (store, holder, worker) = try await pipeline.setUp(backend: backend, rules: Self.rules)
        try await store.record([TemplateUpdate(account: "109876543210987", name: "cart_reminder", language: "es", event: "PAUSED", category: "MARKETING", reason: "NONE", at: now)])
        _ = try await store.append([message("w1", "remind me")], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        let transport = ScriptedTransport([])
        _ = try await pipeline.dispatcher(store, holder, transport: transport).runOnce(now: now)
        #expect(await transport.requests.isEmpty)
        let entry = try #require(try await store.entry("w1:Remind:0"))
        #expect(entry.status == .failed && entry.lastError?.hasPrefix("template 'cart_reminder' (es) is paused by Meta") == true)
        // Approved again: sent.
        try await store.record([TemplateUpdate(account: "109876543210987", name: "cart_reminder", language: "es", event: "APPROVED", category: nil, reason: nil, at: now.addingTimeInterval(60))])
        #expect(try await store.templateStop(WhatsAppTemplateMessage(name: "cart_reminder", language: "es")) == nil)
    }

    @Test(arguments: TestDatabases.backends) func aTemplateMetaDoesNotKnowFailsForGoodNamingIt(_ backend: StoreBackend) async throws {
        let (store, holder, worker) = try await pipeline.setUp(backend: backend, rules: Self.rules)
        _ = try await store.append([message("w1", "remind me")], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        let transport = ScriptedTransport([Self.answer(#"{"error":{"message":"Template name does not exist in the translation","code":132001}}"#, status: 404)])
        let dispatcher = pipeline.dispatcher(store, holder, transport: transport)
        _ = try await dispatcher.runOnce(now: now)
        _ = try await dispatcher.runOnce(now: now.addingTimeInterval(3600))
        #expect(await transport.requests.count == 1)
        let entry = try #require(try await store.entry("w1:Remind:0"))
        #expect(entry.status == .failed && entry.lastError?.contains("template 'cart_reminder' (es): no approved template of that name in that language") == true)
    }

    @Test(arguments: TestDatabases.backends) func aMarketingTemplateGoesToMarketingMessagesOnAnOnboardedNumber(_ backend: StoreBackend) async throws {
        let (store, holder, worker) = try await pipeline.setUp(backend: backend, rules: Self.rules)
        try await store.record([TemplateUpdate(account: "109876543210987", name: "cart_reminder", language: "es", event: nil, category: "MARKETING", reason: nil, at: now)])
        _ = try await store.append([message("w1", "remind me")], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        let transport = ScriptedTransport([Self.answer(#"{"messages":[{"id":"wamid.m"}]}"#)])
        _ = try await pipeline.dispatcher(store, holder, transport: transport, environment: ["WHATSAPP_MARKETING_MESSAGES": "on"]).runOnce(now: now)
        #expect(await transport.requests.first?.url == "http://127.0.0.1:9/v21.0/1065/marketing_messages")
    }
}
