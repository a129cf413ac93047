import Foundation

// Scoring in a language: each text read with its own language's words, or with every language's when
// none could be told.

extension LexiconSentimentScorer {
    /// The score of a text in its own language, told by ``LanguageIdentifier``.
    public func score(_ text: String) -> Double {
        score(text, language: identifier.identify(text).language)
    }

    /// The score of a text written in `language`. With no language (none could be told), the text is read
    /// with the words of each language, and the reading that finds the most feeling counts: "excelente
    /// serviço" gets its Spanish or Portuguese score (both know "excelente"), "No problem!" its English one.
    public func score(_ text: String, language: Language?) -> Double {
        score(text, normalized: NormalizedText(text), language: language)
    }

    /// The score of a text whose keyword scan is at hand (a message being evaluated): the text is not
    /// scanned again.
    public func score(_ text: String, normalized: NormalizedText, language: Language?) -> Double {
        if readsOwnLexicon(language) { return analyze(text, normalized: normalized, lexicon: lexicon, explain: false).score }
        return strongest(readings(language).map { analyze(text, normalized: normalized, lexicon: lexicon(for: $0), explain: false) }).score
    }

    /// The score and every contribution to it, in the text's own language.
    public func explain(_ text: String) -> Explanation {
        explain(text, language: identifier.identify(text).language)
    }

    /// The score and every contribution to it, reading the text as written in `language` (nil: as
    /// ``score(_:language:)`` reads a text of no language).
    public func explain(_ text: String, language: Language?) -> Explanation {
        let normalized = NormalizedText(text)
        if readsOwnLexicon(language) {
            var explanation = analyze(text, normalized: normalized, lexicon: lexicon, explain: true)
            explanation.language = language ?? .en
            return explanation
        }
        return strongest(readings(language).map { language in
            var explanation = analyze(text, normalized: normalized, lexicon: lexicon(for: language), explain: true)
            explanation.language = language
            return explanation
        })
    }

    /// Whether a text of `language` is read with the scorer's own lexicon alone, in place (no copy of its
    /// tables): English, the common case, or any text when the scorer has one lexicon for all.
    func readsOwnLexicon(_ language: Language?) -> Bool {
        language == .en || others == nil
    }

    /// The languages to read a text with: its own; with none, every language, English first.
    func readings(_ language: Language?) -> [Language] {
        language.map { [$0] } ?? Language.allCases
    }

    /// The reading with the largest score either way, the first on a tie.
    private func strongest(_ readings: [Explanation]) -> Explanation {
        var best = readings[0]
        for reading in readings.dropFirst() where abs(reading.score) > abs(best.score) { best = reading }
        return best
    }
}
