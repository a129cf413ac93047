import Engine
import Foundation

extension ReplayPart {
    /// With `option debounce`: whether the message is held in its contact's burst (it is then rendered as
    /// held into `output`); a burst that this message ends is evaluated first, merged, at the time it would
    /// have been answered.
    func holdInBurst(
        _ item: RecordedMessage, debounce: TimeInterval, program: RuleProgram, tracing: TraceLevel, report: DryRunReport, explaining: [String],
        separator: String, into output: inout JSONBytes
    ) -> Bool {
        let message = item.message
        let contact = message.contactKey
        if let burst = bursts[contact], let first = burst.first?.message, let last = burst.last?.message,
            !(Burst.holds(message) && message.isEvaluated && Burst.continues(first: first.at, last: last.at, next: message.at, debounce: debounce))
        {
            flushBurst(
                of: contact, closedAt: message.at, debounce: debounce, program: program, tracing: tracing, report: report, explaining: explaining,
                separator: separator, into: &output)
        }
        guard message.isEvaluated, Burst.holds(message) else { return false }
        bursts[contact, default: []].append(item)
        summary.heldInBursts += 1
        if report.format == .json {
            output.raw(#"{"held":true,"message":"# + message.normalizedJSON + "}\n")
        } else {
            output.raw("[\(Timestamps.formatISO8601(message.at))] \(message.channel.rawValue) · \(message.name ?? message.contact) · \(message.kind.rawValue)\n")
            output.raw("  > " + (message.text ?? "") + "\n  (waiting \(Int(debounce)) s in case more texts follow: option debounce)\n")
        }
        return true
    }

    /// Evaluates a contact's burst as one message, at the time it is answered: when the customer has been
    /// quiet long enough, or at `closedAt`, the time of the message (a tap, media) that ended it.
    func flushBurst(
        of contact: ContactKey, closedAt: Date? = nil, debounce: TimeInterval, program: RuleProgram, tracing: TraceLevel, report: DryRunReport,
        explaining: [String], separator: String, into output: inout JSONBytes
    ) {
        guard let burst = bursts.removeValue(forKey: contact), let first = burst.first?.message, let last = burst.last else { return }
        let quiet = Burst.answerTime(first: first.at, last: last.message.at, debounce: debounce)
        let at = closedAt.map { min($0, quiet) } ?? quiet
        // What came due before the customer began writing fires; what falls due later waits for the answer,
        // which cancels it (unless kept), as serve does.
        if !followUps.isEmpty { playFollowUps(of: contact, until: first.at, program: program, report: report, separator: separator, into: &output) }
        let merged = Burst.merge(burst.map(\.message))
        let expectation = burst.last { $0.expectation != nil }?.expectation
        let recorded = RecordedMessage(message: merged, expectation: expectation, origin: last.origin)
        let expected = burst.flatMap { $0.expectation?.followUps ?? [] }
        if !expected.isEmpty {
            expectedFollowUps[merged.id, default: []].formUnion(expected)
            expectationOrigins[merged.id] = last.origin
        }
        let decision = program.evaluate(merged, state: states.removeValue(forKey: contact) ?? ContactState(), now: at, tracing: tracing)
        states[contact] = decision.state
        let result = ReplayResult(recorded: recorded, decision: decision, failures: expectation?.failures(for: decision) ?? [])
        summary.add(result, explaining: explaining)
        if report.format == .json {
            report.appendJSON(result, to: &output)
        } else {
            output.raw(
                burst.count == 1
                    ? "(answered at \(Timestamps.formatISO8601(at)), after \(Int(debounce)) s without another text: option debounce)\n"
                    : "(\(burst.count) texts answered together at \(Timestamps.formatISO8601(at)): option debounce)\n")
            output.raw(report.render(result))
        }
        followUps(after: merged, decision: decision, report: report, separator: separator, into: &output)
        output.raw(separator)
    }

    /// The bursts still open when the chats end: answered in time order.
    func flushRemainingBursts(
        debounce: TimeInterval, program: RuleProgram, tracing: TraceLevel, report: DryRunReport, explaining: [String], separator: String
    ) -> [(due: Date, contact: String, output: [UInt8])] {
        bursts.keys.sorted { $0.description < $1.description }.compactMap { contact in
            guard let first = bursts[contact]?.first?.message, let last = bursts[contact]?.last?.message else { return nil }
            var output = JSONBytes()
            flushBurst(of: contact, debounce: debounce, program: program, tracing: tracing, report: report, explaining: explaining, separator: separator, into: &output)
            return (Burst.answerTime(first: first.at, last: last.at, debounce: debounce), contact.description, output.bytes)
        }
    }
}
