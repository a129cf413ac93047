import Foundation
import RulesDSL

/// What conditions read while one message is evaluated. Built once per message; the sentiment score is
/// computed at most once, and only when a condition asks for it.
struct EvaluationContext {
    /// The parts of the message that conditions read (not the whole message: copying it retained every
    /// one of its strings, several times per evaluation).
    let text: String
    let channel: Channel
    let kind: MessageKind
    let payload: String?
    /// The post a comment is on.
    let postID: String?
    /// When the message was sent: what hours conditions read.
    let at: Date
    let now: Date
    let isFirstContact: Bool
    /// Messages the contact has sent, this one included.
    let messageCount: Int
    let normalized: NormalizedText
    /// The first match of each keyword pattern found in the message.
    let matches: MatchSet
    /// The language the message is read in: its own when rulesd is sure of it, else the contact's last.
    let language: Language?
    /// Why ``language`` is the contact's last, when it is: "this message alone is unclear" ("ok").
    let languageIsTheContacts: String?
    /// Whether a sentiment condition always computes the score (a trace shows it), rather than settling
    /// from the scorer's bounds when it can.
    let scoresSentiment: Bool
    private(set) var sentimentScore: Double?
    private var sentimentBounds: ClosedRange<Double>?

    init(
        message: Message, now: Date, isFirstContact: Bool, messageCount: Int, normalized: NormalizedText, matches: MatchSet,
        language: Language?, languageIsTheContacts: String?, scoresSentiment: Bool
    ) {
        self.text = message.text ?? ""
        self.channel = message.channel
        self.kind = message.kind
        self.payload = message.payload
        self.postID = message.postID
        self.at = message.at
        self.now = now
        self.isFirstContact = isFirstContact
        self.messageCount = messageCount
        self.normalized = normalized
        self.matches = matches
        self.language = language
        self.languageIsTheContacts = languageIsTheContacts
        self.scoresSentiment = scoresSentiment
    }

    /// The message's sentiment score, computed on first use. The scorer is the program's, passed in
    /// rather than kept here: a copy of the existential retained the scorer's tables for every message.
    mutating func sentiment(by scorer: any SentimentScorer) -> Double {
        if let sentimentScore { return sentimentScore }
        let score = scorer.score(text, normalized: normalized, language: language)
        sentimentScore = score
        return score
    }

    /// The comparison's result if the scorer's bounds settle it without a score (see
    /// ``SentimentScorer/scoreBounds(_:normalized:language:)``). Every comparison is monotonic in the score, so
    /// it is settled when it gives the same answer at both ends of the bounds.
    mutating func sentimentSettles(_ comparison: Comparison, _ threshold: Double, by scorer: any SentimentScorer) -> Bool? {
        if let sentimentScore { return comparison.holds(sentimentScore, threshold) }
        let bounds = sentimentBounds ?? scorer.scoreBounds(text, normalized: normalized, language: language)
        sentimentBounds = bounds
        let atLow = comparison.holds(bounds.lowerBound, threshold)
        return atLow == comparison.holds(bounds.upperBound, threshold) ? atLow : nil
    }

    /// The original words of a match, as the customer wrote them.
    func matchedText(_ match: KeywordIndex.Match) -> String {
        let tokens = normalized.tokens
        let start = tokens[match.firstToken].sourceStart
        let end = tokens[match.lastToken].sourceEnd
        let utf8 = text.utf8
        guard start <= end, end <= utf8.count else { return "" }
        // Tokens start and end on characters' boundaries: a slice of the string needs no UTF-8 validation.
        return String(text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
    }

    /// Where a match is in the message text, as 1-based character positions.
    func position(_ match: KeywordIndex.Match) -> String {
        let utf8 = text.utf8
        let start = min(normalized.tokens[match.firstToken].sourceStart, utf8.count)
        let end = utf8.index(utf8.startIndex, offsetBy: start)
        // In ASCII without "\r" (which pairs with "\n"), characters are bytes; otherwise count grapheme clusters.
        let column = utf8[utf8.startIndex..<end].allSatisfy({ $0 < 0x80 && $0 != 0x0D }) ? start + 1 : text[..<end].count + 1
        return "at character \(column)"
    }
}

/// The first match of each keyword pattern in a message. Messages match few keywords, so a short array
/// searched in order beats a hashed dictionary here.
struct MatchSet {
    private(set) var matches: [KeywordIndex.Match] = []

    subscript(pattern: Int) -> KeywordIndex.Match? {
        for match in matches where match.pattern == pattern { return match }
        return nil
    }

    /// The first match of each pattern among matches in text order, kept in the array they came in.
    init(firstOf all: consuming [KeywordIndex.Match]) {
        var kept = 0
        for index in all.indices where !all[0..<kept].contains(where: { $0.pattern == all[index].pattern }) {
            all[kept] = all[index]
            kept += 1
        }
        all.removeLast(all.count - kept)
        matches = all
    }
}
