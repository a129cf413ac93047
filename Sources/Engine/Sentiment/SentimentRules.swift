/// The numbers of the scorer's rules, the same in every language (the words they apply to are each
/// language's ``SentimentGrammar``).
enum SentimentRules {
    /// What the rest of a clause after a conditional weighs ("what if it doesn't fit?").
    static let conditionalFactor = 0.3
    /// How far back a negator reaches, in words.
    static let negationWindow = 3
    /// VADER's factor for a negated valence; kept because it matches how DMs read.
    static let negationFactor = -0.74
    /// Added (in the valence's direction) to a word in capitals amid lower-case text.
    static let capitalsEmphasis = 0.73
    /// Added (in the valence's direction) to an elongated word ("sooo", "loooove").
    static let elongationEmphasis = 0.4
    /// Per "!" (up to four), added in the direction of the message's sentiment.
    static let exclamationEmphasis = 0.29
    /// Per "?" in runs of two or more (up to three), added in the direction of the message's sentiment.
    static let questionEmphasis = 0.2
    /// Repeated question marks with no other feeling read as impatience ("hello???").
    static let impatience = -1.2
    /// A message in capitals throughout is shouting: its sum is scaled by this.
    static let shoutingFactor = 1.3
    /// Normalization constant: score = sum / sqrt(sum² + alpha).
    static let alpha = 15.0
}

