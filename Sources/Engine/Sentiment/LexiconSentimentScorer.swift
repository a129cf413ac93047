import Foundation

/// rulesd's sentiment scorer for customer direct messages: a lexicon of words, phrases, emoji and
/// emoticons, plus rules for negation, boosters and dampeners, contrast ("but"), capitals, elongated
/// words, "!!!" and "???", sarcastic openers and complaints that carry no emotional word.
///
/// The score is in [-1, 1] (0 neutral) and depends only on the text.
///
/// ```swift
/// let scorer = LexiconSentimentScorer()
/// scorer.score("WHERE IS MY ORDER???")   // about -0.6
/// ```
public struct LexiconSentimentScorer: SentimentScorer {
    /// The English lexicon, which also reads messages of no language.
    public let lexicon: SentimentLexicon
    /// The other languages' lexicons, built on first use: building them took a third of a second, which
    /// every `rulesd dry-run` paid even when no message was in Spanish or Portuguese.
    let others: LanguageLexicons?
    /// Tells a text's language when the caller does not (``score(_:)``, ``explain(_:)``).
    let identifier = LanguageIdentifier()

    /// A scorer over the built-in lexicons of every language, each extended by `extra` (a seller's own
    /// words, which then count in every language) when given.
    public init(adding extra: SentimentLexicon? = nil) {
        lexicon = extra.map { SentimentLexicon.builtIn.merging($0) } ?? SentimentLexicon.builtIn
        others = LanguageLexicons(adding: extra)
    }

    /// A scorer that reads every message, whatever its language, with one lexicon.
    public init(lexicon: SentimentLexicon) {
        self.lexicon = lexicon
        others = nil
    }

    /// The lexicon a message of this language is read with: its own words, never another language's.
    public func lexicon(for language: Language?) -> SentimentLexicon {
        guard let language, language != .en, let others else { return lexicon }
        return others.lexicon(for: language)
    }

    /// One thing that moved the score, for `--explain` and traces.
    public struct Contribution: Sendable, Equatable {
        /// The text as written ("not happy", "😡", "!!!").
        public var text: String
        public var valence: Double
        /// What changed the lexicon's valence: "negated", "boosted by very", "in capitals"...
        public var notes: [String]
    }

    /// A score with what made it.
    public struct Explanation: Sendable, Equatable {
        public var score: Double
        /// The language whose words were read.
        public var language: Language? = nil
        public var contributions: [Contribution]
        /// Message-wide rules that applied: shouting, impatience, a "but".
        public var notes: [String]
    }

    // MARK: Analysis

    private struct Hit {
        var first: Int
        var last: Int
        var valence: Double
        var entry: Int
        var notes: [String] = []
    }

    /// The score of a text read with one lexicon, with its contributions when `explain` is set.
    func analyze(_ text: String, normalized: NormalizedText, lexicon: SentimentLexicon, explain: Bool) -> Explanation {
        var tokenizer = SentimentTokenizer(emoticons: lexicon.emoticonGroups)
        var text = text
        text.withUTF8 { tokenizer.tokenize(normalized, source: $0) }
        guard !tokenizer.tokens.isEmpty else { return Explanation(score: 0, contributions: [], notes: []) }
        lookUpFacts(&tokenizer, lexicon)
        let grammar = lexicon.grammar.roles
        return tokenizer.tokens.withUnsafeBufferPointer { tokens in
            tokenizer.buffer.withUnsafeBufferPointer { buffer in
                grammar.withUnsafeBufferPointer { grammar in
                    let reading = Reading(tokens: tokens, buffer: buffer, grammar: grammar, lexicon: lexicon)
                    return analyze(reading, text: text, leadingExclamations: tokenizer.leadingExclamations, explain: explain)
                }
            }
        }
    }

    /// One probe per token tells its lexicon entry, its grammar role and whether a phrase starts there.
    private func lookUpFacts(_ tokenizer: inout SentimentTokenizer, _ lexicon: SentimentLexicon) {
        let buffer = tokenizer.buffer
        buffer.withUnsafeBufferPointer { buffer in
            for index in tokenizer.tokens.indices {
                let token = tokenizer.tokens[index]
                var facts = lexicon.facts(UnsafeBufferPointer(rebasing: buffer[token.start..<token.end]), hash: token.hash)
                if token.kind != .word {
                    facts.role = -1
                } else if facts.role < 0, token.isElongated {
                    // "sooo" boosts like "so"
                    var collapsed: [UInt8] = []
                    LetterRun.shortened(buffer[token.start..<token.end], keepingRunsOf: 1) { collapsed.append($0) }
                    facts.role = lexicon.grammar.keys.value(for: collapsed).map(Int16.init) ?? -1
                }
                tokenizer.tokens[index].facts = facts
            }
        }
    }

    private func analyze(_ reading: Reading, text: String, leadingExclamations: Int, explain: Bool) -> Explanation {
        let tokens = reading.tokens
        var anyAllCaps = false
        var anyLowercase = false
        for token in tokens {
            if token.kind == .word, token.isAllCaps { anyAllCaps = true }
            if token.hasLowercase { anyLowercase = true }
        }
        let shouting = anyAllCaps && !anyLowercase

        var hits: [Hit] = []
        var index = 0
        // Where the last phrase ended: a negator inside a phrase ("sin duda", "no pasa nada") is the
        // phrase's, and does not reach the words after it.
        var phraseEnd = -1
        while index < tokens.count {
            guard var hit = lookup(at: index, reading) else {
                index += 1
                continue
            }
            emphasize(&hit, reading, after: phraseEnd, shouting: shouting, explain: explain)
            hits.append(hit)
            if hit.last > hit.first { phraseEnd = hit.last }
            index = hit.last + 1
        }

        var notes: [String] = []
        applyConditionals(&hits, reading, explain: explain)
        applyContrast(&hits, reading, notes: &notes, explain: explain)
        applySarcasm(&hits, reading, notes: &notes, explain: explain)
        var sum = hits.reduce(0) { $0 + $1.valence }
        if reading.role(tokens.count - 1)?.isClosingNegation == true, sum > 0, tokens.count > 2 {
            sum = -sum
            if explain { notes.append("a closing \"not\" takes it back") }
        }
        sum = punctuate(sum, tokens: tokens, leading: leadingExclamations, notes: &notes, explain: explain)
        if shouting, sum != 0 {
            sum *= SentimentRules.shoutingFactor
            if explain { notes.append("written in capitals: ×\(SentimentRules.shoutingFactor)") }
        }
        let score = max(-1, min(1, sum / (sum * sum + SentimentRules.alpha).squareRoot()))
        guard explain else { return Explanation(score: score, contributions: [], notes: []) }
        let utf8 = Array(text.utf8)
        let contributions = hits.map { hit in
            Contribution(
                text: String(decoding: utf8[tokens[hit.first].sourceStart..<tokens[hit.last].sourceEnd], as: UTF8.self),
                valence: hit.valence, notes: hit.notes)
        }
        return Explanation(score: score, contributions: contributions, notes: notes)
    }

    /// The longest lexicon term starting at a token: a phrase, the word, or the word without elongation.
    private func lookup(at index: Int, _ reading: Reading) -> Hit? {
        let lexicon = reading.lexicon
        let tokens = reading.tokens
        let buffer = reading.buffer
        let token = tokens[index]
        let known = token.facts
        let key = UnsafeBufferPointer(rebasing: buffer[token.start..<token.end])
        if lexicon.longestPhrase > 1, known.startsPhrase {
            var hash = token.hash
            var found: Hit?
            for next in (index + 1)..<min(tokens.count, index + lexicon.longestPhrase) {
                if tokens[next - 1].endsClause { break }
                hash = NormalizedText.hash(NormalizedText.hash(hash, adding: 0x20), adding: buffer[tokens[next].start..<tokens[next].end])
                if let entry = lexicon.phraseEntry(buffer, tokens: tokens, first: index, last: next, hash: hash) {
                    found = Hit(first: index, last: next, valence: lexicon.valences[entry], entry: entry)
                }
                if !lexicon.continuesPhrase(hash) { break }
            }
            if let found { return found }
        }
        if known.entry >= 0 {
            return Hit(first: index, last: index, valence: lexicon.valences[Int(known.entry)], entry: Int(known.entry))
        }
        if token.kind == .word, token.isElongated || (key.count > 2 && key[key.count - 1] == key[key.count - 2]),
            let entry = elongationEntry(Array(key), lexicon)
        {
            return Hit(first: index, last: index, valence: lexicon.valences[entry], entry: entry)
        }
        if token.kind == .emoji, let entry = lexicon.entry(Array(String(decoding: key, as: UTF8.self).unicodeScalars.first.map { String($0).utf8 } ?? "".utf8)) {
            return Hit(first: index, last: index, valence: lexicon.valences[entry], entry: entry)
        }
        return nil
    }

    /// "sooo" → "so", "loooove" → "love", "thankss" → "thanks": every run of a letter cut to one, then to
    /// two. (A third try, doubled letters cut to one, repeated the first and is gone.)
    private func elongationEntry(_ word: [UInt8], _ lexicon: SentimentLexicon) -> Int? {
        for keep in [1, 2] {
            var collapsed: [UInt8] = []
            LetterRun.shortened(word, keepingRunsOf: keep) { collapsed.append($0) }
            if collapsed != word, let entry = lexicon.entry(collapsed) { return entry }
        }
        return nil
    }

    /// Boosters, negation, capitals and elongation around one hit, looking back no further than `after`
    /// (the end of the phrase before it). A term of valence 0 (a neutral phrase such as "buenos días", there
    /// so that its words do not count) stays 0.
    private func emphasize(_ hit: inout Hit, _ reading: Reading, after: Int, shouting: Bool, explain: Bool) {
        guard hit.valence != 0 else { return }
        let tokens = reading.tokens
        let sign: Double = hit.valence >= 0 ? 1 : -1
        var negated = false
        var distance = 0
        var position = hit.first - 1
        while position > after, distance < SentimentRules.negationWindow {
            if tokens[position].endsClause || tokens[position].kind != .word { break }
            if let role = reading.role(position) {
                if role.contrasts { break }
                if role.boost != 0 {
                    let stretched = tokens[position].isElongated ? 1.5 : 1.0  // "sooo cute" more than "so cute"
                    hit.valence += sign * role.boost * stretched * (1 - 0.05 * Double(distance))
                    if explain { hit.notes.append((role.boost > 0 ? "stronger" : "weaker") + " after \"\(reading.word(position))\"") }
                }
                if role.negates { negated = true }
            }
            distance += 1
            position -= 1
        }
        let token = tokens[hit.first]
        if token.kind == .word, token.isAllCaps, !shouting {
            hit.valence += sign * SentimentRules.capitalsEmphasis
            if explain { hit.notes.append("in capitals") }
        }
        if token.isElongated {
            hit.valence += sign * SentimentRules.elongationEmphasis
            if explain { hit.notes.append("stretched out") }
        }
        // "lindo demais": a word right after that strengthens it.
        if !tokens[hit.last].endsClause, hit.last + 1 < tokens.count, tokens[hit.last + 1].kind == .word,
            let role = reading.role(hit.last + 1), role.afterBoost != 0
        {
            hit.valence += sign * role.afterBoost
            if explain { hit.notes.append("stronger before \"\(reading.word(hit.last + 1))\"") }
        }
        if negated {
            hit.valence *= SentimentRules.negationFactor
            if explain { hit.notes.append("negated") }
        }
    }

    /// "if it doesn't fit": what follows a conditional, up to the end of its clause, is only a possibility.
    private func applyConditionals(_ hits: inout [Hit], _ reading: Reading, explain: Bool) {
        let tokens = reading.tokens
        var open = false
        var hitIndex = 0
        for position in tokens.indices {
            if let role = reading.role(position), role.conditional,
                // Written with an accent, it is another word ("sí" is not "si"): its source is longer than its key.
                tokens[position].sourceEnd - tokens[position].sourceStart == tokens[position].end - tokens[position].start,
                !role.opensClauseOnly || position == 0 || tokens[position - 1].endsClause
                    || reading.role(position - 1).map { $0.contrasts || $0.joinsClauses } == true
            {
                open = true
            }
            while hitIndex < hits.count, hits[hitIndex].first == position {
                if open {
                    hits[hitIndex].valence *= SentimentRules.conditionalFactor
                    if explain { hits[hitIndex].notes.append("hypothetical (after \"if\")") }
                }
                hitIndex += 1
            }
            if tokens[position].endsClause || tokens[position].questions > 0 || tokens[position].exclamations > 0 { open = false }
        }
    }

    /// After "but", the rest counts more and what came before less.
    private func applyContrast(_ hits: inout [Hit], _ reading: Reading, notes: inout [String], explain: Bool) {
        guard let pivot = reading.tokens.indices.last(where: { reading.role($0)?.contrasts == true }),
            hits.contains(where: { $0.first > pivot })
        else { return }
        for index in hits.indices {
            hits[index].valence *= hits[index].first < pivot ? 0.5 : 1.5
        }
        if explain { notes.append("\"\(reading.word(pivot))\": before it ×0.5, after it ×1.5") }
    }

    /// "Great, another delay": a positive interjection opening a complaint is sarcasm.
    private func applySarcasm(_ hits: inout [Hit], _ reading: Reading, notes: inout [String], explain: Bool) {
        let tokens = reading.tokens
        guard let opener = hits.first, opener.first <= 1, opener.valence > 0,
            tokens[opener.last].endsClause || tokens[opener.last].exclamations > 0,
            (opener.first...opener.last).contains(where: { reading.role($0)?.opensSarcasm == true }),
            hits.dropFirst().contains(where: { $0.valence <= -1.0 }),
            !tokens.indices.contains(where: { reading.role($0)?.contrasts == true })
        else { return }
        hits[0].valence *= -0.5
        if explain {
            hits[0].notes.append("sarcastic: opens a complaint")
            notes.append("a positive opener before a complaint reads as sarcasm")
        }
    }

    /// "!!!" strengthens whatever the message feels; "???" strengthens it too, or alone reads as impatience.
    private func punctuate(_ sum: Double, tokens: UnsafeBufferPointer<SentimentTokenizer.Token>, leading: Int, notes: inout [String], explain: Bool) -> Double {
        var exclamations = leading
        var questions = 0
        var questionRuns = 0
        for token in tokens {
            exclamations += token.exclamations
            if token.questions >= 2 {
                questions += token.questions
                questionRuns += 1
            }
        }
        exclamations = min(4, exclamations)
        questions = min(3, questions)
        var sum = sum
        if sum != 0, exclamations > 0 {
            sum += (sum > 0 ? 1 : -1) * Double(exclamations) * SentimentRules.exclamationEmphasis
            if explain { notes.append("\(exclamations) exclamation marks") }
        }
        if questionRuns > 0 {
            if sum == 0 {
                sum = SentimentRules.impatience
                if explain { notes.append("repeated question marks with nothing else: impatience") }
            } else {
                sum += (sum > 0 ? 1 : -1) * Double(questions) * SentimentRules.questionEmphasis
                if explain { notes.append("repeated question marks") }
            }
        }
        return sum
    }
}

/// A message's sentiment tokens with their lexicon facts, read in place while one text is analyzed.
private struct Reading {
    let tokens: UnsafeBufferPointer<SentimentTokenizer.Token>
    /// The tokens' folded keys.
    let buffer: UnsafeBufferPointer<UInt8>
    /// The lexicon's ``GrammarRoles``.
    let grammar: UnsafeBufferPointer<GrammarRole>
    /// The lexicon of the text's language.
    let lexicon: SentimentLexicon

    /// The grammar role of a word ("not", "very", "but"...), if it has one.
    func role(_ index: Int) -> GrammarRole? {
        let role = tokens[index].facts.role
        return role >= 0 ? grammar[Int(role)] : nil
    }

    /// A token's folded text, for explanations.
    func word(_ index: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[tokens[index].start..<tokens[index].end]), as: UTF8.self)
    }
}
