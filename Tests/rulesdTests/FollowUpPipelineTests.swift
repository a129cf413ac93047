import Connectors
import Engine
import Foundation
import RulesDSL
import Testing

@testable import rulesd

/// Follow-ups in the store: scheduled with the decision that asks for them, cancelled by the customer's
/// next message (unless `keep`), fired once when due, across restarts and racing workers. Time is the
/// tests' clock: nothing sleeps.
@Suite struct FollowUpPipelineTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let pipeline = PipelineTests()
    static let rules = """
        followup "Nudge" after 2h when not tagged "ordered" then reply "Still thinking about it?" end
        followup "Kept" after 3h keep when true then tag "kept-fired" end
        rule "Price" when message contains "price" then
          reply "See the catalog"
          follow up "Nudge"
          follow up "Kept"
        end
        rule "Ordered" when message contains "ordered" then tag "ordered" end
        """

    func message(_ id: String, _ text: String, at offset: TimeInterval = 0) -> Message {
        Message(id: id, at: now.addingTimeInterval(offset), channel: .instagram, account: "1784", contact: "6123", kind: .text, text: text)
    }

    func worker(_ store: MessageStore, _ holder: RuleProgramHolder) -> MessageWorker {
        MessageWorker(store: store, rules: holder, profileLookup: { _ in nil })
    }

    @Test(arguments: TestDatabases.backends) func aFollowUpFiresOnceWhenDueEvenAfterARestart(_ backend: StoreBackend) async throws {
        let (store, holder, worker) = try await pipeline.setUp(backend: backend, rules: Self.rules)
        _ = try await store.append([message("m1", "price?")], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        #expect(try await worker.runOnce(now: now.addingTimeInterval(2 * 3600 - 1)) == 0, "not due yet")
        // The server was down when it came due; a new worker (a restart) fires it when it comes back.
        let restarted = self.worker(store, holder)
        #expect(try await restarted.runOnce(now: now.addingTimeInterval(5 * 3600)) == 2, "Nudge and Kept were both due")
        #expect(try await restarted.runOnce(now: now.addingTimeInterval(5 * 3600)) == 0, "once")
        let due = try await store.due(at: now.addingTimeInterval(5 * 3600), limit: 10)
        #expect(due.map(\.payload).sorted() == ["See the catalog", "Still thinking about it?"])
        let followUps = try await store.followUps(of: message("m1", "").contactKey)
        #expect(followUps.map(\.status) == [.fired, .fired])
        #expect(try await store.state(for: message("m1", "").contactKey).tags.contains("kept-fired"))
    }

    @Test(arguments: TestDatabases.backends) func twoWorkersRacingFireItOnce(_ backend: StoreBackend) async throws {
        let (store, holder, worker) = try await pipeline.setUp(backend: backend, rules: Self.rules)
        _ = try await store.append([message("m1", "price?")], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        let later = now.addingTimeInterval(3 * 3600)
        let other = self.worker(store, holder)
        async let first = worker.runFollowUps(now: later)
        async let second = other.runFollowUps(now: later)
        _ = try await (first, second)
        let replies = try await store.due(at: later, limit: 10).filter { $0.payload == "Still thinking about it?" }
        #expect(replies.count == 1, "one nudge, whichever worker claimed it")
    }

    @Test(arguments: TestDatabases.backends) func theCustomersNextMessageCancelsItUnlessKept(_ backend: StoreBackend) async throws {
        let (store, _, worker) = try await pipeline.setUp(backend: backend, rules: Self.rules)
        _ = try await store.append([message("m1", "price?")], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        _ = try await store.append([message("m2", "ok thanks", at: 600)], receivedAt: now)
        _ = try await worker.runOnce(now: now.addingTimeInterval(600))
        _ = try await worker.runOnce(now: now.addingTimeInterval(4 * 3600))
        let followUps = try await store.followUps(of: message("m1", "").contactKey)
        #expect(followUps.map(\.name) == ["Nudge", "Kept"])
        #expect(followUps.map(\.status) == [.cancelled, .fired], "Kept is declared keep")
        #expect(followUps[0].outcome == "the customer wrote before it was due")
        #expect(try await store.due(at: now.addingTimeInterval(4 * 3600), limit: 10).map(\.payload) == ["See the catalog"])
    }

    @Test(arguments: TestDatabases.backends) func schedulingAgainRestartsIt(_ backend: StoreBackend) async throws {
        let (store, _, worker) = try await pipeline.setUp(backend: backend, rules: Self.rules)
        _ = try await store.append([message("m1", "price?")], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        _ = try await store.append([message("m2", "and the price of the bag?", at: 3600)], receivedAt: now)
        _ = try await worker.runOnce(now: now.addingTimeInterval(3600))
        #expect(try await worker.runFollowUps(now: now.addingTimeInterval(2 * 3600 + 60)) == 0, "the first nudge was replaced by one due an hour later")
        #expect(try await worker.runFollowUps(now: now.addingTimeInterval(3 * 3600 + 60)) == 1, "the second nudge; Kept restarted too")
        #expect(try await worker.runFollowUps(now: now.addingTimeInterval(4 * 3600 + 60)) == 1)
        let kept = try await store.followUps(of: message("m1", "").contactKey).filter { $0.name == "Kept" }
        #expect(kept.map(\.status) == [.cancelled, .fired] && kept[0].outcome == "scheduled again", "a kept follow-up is restarted, not cancelled, by the next message")
    }

    @Test(arguments: TestDatabases.backends) func aFollowUpWhoseConditionFailsIsSkippedWithWhy(_ backend: StoreBackend) async throws {
        let (store, _, worker) = try await pipeline.setUp(backend: backend, rules: Self.rules)
        _ = try await store.append([message("m1", "price?")], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        // "ordered" by keep-less message cancels Nudge; so tag the contact by hand (the seller, an import).
        var state = try await store.state(for: message("m1", "").contactKey)
        state.tags.insert("ordered")
        try await store.save(state, for: message("m1", "").contactKey)
        _ = try await worker.runFollowUps(now: now.addingTimeInterval(2 * 3600))
        let nudge = try #require(try await store.followUps(of: message("m1", "").contactKey).first { $0.name == "Nudge" })
        #expect(nudge.status == .skipped && nudge.outcome == "tagged \"ordered\"")
        let backlog = try await store.followUpBacklog(now: now.addingTimeInterval(2 * 3600))
        #expect(backlog.pending == 1 && backlog.overdue == 0, "Kept still waits, not yet due")
        #expect(try await store.followUpBacklog(now: now.addingTimeInterval(4 * 3600)).overdue == 1)
    }
}

/// The sequences a review found, each played as it showed the problem.
@Suite struct FollowUpRegressionTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let pipeline = PipelineTests()

    func message(_ id: String, _ text: String, at offset: TimeInterval) -> Message {
        Message(id: id, at: now.addingTimeInterval(offset), channel: .whatsapp, account: "1065", contact: "341", kind: .text, text: text)
    }

    @Test(arguments: TestDatabases.backends) func aTextHeldInABurstCancelsTheNudgeItCameBefore(_ backend: StoreBackend) async throws {
        let (store, _, worker) = try await pipeline.setUp(backend: backend, rules: """
            option debounce = 8s
            followup "Nudge" after 2h when true then reply "Still there?" end
            rule "Price" when message contains "price" then follow up "Nudge" end
            """)
        _ = try await store.append([message("m1", "price?", at: 0)], receivedAt: now)
        _ = try await worker.runOnce(now: now.addingTimeInterval(9))
        // The customer writes 5 s before the nudge is due; the text waits in its burst when the nudge comes due.
        _ = try await store.append([message("m2", "ok thanks", at: 2 * 3600 - 5)], receivedAt: now)
        #expect(try await worker.runOnce(now: now.addingTimeInterval(2 * 3600 + 1)) == 0, "the nudge waits for the held text")
        _ = try await worker.runOnce(now: now.addingTimeInterval(2 * 3600 + 4))
        let nudge = try #require(try await store.followUps(of: message("m1", "", at: 0).contactKey).first)
        #expect(nudge.status == .cancelled)
        #expect(try await store.due(at: now.addingTimeInterval(3 * 3600), limit: 10).isEmpty)
    }

    @Test(arguments: TestDatabases.backends) func aFollowUpSeesTheBurstItWasScheduledByWhole(_ backend: StoreBackend) async throws {
        let (store, _, worker) = try await pipeline.setUp(backend: backend, rules: """
            option debounce = 8s
            followup "Dress" after 1h keep when message contains "dress" then tag "asked-dress" end
            rule "Price" when message contains "price" then follow up "Dress" end
            """)
        _ = try await store.append([message("m1", "the linen dress", at: 0), message("m2", "price?", at: 2)], receivedAt: now)
        _ = try await worker.runOnce(now: now.addingTimeInterval(11))
        _ = try await worker.runOnce(now: now.addingTimeInterval(3600 + 11))
        #expect(try await store.state(for: message("m1", "", at: 0).contactKey).tags.contains("asked-dress"), "the merged texts, not the last one alone")
    }

    @Test(arguments: TestDatabases.backends) func aFollowUpAlreadyDueIsNotCancelledByAMessageHandledLate(_ backend: StoreBackend) async throws {
        let (store, _, worker) = try await pipeline.setUp(backend: backend, rules: """
            followup "Nudge" after 2h when true then reply "Still there?" end
            rule "Price" when message contains "price" then follow up "Nudge" end
            """)
        _ = try await store.append([message("m1", "price?", at: 0)], receivedAt: now)
        _ = try await worker.runOnce(now: now)
        // The server was down from 1 h to 4 h; the customer wrote at 3 h, after the nudge was due.
        _ = try await store.append([message("m2", "hello?", at: 3 * 3600)], receivedAt: now)
        _ = try await worker.runOnce(now: now.addingTimeInterval(4 * 3600))
        let nudge = try #require(try await store.followUps(of: message("m1", "", at: 0).contactKey).first)
        #expect(nudge.status == .fired, "it was due before the customer wrote")
    }
}
