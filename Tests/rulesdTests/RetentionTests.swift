import Engine
import Foundation
import Logging
import Testing

@testable import rulesd

/// `serve --retention`: what is older than the retention and finished goes; pending work and recent records stay.
@Suite struct RetentionTests {
    static let contact = ContactKey(channel: .instagram, account: "17841400000000001", contact: "7201")

    func message(_ id: String, at: Date) -> Message {
        Message(id: id, at: at, channel: .instagram, account: Self.contact.account, contact: Self.contact.contact, kind: .text, text: "how much?")
    }

    @Test(arguments: TestDatabases.backends) func oldFinishedRecordsGoAndPendingOrRecentOnesStay(_ backend: StoreBackend) async throws {
        let store = try await TestDatabases.store(backend)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let old = now.addingTimeInterval(-100 * 86_400), recent = now.addingTimeInterval(-86_400)
        let oldDone = message("m_old_done", at: old), oldWaiting = message("m_old_waiting", at: old), fresh = message("m_recent", at: recent)
        _ = try await store.append([oldDone, oldWaiting], receivedAt: old)
        _ = try await store.append([fresh], receivedAt: recent)
        let record = DecisionRecord(firedJSON: #"["price"]"#, actionsJSON: "[]", whyJSON: nil)
        func reply(_ message: Message) -> OutboxEntry {
            OutboxEntry(key: message.id + ":price:0", messageID: message.id, contactKey: Self.contact.description, kind: .reply, payload: "45 €", nextAttempt: message.at, rule: "price")
        }
        try await store.complete([.decided(oldDone, state: ContactState(), outbox: [reply(oldDone)], record: record)], now: old)
        try await store.record(reply(oldDone).key, status: .sent, attemptAt: old, platformID: "m_out_old")
        try await store.complete([.decided(oldWaiting, state: ContactState(), outbox: [reply(oldWaiting)], record: record)], now: old)
        try await store.complete([.decided(fresh, state: ContactState(), outbox: [reply(fresh)], record: record)], now: recent)
        try await store.record(reply(fresh).key, status: .sent, attemptAt: recent, platformID: "m_out_recent")
        try await store.change(Self.contact.description, .tag("vip"), by: "console", now: old)

        let service = RetentionService(store: store, keep: 90 * 86_400, logger: .init(label: "test"), clock: { now })
        #expect(await service.pruneOnce() > 0)

        #expect(try await store.decision(ofMessage: "m_old_done") == nil, "an old decision goes")
        #expect(try await store.journalStatus(ofMessage: "m_old_done") == nil, "an old handled message goes with its sent reply")
        #expect(try await store.entry(reply(oldDone).key) == nil)
        #expect(try await store.entry(reply(oldWaiting).key)?.status == .pending, "a reply still waiting is never deleted")
        #expect(try await store.journalStatus(ofMessage: "m_old_waiting") == "done", "nor the message it answers")
        #expect(try await store.decision(ofMessage: "m_recent") != nil, "recent records stay")
        #expect(try await store.entry(reply(fresh).key)?.status == .sent)
        #expect(try await store.contactActions(Self.contact.description).isEmpty, "old changes by hand go")
        #expect(try await store.storedState(Self.contact)?.tags.sorted == ["vip"], "the contact itself stays")
        #expect(await service.pruneOnce() == 0, "a second round finds nothing")
    }

    @Test(arguments: TestDatabases.backends) func aLargePruneGoesInBatchesAndTakesEverythingOld(_ backend: StoreBackend) async throws {
        let store = try await TestDatabases.store(backend)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let old = now.addingTimeInterval(-100 * 86_400)
        let messages = (0..<25).map { message("m_\($0)", at: old) }
        _ = try await store.append(messages, receivedAt: old)
        let record = DecisionRecord(firedJSON: "[]", actionsJSON: "[]", whyJSON: nil)
        try await store.complete(messages.map { .decided($0, state: ContactState(), outbox: [], record: record) }, now: old)
        #expect(try await store.prune(before: now.addingTimeInterval(-90 * 86_400), batch: 10) == 50, "25 decisions and 25 messages, ten at a time")
        #expect(try await store.journalCount() == 0)
    }

    @Test func aRetentionShorterThanADayOrUnreadableIsAUsageError() throws {
        for retention in ["1h", "soon"] {
            let run = try RulesdProcess.run(["serve", "--rules", "examples/rules", "--retention", retention, "--port", "0"], environment: [:])
            #expect(run.status == 2, "\(retention)")
            #expect(run.stderr.contains("--retention takes a duration of at least a day, such as 30d or 90d, not '\(retention)'"))
        }
    }
}
