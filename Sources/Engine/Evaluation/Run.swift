import Foundation
import RulesDSL

/// The state of one message's evaluation as rules fire in order: the contact's state, the actions so far,
/// whether a reply went out, whether a rule stopped, and the trace.
struct Run {
    var state: ContactState
    let tracing: TraceLevel
    var actions: [DecidedAction] = []
    var fired: [String] = []
    var ruleTraces: [RuleTrace] = []
    var notes: [String] = []
    /// The rules whose replies go out for this message, in order (at most `replies_per_message`).
    var replyingRules: [String] = []
    /// The rule whose answer goes under the comment (one per comment).
    var publicReplyRule: String?
    var stoppedBy: String?
    /// The language the message is read in: which text of a template it gets.
    let language: Language?
    /// The last held-back reply's explanation: the rules of one message are mostly held back for one
    /// reason (the contact is paused, the window closed), which is worded once.
    private var lastBlock: (block: ReplyBlock, explanation: String)?

    init(state: ContactState, tracing: TraceLevel, language: Language?) {
        self.state = state
        self.tracing = tracing
        self.language = language
    }

    /// The decision this run came to, built from its own parts, which it hands over: each is swapped out
    /// for an empty value rather than copied (a copy of the state retained its tags, cooldowns and
    /// strings, to be released with the run a moment later).
    mutating func takeDecision(trace: Trace) -> Decision {
        var decision = Decision(evaluated: true, actions: [], state: ContactState(), trace: trace, firedRules: [])
        swap(&decision.state, &state)
        swap(&decision.actions, &actions)
        swap(&decision.firedRules, &fired)
        swap(&decision.trace.rules, &ruleTraces)
        if !notes.isEmpty { decision.trace.notes += notes }
        return decision
    }

    /// Records a rule that did not fire, in a full trace; the reason is only worked out for one.
    mutating func skip(_ rule: CompiledRule, _ reason: @autoclosure () -> String) {
        guard tracing == .full else { return }
        skip(rule, [reason()])
    }

    mutating func skip(_ rule: CompiledRule, _ reasons: [String]) {
        guard tracing == .full else { return }
        ruleTraces.append(RuleTrace(rule: rule.name, fired: false, reasons: reasons.removingRepeats()))
    }

    /// A held-back reply's explanation, worded once per reason in a message.
    private mutating func explain(_ block: ReplyBlock) -> String {
        if let lastBlock, lastBlock.block == block { return lastBlock.explanation }
        let explanation = block.explanation
        lastBlock = (block, explanation)
        return explanation
    }

    /// Carries out a firing rule's actions on the state, in the order written.
    mutating func fire(_ rule: CompiledRule, reasons: consuming [String], program: RuleProgram, message: Message, now: Date) {
        if fired.isEmpty {
            // Most messages that fire a rule fire a few, each with a few actions: one allocation each,
            // rather than one per doubling.
            fired.reserveCapacity(4)
            actions.reserveCapacity(4)
        }
        fired.append(rule.name)
        // A cooldown starts only when the rule was heard: a rule whose reply was held back (another rule
        // answered, the contact is paused, the cap or the closed window) can answer the next message.
        var hasReply = false
        var replied = false
        for action in rule.actions {
            switch action {
            case .reply(let template, let texts):
                hasReply = true
                if let blocked = replyBlocked(by: rule.name, now: now, options: program.ruleSet.options, replyWindow: program.replyWindow, message: message) {
                    if tracing != .none { reasons.append("reply \(template ?? "text") not sent: \(explain(blocked))") }
                    continue
                }
                let choices = texts.choices(for: language)
                guard var reply = render(texts, template: template, rule: rule, program: program, message: message, choices: choices, reasons: &reasons)
                else { continue }
                reply.choices = choices
                actions.append(.reply(reply))
                state.recentReplies.append(now)
                replyingRules.append(rule.name)
                replied = true
            case .approvedTemplate(let name, let declaration):
                hasReply = true
                // An approved template is what WhatsApp takes once the window has closed: the window does not hold it back.
                if let blocked = replyBlocked(by: rule.name, now: now, options: program.ruleSet.options, replyWindow: program.replyWindow, message: message, window: false) {
                    if tracing != .none { reasons.append("reply \(name) not sent: \(explain(blocked))") }
                    continue
                }
                actions.append(.reply(approved(name, declaration, rule: rule, program: program, message: message)))
                state.recentReplies.append(now)
                replyingRules.append(rule.name)
                replied = true
            case .replyElse(let template, let texts, let fallbackName, let fallback):
                hasReply = true
                let blocked = replyBlocked(by: rule.name, now: now, options: program.ruleSet.options, replyWindow: program.replyWindow, message: message)
                if case .windowClosed = blocked, message.channel == .whatsapp {
                    // The window has closed: the approved template instead.
                    if tracing != .none { reasons.append("the window has closed: the approved template \(fallbackName) instead of \(template)") }
                    actions.append(.reply(approved(fallbackName, fallback, rule: rule, program: program, message: message)))
                } else if let blocked {
                    if tracing != .none { reasons.append("reply \(template) not sent: \(explain(blocked))") }
                    continue
                } else {
                    let choices = texts.choices(for: language)
                    guard var reply = render(texts, template: template, rule: rule, program: program, message: message, choices: choices, reasons: &reasons)
                    else { continue }
                    reply.choices = choices
                    if message.channel == .whatsapp {
                        reply.fallback = approved(fallbackName, fallback, rule: rule, program: program, message: message).whatsappTemplate
                    }
                    actions.append(.reply(reply))
                }
                state.recentReplies.append(now)
                replyingRules.append(rule.name)
                replied = true
            case .publicReply(let template, let texts):
                hasReply = true
                if let blocked = publicReplyBlocked(now: now, message: message) {
                    if tracing != .none { reasons.append("public reply \(template ?? "text") not sent: \(explain(blocked))") }
                    continue
                }
                guard let reply = render(texts, template: template, rule: rule, program: program, message: message, choices: nil, reasons: &reasons)
                else { continue }
                actions.append(.publicReply(reply))
                publicReplyRule = rule.name
                replied = true
            case .tag(let tag):
                state.tags.insert(tag)
                actions.append(.tag(tag.name, rule: rule.name))
            case .untag(let tag):
                state.tags.remove(tag)
                actions.append(.untag(tag.name, rule: rule.name))
            case .forward(let endpoint):
                actions.append(.forward(endpoint: endpoint, rule: rule.name))
            case .pause(let duration):
                let until = now.addingTimeInterval(duration)
                state.pausedUntil = max(state.pausedUntil ?? until, until)
                actions.append(.pause(until: until, rule: rule.name))
            case .stop:
                stoppedBy = rule.name
            case .followUp(let name):
                guard let followUp = program.followUps[name] else { continue }
                // From the message that schedules it (serve may evaluate it a moment after it was sent).
                let due = followUp.due(scheduledAt: min(message.at, now), lastInbound: state.lastInboundAt)
                guard due > now else {
                    if tracing != .none { reasons.append("follow-up \"\(name)\" not scheduled: the customer's window closes sooner than that") }
                    continue
                }
                actions.append(.followUp(name: name, due: due, keep: followUp.keep, rule: rule.name))
            }
        }
        if let cooldown = rule.cooldown {
            if !hasReply || replied {
                state.cooldowns[rule.nameKey] = now.addingTimeInterval(cooldown)
            } else if tracing != .none {
                reasons.append("cooldown not started: its reply was not sent")
            }
        }
        if tracing != .none {
            ruleTraces.append(RuleTrace(rule: rule.name, fired: true, reasons: reasons.removingRepeats()))
        }
    }

    /// The text of a reply for this message: its language's variant, rendered, cut to what the channel
    /// takes (less with some buttons: a WhatsApp message with reply buttons takes 1,024 characters).
    private func render(
        _ texts: ReplyTexts, template: String?, rule: CompiledRule, program: RuleProgram, message: Message, choices: ReplyChoices?,
        reasons: inout [String]
    ) -> DecidedAction.Reply? {
        let (variants, written) = texts.variants(for: language)
        guard !variants.isEmpty else { return nil }
        let variant = variants[TemplateRenderer.variantIndex(count: variants.count, messageID: message.id)]
        // Hours are written in the language of the text they go into.
        let textLanguage = written ?? program.ruleSet.options.language
        let rendered = TemplateRenderer.render(variant) { program.variable($0, message: message, state: state, textLanguage: textLanguage) }
        let limit = choices?.textLimit(on: message.channel) ?? TemplateRenderer.limit(for: message.channel)
        let (text, truncated) = TemplateRenderer.truncate(rendered, limit: limit)
        if truncated {
            let what = choices == nil ? "" : " with these buttons"
            reasons.append("reply cut from \(rendered.count) to \(limit) characters, the \(message.channel.rawValue) limit\(what)")
        }
        return DecidedAction.Reply(text: text, template: template, rule: rule.name, truncated: truncated)
    }

    /// An approved WhatsApp template as a reply: its parameters filled in for this contact.
    private func approved(_ name: String, _ declaration: WhatsAppTemplateDeclaration, rule: CompiledRule, program: RuleProgram, message: Message) -> DecidedAction.Reply {
        let textLanguage = Language(code: String(declaration.language.value.prefix(2))) ?? program.ruleSet.options.language
        let template = WhatsAppTemplateMessage(declaration) { program.variable($0, message: message, state: state, textLanguage: textLanguage) }
        return DecidedAction.Reply(text: template.readable, template: name, rule: rule.name, truncated: false, whatsappTemplate: template)
    }

    /// Why an answer under the comment cannot be sent now, if it cannot: none under a live comment, one per
    /// comment, none while paused.
    private func publicReplyBlocked(now: Date, message: Message) -> ReplyBlock? {
        if message.kind == .liveComment { return .liveComment }
        if let rule = publicReplyRule { return .alreadyAnsweredPublicly(by: rule) }
        if let until = state.pausedUntil, until > now { return .paused(until: until) }
        return nil
    }

    /// Why a reply of `rule` cannot be sent now, if it cannot.
    private func replyBlocked(
        by rule: String, now: Date, options: RuleSetOptions, replyWindow: TimeInterval?, message: Message, window: Bool = true
    ) -> ReplyBlock? {
        if let first = replyingRules.first {
            if replyingRules.contains(rule) { return .alreadyReplied(by: rule) }
            // Meta takes one private reply per comment.
            if message.kind.isComment { return .onePrivateReply(by: first) }
            if replyingRules.count >= options.repliesPerMessage {
                return options.repliesPerMessage == 1 ? .alreadyReplied(by: first) : .perMessageLimit(options.repliesPerMessage)
            }
        }
        if let until = state.pausedUntil, until > now { return .paused(until: until) }
        if let cap = options.maxReplies, let window = replyWindow {
            let horizon = now.addingTimeInterval(-window)
            if state.recentReplies.count(where: { $0 > horizon }) >= cap.count {
                return .capReached(count: cap.count, window: cap.window)
            }
        }
        // A private reply to a comment is not held to the window of direct messages (Meta gives it 7 days).
        if window, !message.kind.isComment, let last = state.lastInboundAt, now.timeIntervalSince(last) > MessagingWindow.seconds {
            return .windowClosed(since: last.addingTimeInterval(MessagingWindow.seconds))
        }
        return nil
    }
}

/// Why a reply was held back.
enum ReplyBlock: Equatable {
    case alreadyReplied(by: String)
    case perMessageLimit(Int)
    case paused(until: Date)
    case capReached(count: Int, window: Duration)
    case windowClosed(since: Date)
    case onePrivateReply(by: String)
    case alreadyAnsweredPublicly(by: String)
    case liveComment

    var explanation: String {
        switch self {
        case .alreadyReplied(let rule): "rule \"\(rule)\" already replied to this message"
        case .perMessageLimit(let count): "this message already has its \(count) replies (option replies_per_message)"
        case .paused(let until): "automatic replies to this contact are paused until \(Timestamps.formatISO8601(until))"
        case .capReached(let count, let window): "max_replies reached (\(count) per \(Int(window.timeInterval))s)"
        case .onePrivateReply(let rule): "rule \"\(rule)\" already answers this comment privately, and Meta allows one private reply per comment"
        case .alreadyAnsweredPublicly(let rule): "rule \"\(rule)\" already answers under this comment"
        case .liveComment: "Instagram allows no answer under a live comment; 'reply' answers it privately"
        case .windowClosed(let since):
            "the customer's 24-hour messaging window closed at \(Timestamps.formatISO8601(since)); the platforms refuse replies after it"
        }
    }
}

extension RuleProgram {
    /// The value of a template variable for a message and contact, hours written in `textLanguage`.
    func variable(_ name: String, message: Message, state: ContactState, textLanguage: Language) -> String? {
        switch name {
        case "contact.language": state.language?.rawValue
        case "contact.name": state.name ?? message.name
        case "contact.first_name": FirstName.of(state.name ?? message.name)
        case "contact.username": state.username ?? message.username
        case "contact.id": message.contact
        case "contact.email": state.email
        case "contact.phone": state.phone ?? (message.channel == .whatsapp && message.contact.allSatisfy(\.isNumber) ? "+" + message.contact : nil)
        case "message.text": message.text
        case "channel": message.channel.rawValue
        default: ruleSet.values[name] ?? hoursVariable(name, at: message.at, wording: .of(textLanguage))
        }
    }

    /// `{{hours.NAME}}` (the block, readable) and `{{hours.NAME.next}}` (when it next opens after `date`).
    private func hoursVariable(_ name: String, at date: Date, wording: HoursWording) -> String? {
        guard name.hasPrefix("hours.") else { return nil }
        let rest = name.dropFirst("hours.".count)
        if rest.hasSuffix(".next"), let hours = ruleSet.hours[String(rest.dropLast(".next".count))] {
            return hours.nextOpening(after: date, wording)
        }
        return ruleSet.hours[String(rest)]?.readable(wording)
    }
}

extension Array where Element == String {
    /// The reasons without repeats, first occurrence kept (an `or` of two kind tests states the kind twice).
    func removingRepeats() -> [String] {
        guard count > 1 else { return self }
        var kept: [String] = []
        for reason in self where !kept.contains(reason) { kept.append(reason) }
        return kept
    }
}
