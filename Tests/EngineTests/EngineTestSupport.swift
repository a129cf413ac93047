import Engine
import Foundation
import RulesDSL
import Testing

/// A scorer that returns whatever the test says, so sentiment conditions are tested apart from the scorer.
struct FixedScorer: SentimentScorer {
    var value: Double
    func score(_ text: String, language: Language?) -> Double { value }
}

/// Compiles rule text that must check clean.
func program(_ text: String, scorer: any SentimentScorer = FixedScorer(value: 0), sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> RuleProgram {
    let result = FrontEnd.check([SourceFile(name: "test.rules", text: text)])
    #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.message.text))", sourceLocation: sourceLocation)
    let ruleSet = try #require(result.ruleSet, sourceLocation: sourceLocation)
    return RuleProgram(ruleSet, scorer: scorer)
}

/// A clock the tests move by hand; every instant is derived from it, nothing reads the wall clock.
struct ManualClock {
    var now: Date = Timestamps.parseISO8601("2026-11-24T10:00:00Z")!  // a Tuesday, 11:00 in Madrid
    mutating func advance(_ duration: Duration) { now = now.addingTimeInterval(duration.timeInterval) }
}

/// A customer message at the given instant.
func message(
    _ text: String?, at: Date, kind: MessageKind = .text, channel: Channel = .instagram, contact: String = "c1",
    payload: String? = nil, from: Sender = .customer, id: String? = nil, name: String? = nil
) -> Message {
    Message(
        id: id ?? "m-\(Int(at.timeIntervalSince1970))-\(text ?? kind.rawValue)", at: at, channel: channel, account: "acct", contact: contact, name: name,
        kind: kind, text: text, payload: payload, from: from)
}

/// Evaluates messages one after another for one contact, carrying state over, as the serve worker does.
struct Conversation {
    let program: RuleProgram
    var state = ContactState()
    var clock = ManualClock()

    init(_ program: RuleProgram) { self.program = program }

    @discardableResult
    mutating func send(
        _ text: String?, kind: MessageKind = .text, channel: Channel = .instagram, payload: String? = nil,
        from: Sender = .customer, id: String? = nil, name: String? = nil
    ) -> Decision {
        let incoming = message(text, at: clock.now, kind: kind, channel: channel, payload: payload, from: from, id: id, name: name)
        let decision = program.evaluate(incoming, state: state, now: clock.now)
        state = decision.state
        return decision
    }
}
