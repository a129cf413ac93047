/// Which folded words can pull a message's score below zero, and which above it: a word of negative
/// valence, a negator ("not good"), a dampener ("kinda nice" can end below zero); and which pairs of
/// adjacent words begin a phrase of that sign ("a week" in "still waiting after a week"), for phrases
/// with no such word of their own. A message with none of them cannot score below zero (nor, for the other
/// sets, above it), which settles `sentiment < -0.6` for most messages without scoring them
/// (``LexiconSentimentScorer/scoreBounds(_:normalized:)``).
///
/// Each set holds 64-bit hashes, with a bit per hash in front so that most words are answered from a few
/// kilobytes; a collision can only make a word look able to move the score, which costs a full scoring,
/// never a wrong answer.
///
/// A class, built once per lexicon and never changed, so that a message's reading holds one reference.
final class SentimentSigns: Sendable {
    private let negativeWords: Hashes
    private let positiveWords: Hashes
    private let negativePairs: Hashes
    private let positivePairs: Hashes

    /// Sets that say "may" of everything (before a lexicon is read).
    init() {
        negativeWords = Hashes(all: true)
        positiveWords = negativeWords
        negativePairs = negativeWords
        positivePairs = negativeWords
    }

    /// The signs of a lexicon's terms and of the grammar words.
    init(lexicon: SentimentLexicon) {
        var negativeWords = Hashes()
        var positiveWords = Hashes()
        var negativePairs = Hashes()
        var positivePairs = Hashes()
        for (key, role) in GrammarRole.table.keys.entries {
            let grammar = GrammarRole.table.roles[Int(role)]
            if grammar.negates || grammar.boost < 0 {
                negativeWords.insert(NormalizedText.hash(key))
                positiveWords.insert(NormalizedText.hash(key))
            }
        }
        var phrases: [(words: [[UInt8]], isNegative: Bool)] = []
        for (key, entry) in lexicon.entries {
            // A valence of 0 counts as positive: capitals or a booster make it so.
            let isNegative = lexicon.valences[Int(entry)] < 0
            let parts = key.split(separator: 0x20).map(Array.init)
            if parts.count > 1 {
                phrases.append((parts, isNegative))
            } else if isNegative {
                negativeWords.insert(NormalizedText.hash(key))
            } else {
                positiveWords.insert(NormalizedText.hash(key))
            }
        }
        // A phrase only matches where all its words are, in order: one of its words in the set, or else its
        // first two words side by side, is enough.
        for phrase in phrases {
            let words = phrase.isNegative ? negativeWords : positiveWords
            guard !phrase.words.contains(where: { words.contains(NormalizedText.hash($0)) }) else { continue }
            let pair = NormalizedText.hash(phrase.words[0] + [0x20] + phrase.words[1])
            if phrase.isNegative { negativePairs.insert(pair) } else { positivePairs.insert(pair) }
        }
        self.negativeWords = negativeWords
        self.positiveWords = positiveWords
        self.negativePairs = negativePairs
        self.positivePairs = positivePairs
    }

    /// Whether a word (by the FNV hash of its folded key) may pull the score below zero.
    func mayTurnNegative(word hash: UInt64) -> Bool { negativeWords.contains(hash) }

    /// Whether a word may pull the score above zero.
    func mayTurnPositive(word hash: UInt64) -> Bool { positiveWords.contains(hash) }

    /// Whether two adjacent words, by the FNV hash of "first second", may begin a negative phrase.
    func mayTurnNegative(pair hash: UInt64) -> Bool { negativePairs.contains(hash) }

    /// Whether two adjacent words may begin a positive phrase.
    func mayTurnPositive(pair hash: UInt64) -> Bool { positivePairs.contains(hash) }

    /// A set of hashes: a ``HashFilter`` of 2^15 bits in front (a few kilobytes, a few percent of them set
    /// with the built-in lexicon), the hashes themselves behind for the words that pass.
    private struct Hashes: Sendable {
        private var filter = HashFilter(bits: 1 << 15)
        private var hashes = HashTable()
        /// The placeholder before a lexicon is read says "may" of every hash.
        private let isEverything: Bool

        init(all: Bool = false) {
            isEverything = all
        }

        func contains(_ hash: UInt64) -> Bool {
            isEverything || filter.mayContain(hash) && hashes.value(for: hash) != nil
        }

        mutating func insert(_ hash: UInt64) {
            filter.insert(hash)
            hashes.insert(1, for: hash)
        }
    }
}
