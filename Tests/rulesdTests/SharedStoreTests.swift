import Engine
import Foundation
import RulesDSL
import Testing

@testable import rulesd

/// Several `serve` processes on one PostgreSQL store, played in one test process: a store and a worker
/// per "process", each its own connection and claim owner.
@Suite(.enabled(if: TestDatabases.backends.contains(.postgres), "PostgreSQL is not at hand"))
struct SharedStoreTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func worker(_ store: MessageStore, owner: String) throws -> MessageWorker {
        let result = FrontEnd.check([SourceFile(name: "r.rules", text: #"rule "hi" when true then reply "hello" end"#)])
        var worker = MessageWorker(store: store, rules: RuleProgramHolder(RuleProgram(try #require(result.ruleSet), scorer: LexiconSentimentScorer()))) { _ in nil }
        worker.owner = owner
        return worker
    }

    @Test func twoProcessesEvaluateEachMessageOnceAndEachContactInOrder() async throws {
        let database = try await TestDatabases.fresh(.postgres)
        let first = try await MessageStore.open(path: database), second = try await MessageStore.open(path: database)
        let messages = (0..<20).flatMap { contact in
            (0..<3).map { turn in
                Message(
                    id: "m\(contact)-\(turn)", at: now.addingTimeInterval(Double(turn)), channel: .instagram, account: "1784", contact: "c\(contact)",
                    name: "C", kind: .text, text: "hi \(turn)")
            }
        }
        _ = try await first.append(messages, receivedAt: now)
        let workers = [try worker(first, owner: "A"), try worker(second, owner: "B")]
        // Both at once, in small batches, until nothing is pending.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in workers {
                group.addTask {
                    for _ in 0..<200 {
                        _ = try await worker.runMessages(now: now.addingTimeInterval(10), limit: 7)
                        if try await worker.store.pending(limit: 1).isEmpty { return }
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await first.pending(limit: 100).isEmpty)
        for contact in 0..<20 {
            let state = try await first.state(for: ContactKey(channel: .instagram, account: "1784", contact: "c\(contact)"))
            #expect(state.messageCount == 3, "contact c\(contact): each of its three messages evaluated once")
            #expect(state.lastInboundAt == now.addingTimeInterval(2), "contact c\(contact): its last message evaluated last")
        }
        #expect(try await first.outboxBacklog() == 60, "one reply per message")
        #expect(try await first.claimCount() == 0, "every claim given back")
    }

    @Test func processesStartingTogetherOnANewDatabaseTakeTurnsToMigrate() async throws {
        let database = try await TestDatabases.fresh(.postgres)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<4 { group.addTask { _ = try await MessageStore.open(path: database, probe: true) } }
            try await group.waitForAll()
        }
        #expect(try await MessageStore.open(path: database).journalCount() == 0)
    }

    @Test func aClaimThatRanOutIsTakenOverAndTheLateCompletionIsLeftOut() async throws {
        let database = try await TestDatabases.fresh(.postgres)
        let store = try await MessageStore.open(path: database)
        let message = Message(id: "m1", at: now, channel: .instagram, account: "1784", contact: "c1", kind: .text, text: "hi")
        _ = try await store.append([message], receivedAt: now)
        let key = message.contactKey.description
        #expect(try await store.claim([key], owner: "A", until: now.addingTimeInterval(30), now: now) == [key])
        #expect(try await store.claim([key], owner: "B", until: now.addingTimeInterval(40), now: now.addingTimeInterval(10)).isEmpty, "A's lease holds")
        // A stalls past its lease; B takes the contact over and completes the message.
        #expect(try await store.claim([key], owner: "B", until: now.addingTimeInterval(61), now: now.addingTimeInterval(31)) == [key])
        var state = ContactState()
        state.messageCount = 1
        #expect(try await store.complete([.decided(message, state: state, outbox: [])], now: now, owner: "B") == 0)
        // A comes back and completes what it had evaluated: left out, nothing applied twice.
        state.messageCount = 2
        #expect(try await store.complete([.decided(message, state: state, outbox: [])], now: now, owner: "A") == 1)
        #expect(try await store.state(for: message.contactKey).messageCount == 1)
    }
}
