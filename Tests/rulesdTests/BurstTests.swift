import Connectors
import Engine
import Foundation
import RulesDSL
import Testing

@testable import rulesd

/// `option debounce`: a customer's texts in quick succession are evaluated once, together, when the
/// customer has gone quiet; held texts stay in the journal, so a crash meanwhile loses nothing.
@Suite struct BurstTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let pipeline = PipelineTests()
    static let rules = """
        option debounce = 8s
        rule "Price" when message contains "price" then reply "See the catalog" end
        rule "Dress" when message contains "dress" then tag "dress" end
        """

    func text(_ id: String, _ text: String, at offset: TimeInterval, kind: MessageKind = .text) -> Message {
        Message(id: id, at: now.addingTimeInterval(offset), channel: .whatsapp, account: "1065", contact: "341", kind: kind, text: text, payload: kind == .postback ? "YES" : nil)
    }

    @Test(arguments: TestDatabases.backends) func threeFragmentsAreOneEvaluationAndOneReply(_ backend: StoreBackend) async throws {
        let (store, _, worker) = try await pipeline.setUp(backend: backend, rules: Self.rules)
        _ = try await store.append([text("a1", "hi", at: 0), text("a2", "the linen dress", at: 3), text("a3", "what's the price?", at: 5)], receivedAt: now)
        #expect(try await worker.runOnce(now: now.addingTimeInterval(6)) == 0, "the customer may still be writing")
        #expect(try await worker.runOnce(now: now.addingTimeInterval(13)) == 3, "quiet for 8 s: the three at once")
        let due = try await store.due(at: now.addingTimeInterval(13), limit: 10)
        #expect(due.map(\.payload) == ["See the catalog"] && due.first?.messageID == "a3", "one reply, to the last text")
        let state = try await store.state(for: text("a1", "", at: 0).contactKey)
        #expect(state.tags.contains("dress") && state.messageCount == 1)
        #expect(try await store.pending(limit: 10).isEmpty)
    }

    @Test func aBurstIsAnsweredAtThreeTimesTheDebounceEvenIfTheCustomerGoesOn() {
        // A text every 5 s: never quiet for 8 s, but a burst lasts at most 24 s.
        let messages = (0..<6).map { text("t\($0)", "part \($0)", at: Double($0) * 5) }
        let (answered, fragments) = MessageWorker.bursts(messages, now: now.addingTimeInterval(25), debounce: 8)
        #expect(answered.map(\.id) == ["t4"] && fragments["t4"]?.count == 4, "0 s to 20 s answered; 25 s starts the next burst, held")
        #expect(answered.first?.text == "part 0\npart 1\npart 2\npart 3\npart 4")
        let (alone, _) = MessageWorker.bursts(Array(messages.prefix(5)), now: now.addingTimeInterval(24), debounce: 8)
        #expect(alone.map(\.id) == ["t4"], "three times the debounce after the first text, even without a next one")
    }

    @Test(arguments: TestDatabases.backends) func aTapIsNeverHeldAndEndsTheBurstBeforeIt(_ backend: StoreBackend) async throws {
        let (store, _, worker) = try await pipeline.setUp(backend: backend, rules: Self.rules)
        _ = try await store.append([text("a1", "price?", at: 0), text("a2", "Yes", at: 2, kind: .postback)], receivedAt: now)
        #expect(try await worker.runOnce(now: now.addingTimeInterval(3)) == 2)
        #expect(try await store.due(at: now.addingTimeInterval(3), limit: 10).map(\.messageID) == ["a1"], "the text first, then the tap")
    }

    @Test(arguments: TestDatabases.backends) func heldTextsSurviveARestartAndAreAnsweredOnce(_ backend: StoreBackend) async throws {
        let (store, holder, worker) = try await pipeline.setUp(backend: backend, rules: Self.rules)
        _ = try await store.append([text("a1", "the linen dress", at: 0), text("a2", "price?", at: 2)], receivedAt: now)
        #expect(try await worker.runOnce(now: now.addingTimeInterval(4)) == 0)
        // The process dies here; a new worker starts long after.
        let restarted = MessageWorker(store: store, rules: holder, profileLookup: { _ in nil })
        #expect(try await restarted.runOnce(now: now.addingTimeInterval(600)) == 2)
        #expect(try await restarted.runOnce(now: now.addingTimeInterval(601)) == 0)
        #expect(try await store.due(at: now.addingTimeInterval(600), limit: 10).count == 1)
    }

    @Test func withoutDebounceNothingIsHeld() {
        let messages = [text("a1", "hi", at: 0), text("a2", "price?", at: 1)]
        #expect(MessageWorker.bursts(messages, now: now, debounce: 0).messages.map(\.id) == ["a1", "a2"])
    }

    @Test func theOptionTakesZeroToSixtySeconds() {
        func errors(_ text: String) -> [String] {
            FrontEnd.check([SourceFile(name: "t.rules", text: text)]).diagnostics.filter { $0.message.severity == .error }.map(\.message.text)
        }
        #expect(errors("option debounce = 8s\n").isEmpty)
        #expect(errors("option debounce = 2m\n").first?.contains("from 0s to 60s") == true)
    }

    @Test func dryRunShowsTheHeldTextsAndTheMergedAnswer() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try Self.rules.write(to: directory.appendingPathComponent("shop.rules"), atomically: true, encoding: .utf8)
        let chat = [
            #"{"id":"a1","at":"2026-11-25T10:00:00Z","channel":"whatsapp","account":"1065","contact":"341","name":"Ana","text":"the linen dress"}"#,
            #"{"id":"a2","at":"2026-11-25T10:00:03Z","channel":"whatsapp","account":"1065","contact":"341","name":"Ana","text":"price?","expect":{"fired":["Price","Dress"]}}"#,
        ].joined(separator: "\n")
        try chat.write(to: directory.appendingPathComponent("chat.jsonl"), atomically: true, encoding: .utf8)
        let output = try RulesdProcess.run(["dry-run", "--rules", directory.appendingPathComponent("shop.rules").path, directory.appendingPathComponent("chat.jsonl").path])
        #expect(output.status == 0, "\(output.stdout)")
        #expect(output.stdout.components(separatedBy: "(waiting 8 s in case more texts follow: option debounce)").count == 3)
        #expect(output.stdout.contains("(2 texts answered together at 2026-11-25T10:00:11Z: option debounce)"))
        #expect(output.stdout.contains("  > the linen dress\n    price?\n  fired: Price, Dress"))
    }
}
