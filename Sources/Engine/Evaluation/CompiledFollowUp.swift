import Foundation
import RulesDSL

/// A follow-up ready to schedule and fire: its condition and actions as a rule's, when it is due, and
/// whether the customer's next message cancels it.
struct CompiledFollowUp: Sendable {
    enum Timing: Sendable {
        /// Seconds after the message that scheduled it.
        case after(TimeInterval)
        /// Seconds before the customer's 24-hour window closes.
        case beforeWindowCloses(TimeInterval)
    }

    let rule: CompiledRule
    let timing: Timing
    let keep: Bool

    /// When it is due, scheduled at `now` for a contact whose last direct message was at `lastInbound`.
    func due(scheduledAt now: Date, lastInbound: Date?) -> Date {
        switch timing {
        case .after(let seconds): now.addingTimeInterval(seconds)
        case .beforeWindowCloses(let seconds): (lastInbound ?? now).addingTimeInterval(MessagingWindow.seconds - seconds)
        }
    }
}

extension RuleProgram {
    /// Compiles the rule set's follow-ups, adding their keywords to the index.
    static func compileFollowUps(_ ruleSet: CheckedRuleSet, index: inout KeywordIndex) -> [String: CompiledFollowUp] {
        var compiled: [String: CompiledFollowUp] = [:]
        for (name, checked) in ruleSet.followUps {
            let declaration = checked.declaration
            let condition = compile(declaration.condition, in: checked.file, ruleSet: ruleSet, index: &index)
            let rule = CompiledRule(
                name: name, channel: nil, cooldown: nil, condition: condition, actions: declaration.actions.map { compile($0, ruleSet: ruleSet) },
                keywordGuard: nil)
            let seconds = TimeInterval(declaration.timing.duration.seconds)
            let timing: CompiledFollowUp.Timing = switch declaration.timing {
            case .after: .after(seconds)
            case .beforeWindowCloses: .beforeWindowCloses(seconds)
            }
            compiled[name] = CompiledFollowUp(rule: rule, timing: timing, keep: declaration.keep)
        }
        return compiled
    }

    /// Fires a follow-up that has come due: its condition is checked now, on the contact as it is now
    /// (tags, pause, replies, hours at `now`), while `message ...` conditions look at `message`, the one
    /// that scheduled it; its actions run as a rule's, held back as any reply is (a pause, the cap, the
    /// closed window: `reply A else T` then sends the approved template).
    /// - Returns: the decision; `firedRules` is empty when the condition did not hold, with why in the
    ///   trace (its reasons are kept even untraced: they say why a follow-up did nothing).
    public func fireFollowUp(_ name: String, scheduledBy message: Message, state: consuming ContactState, now: Date) -> Decision {
        state.prune(now: now, replyWindow: replyWindow)
        var trace = Trace()
        guard let followUp = followUps[name] else {
            trace.notes.append("the rules no longer have a follow-up called \"\(name)\"")
            return Decision(evaluated: false, actions: [], state: state, trace: trace, firedRules: [])
        }
        if let since = state.standbySince {
            trace.rules.append(RuleTrace(
                rule: name, fired: false,
                reasons: ["another app has owned the conversation since \(Timestamps.formatISO8601(since)) (standby): rulesd does not write"]))
            return Decision(evaluated: true, actions: [], state: state, trace: trace, firedRules: [])
        }
        var then = message
        then.at = now
        let normalized = NormalizedText(message.text ?? "")
        var context = EvaluationContext(
            message: then, now: now, isFirstContact: false, messageCount: state.messageCount, normalized: normalized,
            matches: MatchSet(firstOf: index.matches(in: normalized)), language: state.language, languageIsTheContacts: nil,
            scoresSentiment: true)
        var reasons: [String]? = []
        let holds = holds(followUp.rule.condition, &context, tags: state.tags, reasons: &reasons)
        var run = Run(state: consume state, tracing: .fired, language: context.language)
        if holds { run.fire(followUp.rule, reasons: reasons ?? [], program: self, message: then, now: now) }
        var decision = run.takeDecision(trace: trace)
        if !holds { decision.trace.rules.append(RuleTrace(rule: name, fired: false, reasons: (reasons ?? []).removingRepeats())) }
        decision.evaluated = true
        return decision
    }
}
