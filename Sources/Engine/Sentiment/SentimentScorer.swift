/// Scores how positive or negative a message sounds, from -1 (very negative) through 0 (neutral) to 1.
///
/// The engine calls its scorer only when a rule that may fire has a `sentiment` condition.
public protocol SentimentScorer: Sendable {
    /// The score of a text in [-1, 1]; deterministic.
    func score(_ text: String) -> Double

    /// The score of a text whose keyword scan the engine has already made; the same as
    /// ``score(_:)``, and a scorer that reads words can start from the scan instead of the text.
    func score(_ text: String, normalized: NormalizedText) -> Double
}

extension SentimentScorer {
    public func score(_ text: String, normalized: NormalizedText) -> Double { score(text) }
}
