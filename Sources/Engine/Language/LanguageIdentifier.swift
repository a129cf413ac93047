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

    /// The language of a text.
    public func identify(_ text: String) -> Guess {
        var scores = SIMD4<Float>()
        var words = 0
        var known = 0
        // The current word's trigrams, added to the scores when the word ends unless it is a shared word.
        var wordScores = SIMD4<Float>()
        var wordKnown = 0
        var inWord = false
        var letters = 0
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        var hash = NormalizedText.hashSeed
        let model = model
        model.values.withUnsafeBufferPointer { values in
            model.trigramRows.withUnsafeBufferPointer { trigramRows in
                @inline(__always) func row(_ row: Int32) -> SIMD4<Float> {
                    let base = Int(row) * 3
                    return SIMD4(values[base], values[base + 1], values[base + 2], 0)
                }
                @inline(__always) func addTrigram(_ key: Int) {
                    let found = trigramRows[key]
                    guard found >= 0 else { return }
                    wordScores += model.trigramWeight * row(found)
                    wordKnown += 1
                }
                @inline(__always) func endWord() {
                    addTrigram(LanguageModel.trigramKey(beforePrevious, previous, 0))
                    inWord = false
                    let found = model.words.value(for: hash) ?? -1
                    guard found != LanguageModel.sharedWord else { return }
                    scores += wordScores
                    known += wordKnown
                    if found >= 0 {
                        scores += model.wordWeight * row(found)
                        known += 1
                    }
                    words += 1
                }
                for scalar in text.unicodeScalars {
                    switch LanguageLetters.kind(scalar) {
                    case .letter(let code, let folded):
                        if !inWord {
                            inWord = true
                            letters = 0
                            previous = 0
                            beforePrevious = 0
                            hash = NormalizedText.hashSeed
                            wordScores = SIMD4()
                            wordKnown = 0
                        }
                        if letters >= 1 { addTrigram(LanguageModel.trigramKey(beforePrevious, previous, code)) }
                        beforePrevious = previous
                        previous = code
                        letters += 1
                        hash = NormalizedText.hash(hash, adding: folded)
                    case .mark(let byte):
                        if inWord { endWord() }
                        if let found = model.words.value(for: NormalizedText.hash(NormalizedText.hashSeed, adding: byte)), found >= 0 {
                            scores += model.wordWeight * row(found)
                            known += 1
                        }
                    case .skipped:
                        break
                    case .boundary:
                        if inWord { endWord() }
                    }
                }
                if inWord { endWord() }
            }
        }
        guard known > 0 else { return Guess(language: nil, likeliest: nil, confidence: 0, words: words) }
        // Probabilities from the scores (a softmax), the largest first.
        let top = max(scores[0], max(scores[1], scores[2]))
        var total: Double = 0
        var best = 0
        for index in (0..<3).reversed() {
            total += Double((scores[index] - top)).exp
            if scores[index] == top { best = index }
        }
        let confidence = 1 / total
        let needed = words < model.shortWords ? model.shortConfidentAt : model.confidentAt
        let likeliest = LanguageModel.languages[best]
        return Guess(language: confidence >= needed ? likeliest : nil, likeliest: likeliest, confidence: confidence, words: words)
    }
}

extension Double {
    fileprivate var exp: Double { Foundation.exp(self) }
}
