/// Scores how positive or negative a message sounds, from -1 (very negative) through 0 (neutral) to 1.
///
/// The engine calls its scorer only when a rule that may fire has a `sentiment` condition, and tells it the
/// message's language (``LanguageIdentifier``), so that each language is read with its own words.
public protocol SentimentScorer: Sendable {
    /// The score of a text written in `language` (nil: none could be told, and the scorer reads it as best
    /// it can), in [-1, 1]; deterministic.
    func score(_ text: String, language: Language?) -> Double

    /// The score of a text whose keyword scan the engine has already made; the same as
    /// ``score(_:language:)``, and a scorer that reads words can start from the scan instead of the text.
    func score(_ text: String, normalized: NormalizedText, language: Language?) -> Double

    /// A range the text's score is sure to fall in, found more cheaply than the score. The engine settles a
    /// comparison such as `sentiment < -0.6` from it when the whole range is on one side of the threshold,
    /// and scores the text only otherwise. The whole scale, `-1...1`, is always a correct answer.
    func scoreBounds(_ text: String, normalized: NormalizedText, language: Language?) -> ClosedRange<Double>
}

extension SentimentScorer {
    public func score(_ text: String, normalized: NormalizedText, language: Language?) -> Double { score(text, language: language) }

    public func scoreBounds(_ text: String, normalized: NormalizedText, language: Language?) -> ClosedRange<Double> { -1...1 }
}
