/// Scores how positive or negative a message sounds, from -1 (very negative) through 0 (neutral) to 1.
///
/// The engine calls its scorer only when a rule that may fire has a `sentiment` condition.
public protocol SentimentScorer: Sendable {
    /// The score of a text in [-1, 1]; deterministic.
    func score(_ text: String) -> Double
}
