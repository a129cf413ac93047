import Engine
import Foundation

/// What happened to one recorded message in a replay.
struct ReplayResult: Sendable {
    var recorded: RecordedMessage
    /// The engine's decision; nil for a duplicate delivery, which is not evaluated again.
    var decision: Decision?
    var failures: [String]
    var isDuplicate: Bool { decision == nil }
}

/// Replays recorded messages through a rule program in time order with a virtual clock taken from their
/// timestamps, the way `serve` would have handled them live: state carries over between messages, and a
/// message id already seen is acknowledged but not evaluated again.
struct Replay {
    let program: RuleProgram
    let store: any ContactStateStore
    let tracing: TraceLevel

    /// Sorts by time (ties keep input order) and evaluates each message, handing results over as they come.
    func run(_ recorded: [RecordedMessage], report: (ReplayResult) -> Void) async throws {
        let ordered = recorded.enumerated().sorted { a, b in
            a.element.message.at != b.element.message.at ? a.element.message.at < b.element.message.at : a.offset < b.offset
        }.map(\.element)
        var seen = Set<String>()
        for item in ordered {
            guard seen.insert(item.message.id).inserted else {
                report(ReplayResult(recorded: item, decision: nil, failures: []))
                continue
            }
            let key = item.message.contactKey
            let state = try await store.state(for: key)
            let decision = program.evaluate(item.message, state: state, now: item.message.at, tracing: tracing)
            try await store.save(decision.state, for: key)
            report(ReplayResult(recorded: item, decision: decision, failures: item.expectation?.failures(for: decision) ?? []))
        }
    }
}

/// Counts kept over a replay for its closing summary.
struct ReplaySummary: Sendable, Encodable {
    var messages = 0
    var evaluated = 0
    var duplicates = 0
    var contacts = 0
    var replies = 0
    var tags = 0
    var forwards = 0
    var firesPerRule: [String: Int] = [:]
    var neverFired: [String] = []
    var expectationsChecked = 0
    var expectationsFailed = 0
    var malformed = 0
    /// Expectations that could not be checked (an unknown key, a rule or template the set does not have).
    var brokenExpectations = 0

    enum CodingKeys: String, CodingKey {
        case messages, evaluated, duplicates, contacts, replies, tags, forwards
        case firesPerRule = "fires_per_rule"
        case neverFired = "never_fired"
        case expectationsChecked = "expectations_checked"
        case expectationsFailed = "expectations_failed"
        case malformed
        case brokenExpectations = "broken_expectations"
    }

    mutating func add(_ result: ReplayResult) {
        messages += 1
        guard let decision = result.decision else {
            duplicates += 1
            return
        }
        if decision.evaluated { evaluated += 1 }
        for rule in decision.firedRules { firesPerRule[rule, default: 0] += 1 }
        for action in decision.actions {
            switch action {
            case .reply: replies += 1
            case .tag: tags += 1
            case .forward: forwards += 1
            case .untag, .pause: break
            }
        }
        if result.recorded.expectation != nil {
            expectationsChecked += 1
            if !result.failures.isEmpty { expectationsFailed += 1 }
        }
    }

    mutating func finish(ruleNames: [String], contacts: Int) {
        neverFired = ruleNames.filter { firesPerRule[$0] == nil }
        self.contacts = contacts
    }
}
