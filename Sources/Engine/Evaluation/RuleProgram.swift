import Foundation
import RulesDSL

/// A checked rule set compiled for evaluation: rules in order, one keyword index over all their words,
/// and for each keyword the rules that need it.
///
/// Evaluation is pure: the same message, state and instant always give the same ``Decision``.
///
/// ```swift
/// let program = RuleProgram(ruleSet, scorer: LexiconSentimentScorer.builtIn)
/// let decision = program.evaluate(message, state: state, now: message.at)
/// ```
public struct RuleProgram: Sendable {
    public let ruleSet: CheckedRuleSet
    let rules: [CompiledRule]
    /// The same rules, unretained, for the evaluation loop to borrow (``rules`` keeps them alive).
    let ruleReferences: [Unmanaged<CompiledRule>]
    /// What the evaluation loop reads of each rule first, in the same order (``RuleSummary``).
    let summaries: [RuleSummary]
    let index: KeywordIndex
    /// For each keyword pattern, the rules it can make fire.
    let rulesByPattern: RulesByPattern
    /// Rules that can fire without any keyword: candidates for every message.
    let unguardedRules: [Int]
    /// The sentiment scorer `sentiment` conditions use (the console's playground scores pasted rules with it).
    public let scorer: any SentimentScorer
    /// Tells each message's language.
    let identifier = LanguageIdentifier()
    /// Whether any rule reads the message's language (a condition, a sentiment score, a reply): if none
    /// does, the language is not told, which saves about 2 µs a message.
    let usesLanguage: Bool
    /// The `max_replies` window in seconds, converted once from its `Duration`.
    let replyWindow: TimeInterval?
    /// The follow-ups by name.
    let followUps: [String: CompiledFollowUp]

    /// Compiles a checked rule set.
    /// - Parameters:
    ///   - ruleSet: the output of ``RuleSetChecker/check(_:)``.
    ///   - scorer: the sentiment scorer for `sentiment` conditions.
    public init(_ ruleSet: CheckedRuleSet, scorer: any SentimentScorer) {
        var index = KeywordIndex()
        var rules: [CompiledRule] = []
        for checked in ruleSet.rules {
            let rule = checked.rule
            let condition = Self.compile(rule.condition, in: checked.file, ruleSet: ruleSet, index: &index)
            rules.append(CompiledRule(
                name: checked.name, channel: rule.seesComments ? .instagram : rule.audience.flatMap { Channel(rawValue: $0.name) },
                seesComments: rule.seesComments,
                cooldown: rule.cooldown.map { TimeInterval($0.seconds) }, condition: condition,
                actions: rule.actions.map { Self.compile($0, ruleSet: ruleSet) }, keywordGuard: condition.keywordGuard))
        }
        let followUps = Self.compileFollowUps(ruleSet, index: &index)
        var byPattern = [[Int]](repeating: [], count: index.patterns.count)
        var unguarded: [Int] = []
        for (position, rule) in rules.enumerated() {
            guard let keywords = rule.keywordGuard else {
                unguarded.append(position)
                continue
            }
            for pattern in Set(keywords) { byPattern[pattern].append(position) }
        }
        self.ruleSet = ruleSet
        self.rules = rules
        self.ruleReferences = rules.map { Unmanaged.passUnretained($0) }
        self.summaries = rules.map(RuleSummary.init)
        self.index = index
        self.rulesByPattern = RulesByPattern(byPattern)
        self.unguardedRules = unguarded
        self.scorer = scorer
        self.replyWindow = ruleSet.options.maxReplies?.window.timeInterval
        self.followUps = followUps
        self.usesLanguage = (rules + followUps.values.map(\.rule)).contains { rule in
            rule.condition.usesLanguage || rule.actions.contains(where: \.usesLanguage)
        }
    }

    /// Builds now what is otherwise built the first time a message needs it (the sentiment lexicons of
    /// Spanish and Portuguese, about a third of a second), so that a server's first Spanish message does not
    /// wait for it. `dry-run` and `check` skip this: most runs never need them.
    public func prepareEveryLanguage() {
        guard usesLanguage else { return }
        for language in Language.allCases { _ = scorer.score("", language: language) }
    }

    /// The names of the rules, in evaluation order.
    public var ruleNames: [String] { rules.map(\.name) }

    /// How many distinct keyword patterns the index holds.
    public var keywordCount: Int { index.patterns.count }
}
