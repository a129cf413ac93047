/// Scores how positive or negative a message sounds, from -1 (very negative) through 0 (neutral) to 1.
///
/// The engine calls its scorer only when a rule that may fire has a `sentiment` condition.
public protocol SentimentScorer: Sendable {
    /// The score of a text in [-1, 1]; deterministic.
    func score(_ text: String) -> Double

    /// The score of a text whose keyword scan the engine has already made; the same as
    /// ``score(_:)``, and a scorer that reads words can start from the scan instead of the text.
    func score(_ text: String, normalized: NormalizedText) -> Double

    /// A range the text's score is sure to fall in, found more cheaply than the score. The engine settles a
    /// comparison such as `sentiment < -0.6` from it when the whole range is on one side of the threshold,
    /// and scores the text only otherwise. The whole scale, `-1...1`, is always a correct answer.
    func scoreBounds(_ text: String, normalized: NormalizedText) -> ClosedRange<Double>
}

extension SentimentScorer {
    public func score(_ text: String, normalized: NormalizedText) -> Double { score(text) }

    public func scoreBounds(_ text: String, normalized: NormalizedText) -> ClosedRange<Double> { -1...1 }
}
