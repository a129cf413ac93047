import RulesDSL

// Warnings for rules that can never fire, and rules that never run because an earlier one always stops.

extension CheckerPass {
    mutating func checkReachability(_ ordered: [CheckedRuleSet.CheckedRule]) {
        var stopper: CheckedRuleSet.CheckedRule?
        for checked in ordered {
            let rule = checked.rule
            if let stopper, stopper.rule.audience == nil && !rule.seesComments || stopper.rule.audience?.name == rule.audience?.name {
                report(
                    .ruleShadowed(by: stopper.name), checked.file, rule.keywordRange.union(rule.name.range),
                    notes: [DiagnosticNote(text: "the rule that stops is here", file: stopper.file, range: stopper.rule.name.range)])
                continue
            }
            if let reason = Reachability.impossibility(of: rule.condition, channel: rule.audience?.name) {
                report(.ruleNeverFires(reason), checked.file, rule.condition.range)
                continue
            }
            let stops = rule.actions.contains { if case .stop = $0.kind { true } else { false } }
            if stops, rule.cooldown == nil, Reachability.isAlwaysTrue(rule.condition) {
                stopper = checked
            }
        }
    }
}

/// A small analysis of conditions: which can never hold, which always hold.
enum Reachability {
    static func isAlwaysTrue(_ condition: Condition) -> Bool {
        switch condition.kind {
        case .always: true
        case .group(let inner): isAlwaysTrue(inner)
        case .and(let terms): terms.allSatisfy(isAlwaysTrue)
        case .or(let terms): terms.contains(where: isAlwaysTrue)
        default: false
        }
    }

    /// Why the condition can never hold (for a rule limited to `channel`), or nil when it can.
    static func impossibility(of condition: Condition, channel: String?) -> String? {
        switch condition.kind {
        case .group(let inner):
            return impossibility(of: inner, channel: channel)
        case .or(let terms):
            let reasons = terms.map { impossibility(of: $0, channel: channel) }
            return reasons.allSatisfy { $0 != nil } ? reasons.compactMap(\.self).joined(separator: "; ") : nil
        default:
            return contradiction(in: conjuncts(of: condition), channel: channel)
        }
    }

    /// The terms of a conjunction, with groups opened.
    private static func conjuncts(of condition: Condition) -> [Condition] {
        switch condition.kind {
        case .group(let inner): conjuncts(of: inner)
        case .and(let terms): terms.flatMap(conjuncts)
        default: [condition]
        }
    }

    private static func contradiction(in terms: [Condition], channel ruleChannel: String?) -> String? {
        var channels = Set<String>()
        // Comments come from Instagram.
        if let ruleChannel { channels.insert(ruleChannel == "comments" ? "instagram" : ruleChannel) }
        var kinds = Set<String>()
        var languages = Set<String>()
        var positive = Set<String>()
        var negative = Set<String>()
        var minMessages = 1
        var maxMessages = Int.max
        var firstContact = false
        var sentimentLow = -1.0, sentimentHigh = 1.0
        var lowOpen = false, highOpen = false

        for term in terms {
            switch term.kind {
            case .not(let inner):
                if Reachability.isAlwaysTrue(inner) { return "'not true' never holds" }
                negative.insert(ASTDump.dump(inner))
                continue
            case .or:
                if let reason = impossibility(of: term, channel: ruleChannel) { return reason }
            case .channelIs(let name): channels.insert(name.name)
            case .kindIs(let name): kinds.insert(name.name)
            case .languageIs(let code): languages.insert(code.name.lowercased())
            case .payloadIs: kinds.insert("postback")
            case .firstContact: firstContact = true
            case .contactMessages(let comparison, let count):
                switch comparison {
                case .greater: minMessages = max(minMessages, count.value + 1)
                case .greaterOrEqual: minMessages = max(minMessages, count.value)
                case .less: maxMessages = min(maxMessages, count.value - 1)
                case .lessOrEqual: maxMessages = min(maxMessages, count.value)
                }
            case .sentiment(let comparison, let threshold):
                switch comparison {
                case .greater where threshold.value >= sentimentLow: (sentimentLow, lowOpen) = (threshold.value, true)
                case .greaterOrEqual where threshold.value > sentimentLow: (sentimentLow, lowOpen) = (threshold.value, false)
                case .less where threshold.value <= sentimentHigh: (sentimentHigh, highOpen) = (threshold.value, true)
                case .lessOrEqual where threshold.value < sentimentHigh: (sentimentHigh, highOpen) = (threshold.value, false)
                default: break
                }
            default: break
            }
            positive.insert(ASTDump.dump(term))
        }
        if channels.count > 1 { return "a message comes from one channel, not \(channels.sorted().joined(separator: " and "))" }
        let commentKinds: Set = ["comment", "live_comment"]
        if ruleChannel == "comments", let other = kinds.subtracting(commentKinds).sorted().first {
            return "a rule 'on comments' sees only comments, never a \(other) message"
        }
        if ruleChannel != "comments", !kinds.isDisjoint(with: commentKinds) {
            return "only rules that say 'on comments' see comments; write 'on comments'" + (ruleChannel.map { " instead of 'on \($0)'" } ?? " after the rule's name")
        }
        if kinds.count > 1 { return "a message has one kind, not \(kinds.sorted().joined(separator: " and "))" }
        if languages.count > 1 { return "a message is read in one language, not \(languages.sorted().joined(separator: " and "))" }
        if let both = positive.intersection(negative).first { return "it requires both \(both) and its opposite" }
        if firstContact { maxMessages = min(maxMessages, 1) }
        if minMessages > maxMessages {
            return firstContact ? "a first contact has sent exactly one message" : "no message count satisfies it"
        }
        if sentimentLow > sentimentHigh || (sentimentLow == sentimentHigh && (lowOpen || highOpen)) {
            return "no sentiment score in -1 to 1 satisfies it"
        }
        if let outside = positive.first(where: { $0.hasPrefix("(outside ") }),
            positive.contains("(within " + outside.dropFirst("(outside ".count))
        {
            return "a message cannot be both within and outside the same hours"
        }
        return nil
    }
}
