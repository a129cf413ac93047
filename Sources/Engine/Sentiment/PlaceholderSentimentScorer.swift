/// A stand-in scorer until the sentiment issue lands its lexicon scorer: counts a handful of clearly
/// positive and negative words and emoji. Named as a placeholder so nobody mistakes it for the real one.
public struct PlaceholderSentimentScorer: SentimentScorer {
    public init() {}

    private static let positive: Set<String> = ["love", "great", "perfect", "thanks", "thank", "amazing", "gracias", "❤", "🙏", "😍", "😊"]
    private static let negative: Set<String> = ["hate", "terrible", "awful", "worst", "angry", "scam", "refund", "broken", "😡", "🤬"]

    public func score(_ text: String) -> Double {
        let normalized = NormalizedText(text)
        var total = 0.0
        for token in normalized.tokens {
            let word = normalized.string(token)
            if Self.positive.contains(word) { total += 1 }
            if Self.negative.contains(word) { total -= 1 }
        }
        return total == 0 ? 0 : total / (abs(total) + 1)
    }
}
