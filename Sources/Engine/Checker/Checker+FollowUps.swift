import Foundation
import RulesDSL

// Follow-ups: their timing, their conditions and actions as a rule's, and cycles that never end.

extension CheckerPass {
    mutating func checkFollowUps() {
        for (_, located) in followUps.sorted(by: { $0.key < $1.key }) {
            let followUp = located.declaration
            let file = located.file
            let duration = followUp.timing.duration
            if duration.seconds <= 0 {
                report(.nonPositiveDuration("a follow-up's delay"), file, duration.range)
            } else if case .beforeWindowCloses = followUp.timing, TimeInterval(duration.seconds) >= MessagingWindow.seconds {
                report(.followUpBeyondWindow(duration.text), file, duration.range)
            }
            checkCondition(followUp.condition, file: file)
            // A follow-up answers on the channel of the message that scheduled it: only WhatsApp when every
            // rule that schedules it (directly or through other follow-ups) is `on whatsapp`.
            var asRule = followUp.asRule
            if onlyOnWhatsApp(followUp.name.value) {
                asRule.audience = Identifier(name: "whatsapp", range: followUp.keywordRange)
            }
            checkActions(asRule, file: file)
            for action in followUp.actions {
                switch action.kind {
                case .replyPubliclyTemplate, .replyPubliclyTexts: report(.publicReplyInFollowUp, file, action.range)
                default: continue
                }
            }
        }
        reportEndlessCycles()
        reportNeverScheduled()
    }

    /// A follow-up no rule (nor follow-up) schedules never runs.
    private mutating func reportNeverScheduled() {
        var scheduled = Set<String>()
        for actions in rules.map(\.declaration.actions) + followUps.values.map(\.declaration.actions) {
            for case .followUp(let name) in actions.map(\.kind) { scheduled.insert(name.value) }
        }
        for (name, located) in followUps.sorted(by: { $0.key < $1.key }) where !scheduled.contains(name) {
            report(.followUpNeverScheduled(name), located.file, located.declaration.name.range)
        }
    }

    /// Whether every rule that schedules the follow-up, directly or through other follow-ups, says
    /// `on whatsapp` (and something schedules it).
    func onlyOnWhatsApp(_ name: String, visiting: Set<String> = []) -> Bool {
        func schedules(_ actions: [Action]) -> Bool {
            actions.contains { if case .followUp(let target) = $0.kind { target.value == name } else { false } }
        }
        let rulesScheduling = rules.map(\.declaration).filter { schedules($0.actions) }
        let followUpsScheduling = followUps.values.map(\.declaration).filter { schedules($0.actions) && !visiting.contains($0.name.value) }
        guard !rulesScheduling.isEmpty || !followUpsScheduling.isEmpty else { return false }
        return rulesScheduling.allSatisfy { $0.audience?.name == "whatsapp" }
            && followUpsScheduling.allSatisfy { onlyOnWhatsApp($0.name.value, visiting: visiting.union([name])) }
    }

    /// Follow-ups that schedule each other round a cycle, none with a condition: they would write to the
    /// customer for ever.
    private mutating func reportEndlessCycles() {
        var next: [String: [String]] = [:]
        for (name, located) in followUps where Reachability.isAlwaysTrue(located.declaration.condition) {
            next[name] = located.declaration.actions.compactMap { if case .followUp(let target) = $0.kind { target.value } else { nil } }
        }
        var reported = Set<String>()
        for start in next.keys.sorted() where !reported.contains(start) {
            // Walk from `start` along unconditional follow-ups; a return to `start` is a cycle.
            var path = [start]
            var seen: Set<String> = [start]
            func walk(_ name: String) -> [String]? {
                for target in next[name] ?? [] {
                    if target == start { return path }
                    guard next[target] != nil, seen.insert(target).inserted else { continue }
                    path.append(target)
                    if let cycle = walk(target) { return cycle }
                    path.removeLast()
                }
                return nil
            }
            guard let cycle = walk(start) else { continue }
            reported.formUnion(cycle)
            if let located = followUps[start] {
                report(.endlessFollowUps(cycle), located.file, located.declaration.name.range)
            }
        }
    }
}

extension DiagnosticMessage {
    static func unknownFollowUp(_ name: String, suggestion: String?) -> Self {
        make(
            .error,
            "no follow-up is called \"\(name)\"; declare it with followup \"\(name)\" after 2h when ... then ... end"
                + (suggestion.map { "; did you mean \"\($0)\"?" } ?? ""))
    }

    static func followUpNeverScheduled(_ name: String) -> Self {
        make(.warning, "no rule schedules follow-up \"\(name)\", so it never runs; add 'follow up \"\(name)\"' to the rule after which it should come")
    }

    static func followUpBeyondWindow(_ duration: String) -> Self {
        make(.error, "the customer's window lasts 24 hours, so 'before window closes \(duration)' would be before their message; use less than 24h, such as 1h")
    }

    static var publicReplyInFollowUp: Self {
        make(.error, "a follow-up writes in direct messages, never under a comment; use 'reply'")
    }

    static func endlessFollowUps(_ cycle: [String]) -> Self {
        guard cycle.count > 1 else {
            return make(.warning, "follow-up \"\(cycle[0])\" schedules itself with no condition, so it would write to the customer for ever; give it a condition")
        }
        let names = (cycle + [cycle[0]]).map { "\"\($0)\"" }.joined(separator: " → ")
        return make(
            .warning,
            "follow-ups \(names) schedule each other with no condition, so they would write to the customer for ever; give one of them a condition")
    }
}
