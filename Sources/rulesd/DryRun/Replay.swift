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

/// Counts kept over a replay for its closing summary.
struct ReplaySummary: Sendable, Encodable {
    var messages = 0
    var evaluated = 0
    var duplicates = 0
    var contacts = 0
    /// Replies of every kind, the answers under comments included.
    var replies = 0
    /// Of them, the answers under comments (`reply publicly`).
    var publicReplies = 0
    /// Follow-ups by what happened: fired, skipped, cancelled.
    var followUps: [String: Int] = [:]
    /// Texts held in a burst and answered with the ones after them (`option debounce`).
    var heldInBursts = 0
    var tags = 0
    var forwards = 0
    var firesPerRule: [String: Int] = [:]
    var neverFired: [String] = []
    var expectationsChecked = 0
    var expectationsFailed = 0
    var malformed = 0
    /// Expectations that could not be checked (an unknown key, a rule or template the set does not have).
    var brokenExpectations = 0
    /// For each rule of `--explain-rule`, how often each verdict came: "fired", "cooldown running", "no
    /// keyword"...
    var explained: [String: [String: Int]] = [:]

    enum CodingKeys: String, CodingKey {
        case messages, evaluated, duplicates, contacts, replies, tags, forwards
        case publicReplies = "public_replies"
        case followUps = "followups"
        case heldInBursts = "held_in_bursts"
        case firesPerRule = "fires_per_rule"
        case neverFired = "never_fired"
        case expectationsChecked = "expectations_checked"
        case expectationsFailed = "expectations_failed"
        case malformed
        case brokenExpectations = "broken_expectations"
        case explained
    }

    mutating func add(_ result: ReplayResult, explaining rules: [String] = []) {
        messages += 1
        guard let decision = result.decision else {
            duplicates += 1
            return
        }
        if decision.evaluated {
            for rule in rules {
                guard let trace = decision.trace.rules.first(where: { $0.rule == rule }) else { continue }
                explained[rule, default: [:]][RuleVerdict.category(of: trace), default: 0] += 1
            }
        }
        if decision.evaluated { evaluated += 1 }
        for rule in decision.firedRules { firesPerRule[rule, default: 0] += 1 }
        for action in decision.actions {
            switch action {
            case .reply: replies += 1
            case .publicReply:
                replies += 1
                publicReplies += 1
            case .tag: tags += 1
            case .forward: forwards += 1
            case .untag, .pause, .followUp: break
            }
        }
        if result.recorded.expectation != nil {
            expectationsChecked += 1
            if !result.failures.isEmpty { expectationsFailed += 1 }
        }
    }

    /// Adds another part's counts (a replay's contacts are shared out between cores).
    mutating func merge(_ other: ReplaySummary) {
        messages += other.messages
        evaluated += other.evaluated
        duplicates += other.duplicates
        replies += other.replies
        publicReplies += other.publicReplies
        for (outcome, count) in other.followUps { followUps[outcome, default: 0] += count }
        heldInBursts += other.heldInBursts
        tags += other.tags
        forwards += other.forwards
        for (rule, count) in other.firesPerRule { firesPerRule[rule, default: 0] += count }
        expectationsChecked += other.expectationsChecked
        expectationsFailed += other.expectationsFailed
        malformed += other.malformed
        brokenExpectations += other.brokenExpectations
        for (rule, counts) in other.explained {
            for (verdict, count) in counts { explained[rule, default: [:]][verdict, default: 0] += count }
        }
    }

    mutating func finish(ruleNames: [String], contacts: Int) {
        neverFired = ruleNames.filter { firesPerRule[$0] == nil }
        self.contacts = contacts
    }
}

/// A rule's verdict on one message in a few words, for `--explain-rule`'s counts.
enum RuleVerdict {
    /// "fired", "cooldown running", "no keyword", "only on whatsapp", "an earlier rule stopped", or the
    /// condition's own reason.
    static func category(of trace: RuleTrace) -> String {
        if trace.fired { return "fired" }
        guard let reason = trace.reasons.first else { return "not fired" }
        if reason.hasPrefix("cooldown running") { return "cooldown running" }
        if reason.hasPrefix("none of ") || reason.hasSuffix(" does not appear") { return "no keyword" }
        if reason.hasPrefix("not reached: rule") { return "an earlier rule stopped" }
        return reason
    }
}
