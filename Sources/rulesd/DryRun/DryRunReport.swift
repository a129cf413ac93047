import Engine
import Foundation

/// Prints a replay as text for people or as JSON Lines for programs.
struct DryRunReport: Sendable {
    enum Format { case text, json }

    let format: Format
    let explain: Bool
    /// Rules whose verdict is shown on every message (`--explain-rule`).
    var explainRules: [String] = []
    /// The rule set's options: the text of a WhatsApp list's button.
    var options = RuleSetOptions()

    // MARK: Per message

    func render(_ result: ReplayResult) -> String {
        switch format {
        case .text: text(result)
        case .json: json(result)
        }
    }

    private func text(_ result: ReplayResult) -> String {
        let message = result.recorded.message
        var lines: [String] = []
        let who = [message.name, message.username.map { "@" + $0 }].compactMap(\.self).joined(separator: " ")
        let contact = who.isEmpty ? message.contact : "\(who) (\(message.contact))"
        let sender = message.kind.isComment && message.from == .business ? "your own comment"
            : message.from == .business ? "seller → \(contact)" : contact
        lines.append("[\(Timestamps.formatISO8601(message.at))] \(message.channel.rawValue) · \(sender) · \(message.kind.rawValue)")
        if let text = message.text, !text.isEmpty { lines.append("  > " + text.replacingOccurrences(of: "\n", with: "\n    ")) }
        if let payload = message.payload { lines.append("  payload: \(payload)") }
        if let post = message.postID {
            let answering = message.inReplyTo.map { ", answering comment \($0)" } ?? ""
            lines.append("  on post \(post)" + (message.surface.map { " (\($0))" } ?? "") + answering)
        }
        guard let decision = result.decision else {
            lines.append("  duplicate delivery of \(message.id): already handled, not evaluated again")
            return lines.joined(separator: "\n") + "\n"
        }
        if let language = decision.language { lines[0] += " · \(language.rawValue)" }
        if !decision.evaluated {
            lines += decision.trace.notes.map { "  (\($0))" }
        } else if decision.firedRules.isEmpty {
            lines.append("  no rule fired")
        } else {
            lines.append("  fired: " + decision.firedRules.joined(separator: ", "))
        }
        for action in decision.actions {
            switch action {
            case .reply(let reply), .publicReply(let reply):
                let kind = if case .publicReply = action { "public reply" } else if message.kind.isComment { "private reply" } else { "reply" }
                let label = reply.template.map { "\(kind) (\($0))" } ?? kind
                lines.append("  \(label): " + reply.text.replacingOccurrences(of: "\n", with: "\n    ") + (reply.truncated ? " [cut to the channel's limit]" : ""))
                if let fallback = reply.fallback {
                    lines.append("    once the customer's 24-hour window has closed, instead: \(fallback.readable)")
                }
                if let choices = reply.choices {
                    let listButton = options.listButton(for: decision.language)
                    lines += ChoicesDescription.lines(choices, channel: message.channel, listButton: listButton).map { "    " + $0 }
                    if message.kind.isComment, case .buttons = choices {
                        lines.append("    (hidden when the commenter does not follow you: the message then waits in their message requests)")
                    }
                }
            case .tag(let tag, _): lines.append("  tag \"\(tag)\"")
            case .untag(let tag, _): lines.append("  untag \"\(tag)\"")
            case .forward(let endpoint, _): lines.append("  forward to \(endpoint)")
            case .pause(let until, _): lines.append("  pause until \(Timestamps.formatISO8601(until))")
            case .followUp(let name, let due, let keep, _):
                lines.append("  follow up \"\(name)\" due \(Timestamps.formatISO8601(due))" + (keep ? " (kept if the customer writes first)" : ""))
            }
        }
        if decision.evaluated {
            for rule in explainRules {
                guard let trace = decision.trace.rules.first(where: { $0.rule == rule }) else { continue }
                let verdict = trace.fired ? "fired" : "did not fire"
                lines.append("  why \"\(rule)\" \(verdict): " + (trace.reasons.isEmpty ? "its condition held" : trace.reasons.joined(separator: "; ")))
            }
        }
        if explain, decision.evaluated {
            lines.append("  trace:")
            for entry in decision.trace.rules {
                let mark = entry.fired ? "✓" : "·"
                lines.append("    \(mark) \(entry.rule): " + entry.reasons.joined(separator: "; "))
            }
            lines += decision.trace.notes.map { "    note: \($0)" }
        }
        lines += result.failures.map { "  ✗ \($0)" }
        if result.recorded.expectation != nil, result.failures.isEmpty { lines.append("  ✓ expectations met") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func line(_ object: [String: Any]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    // MARK: Summary

    func render(_ summary: ReplaySummary) -> String {
        switch format {
        case .json:
            let data = (try? JSONEncoder().encode(summary)) ?? Data()
            let object = (try? JSONSerialization.jsonObject(with: data)) ?? [:]
            return Self.line(["summary": object])
        case .text:
            var lines = ["", "summary:"]
            lines.append("  \(summary.messages) messages (\(summary.evaluated) evaluated, \(summary.duplicates) duplicate deliveries) from \(summary.contacts) \(summary.contacts == 1 ? "contact" : "contacts")")
            let publicAnswers = summary.publicReplies > 0 ? " (\(summary.publicReplies) of them answers under comments)" : ""
            lines.append("  \(summary.replies) replies\(publicAnswers), \(summary.tags) tags, \(summary.forwards) forwards")
            if !summary.firesPerRule.isEmpty {
                lines.append("  fires per rule:")
                let width = summary.firesPerRule.keys.map(\.count).max() ?? 0
                for (rule, count) in summary.firesPerRule.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
                    lines.append("    " + rule.padding(toLength: width, withPad: " ", startingAt: 0) + "  \(count)")
                }
            }
            if summary.heldInBursts > 0 {
                lines.append("  \(summary.heldInBursts) texts held in bursts and answered with the ones after them (option debounce)")
            }
            if !summary.followUps.isEmpty {
                let counts = ["fired", "skipped", "cancelled"].compactMap { outcome in summary.followUps[outcome].map { "\($0) \(outcome)" } }
                lines.append("  follow-ups: " + counts.joined(separator: ", "))
            }
            lines.append("  never fired: " + (summary.neverFired.isEmpty ? "none" : summary.neverFired.joined(separator: ", ")))
            for rule in explainRules {
                let counts = (summary.explained[rule] ?? [:]).sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                let shown = counts.map { "\($0.key): \($0.value.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US"))))" }
                lines.append("  rule \"\(rule)\": " + (shown.isEmpty ? "no message evaluated" : shown.joined(separator: ", ")))
            }
            if summary.malformed > 0 { lines.append("  skipped \(summary.malformed) malformed lines or items (see above)") }
            if summary.brokenExpectations > 0 {
                lines.append("  \(summary.brokenExpectations) expectations could not be checked (see above): fix them, the run fails until then")
            }
            if summary.expectationsChecked > 0 {
                lines.append(summary.expectationsFailed == 0
                    ? "  expectations: all \(summary.expectationsChecked) met"
                    : "  expectations: \(summary.expectationsFailed) of \(summary.expectationsChecked) FAILED")
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
