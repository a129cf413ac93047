import Connectors
import Engine
import Foundation
import Testing

@testable import rulesd

@Suite struct MessageStoreTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func databasePath() throws -> String {
        try RulesdProcess.temporaryDirectory().appendingPathComponent("rulesd.sqlite").path
    }

    func message(_ id: String, contact: String = "c1", kind: MessageKind = .text, offset: TimeInterval = 0) -> Message {
        Message(id: id, at: now.addingTimeInterval(offset), channel: .instagram, account: "acct", contact: contact, kind: kind, text: "hi \(id)")
    }

    @Test(arguments: TestDatabases.backends) func duplicatesAreAcknowledgedButStoredOnce(_ backend: StoreBackend) async throws {
        let store = try await TestDatabases.store(backend)
        #expect(try await store.append([message("a"), message("b")], receivedAt: now) == [true, true])
        #expect(try await store.append([message("a"), message("c")], receivedAt: now) == [false, true])
        #expect(try await store.journalCount() == 3)
    }

    @Test(arguments: TestDatabases.backends) func committedMessagesSurviveReopening(_ backend: StoreBackend) async throws {
        let path = try await TestDatabases.fresh(backend)
        do {
            let store = try await MessageStore.open(path: path)
            _ = try await store.append([message("a", offset: 1), message("b", offset: 2)], receivedAt: now)
        }
        let reopened = try await MessageStore.open(path: path)
        #expect(try await reopened.pending(limit: 10).map(\.id) == ["a", "b"])
        #expect(try await reopened.journal(since: now).map(\.text) == ["hi a", "hi b"])
    }

    @Test(arguments: TestDatabases.backends) func concurrentAppendsShareTransactions(_ backend: StoreBackend) async throws {
        let store = try await TestDatabases.store(backend)
        try await withThrowingTaskGroup(of: [Bool].self) { group in
            for index in 0..<200 {
                group.addTask { try await store.append([self.message("m\(index)")], receivedAt: self.now) }
            }
            for try await inserted in group { #expect(inserted == [true]) }
        }
        #expect(try await store.journalCount() == 200)
        let transactions = await store.appendTransactions
        #expect(transactions < 200, "group commit: \(transactions) transactions for 200 appends")
    }

    @Test(arguments: TestDatabases.backends) func nonEvaluatedKindsNeedNoWorkButEchoesDo(_ backend: StoreBackend) async throws {
        let store = try await TestDatabases.store(backend)
        _ = try await store.append([message("r", kind: .reaction), message("e", kind: .echo), message("t")], receivedAt: now)
        #expect(try await store.pending(limit: 10).map(\.id) == ["e", "t"])
    }

    @Test(arguments: TestDatabases.backends) func completingAMessageIsOneTransactionAndIdempotent(_ backend: StoreBackend) async throws {
        let store = try await TestDatabases.store(backend)
        let incoming = message("a")
        _ = try await store.append([incoming], receivedAt: now)
        var state = ContactState()
        state.tags = ["vip"]
        state.messageCount = 1
        let reply = OutboxEntry(key: "a:r:0", messageID: "a", contactKey: incoming.contactKey.description, kind: .reply, payload: "hello", nextAttempt: now)
        try await store.complete(incoming, state: state, outbox: [reply], now: now)
        try await store.complete(incoming, state: state, outbox: [reply], now: now)
        #expect(try await store.pending(limit: 10).isEmpty)
        #expect(try await store.state(for: incoming.contactKey) == state)
        #expect(try await store.due(at: now, limit: 10).map(\.key) == ["a:r:0"])
        #expect(try await store.outboxBacklog() == 1)
    }

    @Test(arguments: TestDatabases.backends) func outboxOutcomes(_ backend: StoreBackend) async throws {
        let store = try await TestDatabases.store(backend)
        let incoming = message("a")
        let entries = ["a:r:0", "a:f:1", "a:r:2"].map {
            OutboxEntry(key: $0, messageID: "a", contactKey: "k", kind: .reply, payload: "x", nextAttempt: now)
        }
        try await store.complete(incoming, state: ContactState(), outbox: entries, now: now)
        try await store.record("a:r:0", status: .sent, attemptAt: now, platformID: "m_out")
        try await store.record("a:f:1", status: .pending, attemptAt: now, nextAttempt: now.addingTimeInterval(30), error: "HTTP 500")
        try await store.record("a:r:2", status: .failed, attemptAt: now, error: "code 190: token expired")
        #expect(try await store.due(at: now, limit: 10).isEmpty)
        #expect(try await store.due(at: now.addingTimeInterval(31), limit: 10).map(\.key) == ["a:f:1"])
        #expect(try await store.entry("a:r:0")?.platformID == "m_out")
        #expect(try await store.entry("a:f:1")?.attempts == 1)
        #expect(try await store.entry("a:r:2")?.status == .failed)
        #expect(try await store.entry("a:r:2")?.lastError == "code 190: token expired")
    }

    @Test(arguments: TestDatabases.backends) func rawBodiesAreKept(_ backend: StoreBackend) async throws {
        let store = try await TestDatabases.store(backend)
        try await store.appendRaw(Data("not json".utf8), channel: "instagram", reason: "the body is not JSON", receivedAt: now)
        #expect(try await store.journalCount() == 0)
        let kept = try await store.rawBodies()
        #expect(kept.count == 1)
        #expect(kept.first?.body == Data("not json".utf8) && kept.first?.reason == "the body is not JSON")
    }

    @Test(arguments: TestDatabases.backends) func deliveryStatusesNeverRegressAndFailuresReachTheOutbox(_ backend: StoreBackend) async throws {
        let store = try await TestDatabases.store(backend)
        _ = try await store.append([message("a")], receivedAt: now)
        let entry = OutboxEntry(key: "a:r:0", messageID: "a", contactKey: message("a").contactKey.description, kind: .reply, payload: "hi", nextAttempt: now)
        try await store.complete(message("a"), state: ContactState(), outbox: [entry], now: now)
        try await store.record("a:r:0", status: .sent, attemptAt: now, platformID: "wamid.A")
        func status(_ value: String, code: Int? = nil) -> DeliveryStatus {
            DeliveryStatus(messageID: "wamid.A", status: value, recipient: "c1", at: now, errorCode: code, errorMessage: code.map { _ in "Message undeliverable" })
        }
        #expect(try await store.apply([status("read")]) == 1)
        #expect(try await store.apply([status("delivered"), status("sent")]) == 0, "late statuses change nothing")
        #expect(try await store.delivery(ofOutboxEntry: "a:r:0")?.status == "read")
        #expect(try await store.entry("a:r:0")?.status == .sent)
        try await store.apply([status("failed", code: 131026)])
        #expect(try await store.delivery(ofOutboxEntry: "a:r:0")?.error == "131026: Message undeliverable")
        let failed = try #require(try await store.entry("a:r:0"))
        #expect(failed.status == .failed)
        #expect(failed.lastError?.contains("131026") == true)
    }

    @Test(arguments: TestDatabases.backends) func healthIsReadFromTheStoreAtMostOncePerMaximumAge(_ backend: StoreBackend) async throws {
        let store = try await TestDatabases.store(backend)
        let health = StoreHealth(store: store, maximumAge: .seconds(3600))
        #expect(await health.current().backlog == 0)
        _ = try await store.append([message("a")], receivedAt: now)
        let entry = OutboxEntry(key: "a:r:0", messageID: "a", contactKey: message("a").contactKey.description, kind: .reply, payload: "hi", nextAttempt: now)
        try await store.complete(message("a"), state: ContactState(), outbox: [entry], now: now)
        #expect(await health.current().backlog == 0, "a fresh reading is reused")
        #expect(await StoreHealth(store: store, maximumAge: .zero).current().backlog == 1, "a stale one is read again")
    }

    /// Stores a message whose "Shipping" rule set a day's cooldown and queued its reply; returns the reply.
    func replyWithCooldown(_ store: MessageStore, id: String, offset: TimeInterval = 0) async throws -> (Message, OutboxEntry) {
        let incoming = message(id, offset: offset)
        var state = ContactState()
        state.cooldowns["Shipping"] = now.addingTimeInterval(86_400)
        let reply = OutboxEntry(
            key: "\(id):Shipping:0", messageID: id, contactKey: incoming.contactKey.description, kind: .reply, payload: "We ship",
            nextAttempt: now, rule: "Shipping")
        _ = try await store.append([incoming], receivedAt: now)
        try await store.complete(incoming, state: state, outbox: [reply], now: now)
        return (incoming, reply)
    }

    @Test(arguments: TestDatabases.backends) func anUnheardReplyLiftsItsRulesCooldownUnlessALaterOneWasHeard(_ backend: StoreBackend) async throws {
        let store = try await TestDatabases.store(backend)
        let (incoming, reply) = try await replyWithCooldown(store, id: "a")
        try await store.record(reply.key, status: .expired, attemptAt: now, error: "window closed")
        #expect(try await store.releaseCooldown(ofUnheard: reply))
        #expect(try await store.state(for: incoming.contactKey).cooldowns["Shipping"] == nil)

        // A later reply of the same rule that was heard keeps the cooldown it started.
        let (later, heard) = try await replyWithCooldown(store, id: "b", offset: 60)
        try await store.record(heard.key, status: .sent, attemptAt: now, platformID: "m_1")
        #expect(try await !store.releaseCooldown(ofUnheard: reply))
        #expect(try await store.state(for: later.contactKey).cooldowns["Shipping"] != nil)
    }

    @Test(arguments: TestDatabases.backends) func aWhatsAppFailedStatusLiftsTheReplysCooldown(_ backend: StoreBackend) async throws {
        let store = try await TestDatabases.store(backend)
        let (incoming, reply) = try await replyWithCooldown(store, id: "a")
        try await store.record(reply.key, status: .sent, attemptAt: now, platformID: "wamid.OUT")
        try await store.apply([DeliveryStatus(messageID: "wamid.OUT", status: "failed", recipient: "c1", at: now, errorCode: 131026, errorMessage: "undeliverable")])
        #expect(try await store.state(for: incoming.contactKey).cooldowns["Shipping"] == nil)
        #expect(try await store.entry(reply.key)?.status == .failed)
    }
}
