import Engine
import Foundation

/// A follow-up a replayed contact has pending: what dry-run keeps to play it in the chats' own time.
struct PendingFollowUp: Sendable {
    var name: String
    var due: Date
    var keep: Bool
    /// The message whose rule scheduled it.
    var message: Message
}

/// What happened to one follow-up in a replay.
struct FollowUpResult: Sendable {
    enum Outcome: String { case fired, skipped, cancelled }

    var followUp: PendingFollowUp
    var outcome: Outcome
    /// When it happened: the due time for fired and skipped, the cancelling message's time.
    var at: Date
    /// Its decision when it came due (nil when cancelled).
    var decision: Decision?
    /// Why it was skipped or cancelled, or what held its replies back.
    var reasons: [String]
}

extension ReplayPart {
    /// Before a message of `contact` at `until`: fires the contact's follow-ups due by then, earliest first
    /// (a firing may schedule more), rendering each into `output`.
    func playFollowUps(of contact: ContactKey, until: Date, program: RuleProgram, report: DryRunReport, separator: String, into output: inout JSONBytes) {
        while var pending = followUps[contact], let next = pending.indices.min(by: { pending[$0].due < pending[$1].due }), pending[next].due <= until {
            let followUp = pending.remove(at: next)
            followUps[contact] = pending.isEmpty ? nil : pending
            let decision = program.fireFollowUp(followUp.name, scheduledBy: followUp.message, state: states.removeValue(forKey: contact) ?? ContactState(), now: followUp.due)
            states[contact] = decision.state
            let fired = !decision.firedRules.isEmpty
            let reasons = decision.trace.rules.flatMap(\.reasons) + decision.trace.notes
            schedule(decision.actions, by: followUp.message, contact: contact)
            if fired { expectedFollowUps[followUp.message.id]?.remove(followUp.name) }
            record(FollowUpResult(followUp: followUp, outcome: fired ? .fired : .skipped, at: followUp.due, decision: decision, reasons: reasons), report: report, separator: separator, into: &output)
        }
    }

    /// After a message's decision: its customer's message cancels the contact's follow-ups not declared
    /// `keep`, then those it scheduled are added (each replacing a pending one of its name).
    func followUps(after message: Message, decision: Decision, report: DryRunReport, separator: String, into output: inout JSONBytes) {
        let contact = message.contactKey
        if message.isEvaluated, let pending = followUps[contact] {
            let (kept, cancelled) = (pending.filter(\.keep), pending.filter { !$0.keep })
            followUps[contact] = kept.isEmpty ? nil : kept
            for followUp in cancelled {
                // After the message's own output: the separator goes first.
                output.raw(separator)
                record(
                    FollowUpResult(followUp: followUp, outcome: .cancelled, at: message.at, decision: nil, reasons: ["the customer wrote before it was due"]),
                    report: report, separator: "", into: &output)
            }
        }
        schedule(decision.actions, by: message, contact: contact)
    }

    private func schedule(_ actions: [DecidedAction], by message: Message, contact: ContactKey) {
        for case .followUp(let name, let due, let keep, _) in actions {
            var pending = followUps[contact] ?? []
            pending.removeAll { $0.name == name }
            pending.append(PendingFollowUp(name: name, due: due, keep: keep, message: message))
            followUps[contact] = pending
        }
    }

    private func record(_ result: FollowUpResult, report: DryRunReport, separator: String, into output: inout JSONBytes) {
        summary.followUps[result.outcome.rawValue, default: 0] += 1
        output.raw(report.render(result))
        output.raw(separator)
    }

    /// The contacts' follow-ups still pending and due by `until`, one piece per firing, earliest first
    /// (a firing may schedule more): what falls due after the chats' last message.
    func playRemaining(until: Date, program: RuleProgram, report: DryRunReport, separator: String) -> [(due: Date, contact: String, output: [UInt8])] {
        var pieces: [(due: Date, contact: String, output: [UInt8])] = []
        while let (contact, due) = followUps.compactMap({ contact, pending in pending.map(\.due).min().map { (contact, $0) } })
            .min(by: { ($0.1, $0.0.description) < ($1.1, $1.0.description) }), due <= until
        {
            var output = JSONBytes()
            playFollowUps(of: contact, until: due, program: program, report: report, separator: separator, into: &output)
            pieces.append((due, contact.description, output.bytes))
        }
        return pieces
    }

    /// The follow-ups expectations named that never fired, one sentence each with the line that named them.
    func unmetFollowUpExpectations() -> [String] {
        expectedFollowUps.sorted { $0.key < $1.key }.flatMap { id, names in
            names.sorted().map { "\(expectationOrigins[id] ?? id): expected follow-up \"\($0)\" to fire, but it did not" }
        }
    }
}

extension DryRunReport {
    /// A follow-up's firing, skipping or cancellation: text for people, a JSON line for programs.
    func render(_ result: FollowUpResult) -> String {
        let followUp = result.followUp
        let message = followUp.message
        switch format {
        case .json:
            var object = JSONObjectWriter()
            var bytes = JSONBytes()
            bytes.raw("[")
            for (index, action) in (result.decision?.actions ?? []).enumerated() {
                if index > 0 { bytes.raw(",") }
                bytes.action(action)
            }
            bytes.raw("]")
            object.addRaw("actions", String(decoding: bytes.bytes, as: UTF8.self))
            object.add("at", Timestamps.formatISO8601(result.at))
            object.add("contact", message.contactKey.description)
            object.add("name", followUp.name)
            object.add("outcome", result.outcome.rawValue)
            object.addRaw("reasons", Self.strings(result.reasons))
            object.add("scheduled_by", message.id)
            return #"{"followup":"# + object.finish() + "}\n"
        case .text:
            let who = [message.name, message.username.map { "@" + $0 }].compactMap(\.self).joined(separator: " ")
            let contact = who.isEmpty ? message.contact : "\(who) (\(message.contact))"
            var lines = ["[\(Timestamps.formatISO8601(result.at))] \(message.channel.rawValue) · \(contact) · follow-up \"\(followUp.name)\" (scheduled by \(message.id))"]
            switch result.outcome {
            case .cancelled: lines.append("  cancelled: " + result.reasons.joined(separator: "; "))
            case .skipped:
                lines.append("  skipped: its condition did not hold" + (result.reasons.isEmpty ? "" : " (" + result.reasons.joined(separator: "; ") + ")"))
            case .fired:
                lines.append("  fired")
                for action in result.decision?.actions ?? [] {
                    switch action {
                    case .reply(let reply):
                        lines.append("  reply" + (reply.template.map { " (\($0))" } ?? "") + ": " + reply.text)
                    case .tag(let tag, _): lines.append("  tag \"\(tag)\"")
                    case .untag(let tag, _): lines.append("  untag \"\(tag)\"")
                    case .forward(let endpoint, _): lines.append("  forward to \(endpoint)")
                    case .pause(let until, _): lines.append("  pause until \(Timestamps.formatISO8601(until))")
                    case .followUp(let name, let due, _, _): lines.append("  follow up \"\(name)\" due \(Timestamps.formatISO8601(due))")
                    case .publicReply: break
                    }
                }
                let held = result.reasons.filter { $0.contains("not sent") || $0.contains("instead of") }
                lines += held.map { "  (\($0))" }
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
