import Foundation
import RulesDSL

/// A rule lowered for evaluation: names resolved, keywords turned into index patterns, no syntax left
/// except the source text kept for explanations. A class, immutable: evaluation hands rules around by
/// reference instead of copying (and retaining) each field for every candidate rule of every message.
final class CompiledRule: Sendable {
    let name: String
    /// The name with its fingerprint, for the contact's cooldowns.
    let nameKey: NameKey
    let channel: Channel?
    /// Whether it says `on comments`: it sees comments, and only them.
    let seesComments: Bool
    /// The cooldown in seconds (as a `TimeInterval`, ready to add to a date: `Duration`'s conversion costs
    /// 128-bit arithmetic on every firing).
    let cooldown: TimeInterval?
    let condition: CompiledCondition
    let actions: [CompiledAction]
    /// Keyword patterns of which at least one must appear for the condition to hold; nil when the rule
    /// can fire without any keyword, so it is a candidate for every message.
    let keywordGuard: [Int]?

    init(
        name: String, channel: Channel?, seesComments: Bool = false, cooldown: TimeInterval?, condition: CompiledCondition,
        actions: [CompiledAction], keywordGuard: [Int]?
    ) {
        self.name = name
        self.nameKey = NameKey(name)
        self.channel = channel
        self.seesComments = seesComments
        self.cooldown = cooldown
        self.condition = condition
        self.actions = actions
        self.keywordGuard = keywordGuard
    }
}

/// A condition ready to evaluate.
indirect enum CompiledCondition: Sendable {
    case firstContact
    /// `patterns` and `keywords` in the order written (explanations name the first that matched);
    /// `distinct`, the same patterns sorted without repeats, for the unexplained check.
    case contains(ContainsMode, patterns: [Int], keywords: [String], distinct: [Int])
    case matches(CompiledRegex, source: String)
    case messageIs(folded: String, written: String)
    case sentiment(Comparison, Double, written: String)
    case channelIs(Channel)
    case kindIs(MessageKind)
    case languageIs(Language)
    case payloadIs(String)
    case postIs(String)
    case tagged(NameKey)
    case hours(inside: Bool, OpeningHours)
    case contactMessages(Comparison, Int)
    case always
    case not(CompiledCondition)
    case and([CompiledCondition])
    case or([CompiledCondition])

    /// Whether evaluating it may need the message's language: `language is`, or a sentiment score (read
    /// in that language).
    var usesLanguage: Bool {
        switch self {
        case .sentiment, .languageIs: true
        case .not(let inner): inner.usesLanguage
        case .and(let terms), .or(let terms): terms.contains { $0.usesLanguage }
        default: false
        }
    }

    /// The keyword patterns one of which must match for the condition to hold, or nil if none is needed.
    var keywordGuard: [Int]? {
        switch self {
        case .contains(.all, let patterns, _, _): patterns.first.map { [$0] }
        case .contains(_, let patterns, _, _): patterns
        case .and(let terms): terms.compactMap(\.keywordGuard).min { $0.count < $1.count }
        case .or(let terms):
            terms.allSatisfy { $0.keywordGuard != nil } ? terms.flatMap { $0.keywordGuard! } : nil
        default: nil
        }
    }
}

/// An action ready to carry out.
enum CompiledAction: Sendable {
    /// Whether carrying it out may need the message's language: a reply with texts per language, or whose
    /// text has `{{contact.language}}` or hours (written in a language).
    var usesLanguage: Bool {
        switch self {
        case .reply(_, let texts), .publicReply(_, let texts), .replyElse(_, let texts, _, _): texts.usesLanguage
        default: false
        }
    }

    case reply(template: String?, ReplyTexts)
    /// `reply T` with an approved WhatsApp template: sent whether or not the window is open.
    // Boxed (`indirect`): a declaration is large, and every action of every rule would be that size.
    indirect case approvedTemplate(name: String, WhatsAppTemplateDeclaration)
    /// `reply A else T`: A while the window is open, the approved template T once it has closed.
    indirect case replyElse(template: String, ReplyTexts, fallbackName: String, fallback: WhatsAppTemplateDeclaration)
    /// `reply publicly`: an answer under the comment.
    case publicReply(template: String?, ReplyTexts)
    case tag(NameKey)
    case untag(NameKey)
    case forward(String)
    /// For how many seconds.
    case pause(TimeInterval)
    case stop
    /// `follow up "NAME"`.
    case followUp(String)
}

extension RuleProgram {
    /// Lowers a checked rule's condition, adding its keywords to the index.
    static func compile(_ condition: Condition, in file: SourceFile, ruleSet: CheckedRuleSet, index: inout KeywordIndex) -> CompiledCondition {
        switch condition.kind {
        case .firstContact: return .firstContact
        case .contains(let mode, let words):
            let patterns = words.compactMap { index.add($0.value) }
            return .contains(mode, patterns: patterns, keywords: words.map(\.value), distinct: Array(Set(patterns)).sorted())
        case .matches(let regex):
            guard let compiled = ruleSet.regex(regex, in: file) else { return .not(.always) }
            return .matches(compiled, source: file.text(in: regex.range))
        case .messageIs(let text): return .messageIs(folded: NormalizedText(text.value).joined, written: text.value)
        case .sentiment(let comparison, let threshold): return .sentiment(comparison, threshold.value, written: threshold.text)
        case .channelIs(let name): return .channelIs(Channel(rawValue: name.name) ?? .instagram)
        case .kindIs(let name): return .kindIs(MessageKind(rawValue: name.name) ?? .text)
        case .languageIs(let code): return Language(code: code.name).map { .languageIs($0) } ?? .not(.always)
        case .payloadIs(let payload): return .payloadIs(payload.value)
        case .postIs(let post): return .postIs(post.value.trimmingCharacters(in: .whitespaces))
        case .tagged(let tag): return .tagged(NameKey(tag.value))
        case .hours(let inside, let name):
            guard let hours = ruleSet.hours[name.name] else { return .not(.always) }
            return .hours(inside: inside, hours)
        case .contactMessages(let comparison, let count): return .contactMessages(comparison, count.value)
        case .always, .invalid: return .always
        case .not(let inner): return .not(compile(inner, in: file, ruleSet: ruleSet, index: &index))
        case .group(let inner): return compile(inner, in: file, ruleSet: ruleSet, index: &index)
        case .and(let terms): return .and(terms.map { compile($0, in: file, ruleSet: ruleSet, index: &index) })
        case .or(let terms): return .or(terms.map { compile($0, in: file, ruleSet: ruleSet, index: &index) })
        }
    }

    static func compile(_ action: Action, ruleSet: CheckedRuleSet) -> CompiledAction {
        switch action.kind {
        case .replyTemplate(let name) where ruleSet.whatsappTemplates[name.name] != nil:
            return .approvedTemplate(name: name.name, ruleSet.whatsappTemplates[name.name]!)
        case .replyElse(let name, let otherwise):
            let texts = ruleSet.templates[name.name].map(ReplyTexts.init) ?? ReplyTexts([])
            // The checker makes sure it is an approved template.
            guard let fallback = ruleSet.whatsappTemplates[otherwise.name] else { return .reply(template: name.name, texts) }
            return .replyElse(template: name.name, texts, fallbackName: otherwise.name, fallback: fallback)
        case .replyTemplate(let name): return .reply(template: name.name, ruleSet.templates[name.name].map(ReplyTexts.init) ?? ReplyTexts([]))
        case .replyText(let text): return .reply(template: nil, ReplyTexts([text]))
        case .replyPubliclyTemplate(let name):
            return .publicReply(template: name.name, ruleSet.templates[name.name].map(ReplyTexts.init) ?? ReplyTexts([]))
        case .replyPubliclyTexts(let texts, _): return .publicReply(template: nil, ReplyTexts(texts))
        case .tag(let tag): return .tag(NameKey(tag.value))
        case .untag(let tag): return .untag(NameKey(tag.value))
        case .forward(let endpoint): return .forward(endpoint.name)
        case .pause(let duration): return .pause(TimeInterval(duration.seconds))
        case .stop: return .stop
        case .followUp(let name): return .followUp(name.value)
        }
    }
}
