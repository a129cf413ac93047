/// Which folded words can pull a message's score below zero, and which above it: a word of negative
/// valence, a negator ("not good"), a dampener ("kinda nice" can end below zero); and which pairs of
/// adjacent words begin a phrase of that sign ("a week" in "still waiting after a week"), for phrases
/// with no such word of their own. A message with none of them cannot score below zero (nor, for the other
/// signs, above it), which settles `sentiment < -0.6` for most messages without scoring them
/// (``LexiconSentimentScorer/scoreBounds(_:normalized:language:)``).
///
/// Words and pairs each have one table of 64-bit hashes with both signs, and two bits per hash in front
/// so that most words are answered, for both signs at once, from a few kilobytes; a collision can only make
/// a word look able to move the score, which costs a full scoring, never a wrong answer.
///
/// A class, built once per lexicon and never changed, so that a message's reading holds one reference.
final class SentimentSigns: Sendable {
    /// The sides of zero a word or pair may pull a score to.
    struct Sides: OptionSet, Sendable {
        let rawValue: UInt8
        static let negative = Sides(rawValue: 1)
        static let positive = Sides(rawValue: 2)
        static let both: Sides = [.negative, .positive]
    }

    private let words: SignTable
    private let pairs: SignTable

    /// Tables that say "either side" of everything (before a lexicon is read).
    init() {
        words = SignTable(everything: true)
        pairs = words
    }

    /// The signs of a lexicon's terms and of the grammar words.
    init(lexicon: SentimentLexicon) {
        var words = SignTable()
        var pairs = SignTable()
        for (key, role) in lexicon.grammar.keys.entries {
            let grammar = lexicon.grammar.roles[Int(role)]
            if grammar.negates || grammar.boost < 0 { words.insert(.both, for: NormalizedText.hash(key)) }
        }
        var phrases: [(words: [[UInt8]], side: Sides)] = []
        for (key, entry) in lexicon.entries {
            // A valence of 0 counts as positive: the range is only wider than it need be, and still sure.
            let side: Sides = lexicon.valences[Int(entry)] < 0 ? .negative : .positive
            let parts = key.split(separator: 0x20).map(Array.init)
            if parts.count > 1 {
                phrases.append((parts, side))
            } else {
                words.insert(side, for: NormalizedText.hash(key))
            }
        }
        // A phrase only matches where all its words are, in order: one of its words with the phrase's sign,
        // or else any two of its words side by side, is enough. The pair kept is the one that ordinary
        // messages hold least often, so that "what is going on" does not open the bounds of every "what is".
        for phrase in phrases {
            guard !phrase.words.contains(where: { words.sides(of: NormalizedText.hash($0), among: .both).contains(phrase.side) }) else { continue }
            let first = Self.rarestPair(phrase.words)
            pairs.insert(phrase.side, for: Self.pairKey(NormalizedText.hash(phrase.words[first]), NormalizedText.hash(phrase.words[first + 1])))
        }
        self.words = words
        self.pairs = pairs
    }

    /// The sides a word (by the FNV hash of its folded key) may pull the score to, among `wanted` (a
    /// reader that has seen one side already only asks for the other).
    @inline(__always)
    func sides(ofWord hash: UInt64, among wanted: Sides = .both) -> Sides { words.sides(of: hash, among: wanted) }

    /// The sides two adjacent words, by their ``pairKey(_:_:)``, may begin a phrase of, among `wanted`.
    @inline(__always)
    func sides(ofPair key: UInt64, among wanted: Sides = .both) -> Sides { pairs.sides(of: key, among: wanted) }

    /// Where the pair of adjacent words that ordinary messages hold least often starts in a phrase: the
    /// pair with the fewest ``commonWords``, the first of those.
    static func rarestPair(_ words: [[UInt8]]) -> Int {
        func commonness(_ at: Int) -> Int {
            (commonWords.contains(words[at]) ? 1 : 0) + (commonWords.contains(words[at + 1]) ? 1 : 0)
        }
        return (0..<(words.count - 1)).min { commonness($0) < commonness($1) } ?? 0
    }

    /// The words most frequent in English and in customers' messages (articles, pronouns, auxiliaries,
    /// prepositions, greetings and thanks), folded: a pair made of these is in most messages.
    static let commonWords: Set<[UInt8]> = Set("""
        a an the and or but if so of to in on at by for from with about as into than then there here this that
        these those it its i im me my mine we our us you your yours he she him her his they them their
        is are was were be been being am do does did done have has had having will would can could shall should
        may might must not no yes what which who whom whose when where why how all any some each every
        just very too also only still yet now again up down out over off more most much many one two
        get go please
        thank thanks thx hi hello hey ok okay
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Array($0.utf8) })

    /// The key of two adjacent words, from their FNV hashes: mixed so that its high bits (which the
    /// filter reads) depend on both, and so that "a b" and "b a" differ.
    static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
        var key = (first &* 0x9E37_79B9_7F4A_7C15) ^ second
        key ^= key >> 33
        key &*= 0xFF51_AFD7_ED55_8CCD
        return key ^ (key >> 33)
    }

    /// Hashes with their sides: two bits per slot of 2^15 in front (8 kilobytes, a few percent of the slots
    /// used with the built-in lexicon, each the union of the sides of the hashes that fall on it), the
    /// hashes themselves behind for the words that pass.
    private struct SignTable: Sendable {
        private var front = [UInt64](repeating: 0, count: (1 << 15) / 32)
        private var hashes = HashTable()
        /// The placeholder before a lexicon is read says "either side" of every hash.
        private let isEverything: Bool

        init(everything: Bool = false) {
            isEverything = everything
        }

        /// The sides of a hash among `wanted`: the table behind is only read when the front has a wanted
        /// side, so that once a message has reached one side, the many words of that side pass on the front
        /// alone (their probe's outcome was hard to predict and often mispredicted).
        @inline(__always)
        func sides(of hash: UInt64, among wanted: Sides) -> Sides {
            guard !isEverything else { return wanted }
            let slot = Self.slot(hash)
            // Read by subscript: a closure over the buffer here was not inlined, and cost a call per word.
            let front = front[slot >> 5] >> UInt64((slot & 31) * 2) & UInt64(wanted.rawValue)
            guard front != 0, let stored = hashes.value(for: hash) else { return [] }
            return Sides(rawValue: UInt8(stored) & wanted.rawValue)
        }

        mutating func insert(_ sides: Sides, for hash: UInt64) {
            let slot = Self.slot(hash)
            front[slot >> 5] |= UInt64(sides.rawValue) << UInt64((slot & 31) * 2)
            let stored = hashes.value(for: hash).map { Sides(rawValue: UInt8($0)) } ?? []
            hashes.insert(Int32(stored.union(sides).rawValue), for: hash)
        }

        /// The slot of a hash: its top bits after a multiply by 2^64 / φ. FNV's own high bits vary too little
        /// between short words: taken directly, "the", "to", "is" and "so" all shared slots with lexicon
        /// words and went on to probe the table behind.
        @inline(__always)
        private static func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> (64 - 15)) }
    }
}
