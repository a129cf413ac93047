import Foundation

/// Tells which language a message is written in: English, Spanish, Portuguese, or none when it cannot
/// tell ("ok", "38", a lone emoji).
///
/// A naive Bayes reading of the message's words and three-letter sequences with the built-in
/// ``LanguageModel``; no model is downloaded, and a short message takes a few hundred nanoseconds.
///
/// ```swift
/// LanguageIdentifier().identify("cuánto cuesta el envío?").language   // .es
/// LanguageIdentifier().identify("ok").language                         // nil
/// ```
public struct LanguageIdentifier: Sendable {
    let model: LanguageModel

    /// What the identifier made of a text.
    public struct Guess: Sendable, Equatable {
        /// The language, when the identifier is sure enough; nil otherwise.
        public var language: Language?
        /// The most likely language, sure or not (nil when the text has no letters at all).
        public var likeliest: Language?
        /// How sure it is of ``likeliest``, from 0 to 1 (1/3 when the evidence is even).
        public var confidence: Double
        /// How many words the text has (not counting words every language shares, such as "ok").
        public var words: Int
    }

    /// The identifier with the built-in model.
    public init() {
        model = .builtIn
    }

    /// The language of a text. `contactLanguage`, the customer's last sure language (nil for none or a
    /// text read on its own), counts in its favour: see ``LanguageModel/contactPrior``.
    public func identify(_ text: String, contactLanguage: Language?) -> Guess {
        identify(reading: text, contactLanguage: contactLanguage, composing: true)
    }

    /// Reads a text; decomposed accents ("n" + U+0303) send it back composed when `composing`, so that "ñ",
    /// "ç", "ã" and "õ" keep their codes (most texts have none and are read once).
    private func identify(reading text: String, contactLanguage: Language?, composing: Bool) -> Guess {
        let reading = model.trigramRows.withUnsafeBufferPointer { trigramRows in
            model.values.withUnsafeBufferPointer { values in
                var reading = LanguageReading(model: model, trigramRows: trigramRows, values: values)
                LanguageLetters.forEachKind(in: text) { reading.read($0) }
                reading.endWord()
                return (scores: reading.scores, known: reading.known, words: reading.words, decomposed: reading.sawCombiningMark)
            }
        }
        if reading.decomposed, composing {
            return identify(reading: text.precomposedStringWithCanonicalMapping, contactLanguage: contactLanguage, composing: false)
        }
        guard reading.known > 0 else { return Guess(language: nil, likeliest: nil, confidence: 0, words: reading.words) }
        var scores = reading.scores
        if let contactLanguage, let index = LanguageModel.languages.firstIndex(of: contactLanguage) {
            scores[index] += LanguageModel.contactPrior
        }
        // Probabilities from the scores (a softmax); the first language wins a tie.
        let top = max(scores[0], max(scores[1], scores[2]))
        var total: Double = 0
        var best = 0
        for index in (0..<3).reversed() {
            total += exp(Double(scores[index] - top))
            if scores[index] == top { best = index }
        }
        let confidence = 1 / total
        let needed = reading.words < model.shortWords ? model.shortConfidentAt : model.confidentAt
        let likeliest = LanguageModel.languages[best]
        return Guess(language: confidence >= needed ? likeliest : nil, likeliest: likeliest, confidence: confidence, words: reading.words)
    }

    /// The language of a text read on its own, as `rulesd lang` shows it.
    public func identify(_ text: String) -> Guess {
        identify(text, contactLanguage: nil)
    }
}
