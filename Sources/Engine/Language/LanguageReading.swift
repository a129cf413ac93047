/// One text's reading by the language identifier, character by character: the scores of its words and
/// trigrams per language so far.
///
/// It reads the model's tables in place, lent by the identifier for one text.
struct LanguageReading {
    let model: LanguageModel
    private let trigramRows: UnsafeBufferPointer<Int16>
    private let values: UnsafeBufferPointer<Float>
    /// Per language (the first three lanes), the sum of the weighted log-probabilities read.
    private(set) var scores = SIMD4<Float>()
    /// How many words and trigrams the model knew.
    private(set) var known = 0
    /// Whether the text had a combining accent (decomposed text, to be composed and read again).
    private(set) var sawCombiningMark = false
    /// How many words were read (not counting the shared ones, such as "ok").
    private(set) var words = 0
    // The current word: its trigrams' scores, added when it ends unless it is a shared word.
    private var wordScores = SIMD4<Float>()
    private var wordKnown = 0
    private var inWord = false
    private var letters = 0
    private var previous: UInt8 = 0
    private var beforePrevious: UInt8 = 0
    private var hash = NormalizedText.hashSeed

    init(model: LanguageModel, trigramRows: UnsafeBufferPointer<Int16>, values: UnsafeBufferPointer<Float>) {
        self.model = model
        self.trigramRows = trigramRows
        self.values = values
    }

    @inline(__always)
    mutating func read(_ kind: LanguageLetters.Kind) {
        switch kind {
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
            if letters >= 1 { addTrigram(beforePrevious, previous, code) }
            beforePrevious = previous
            previous = code
            letters += 1
            hash = NormalizedText.hash(hash, adding: folded)
        case .mark(let byte):
            endWord()
            if let row = model.words.value(for: NormalizedText.hash(NormalizedText.hashSeed, adding: byte)), row >= 0 {
                scores += model.wordWeight * values(row)
                known += 1
            }
        case .skipped:
            break
        case .combiningMark:
            sawCombiningMark = true
        case .boundary:
            endWord()
        }
    }

    /// Ends the word being read, if any: its last trigram, then the word itself.
    mutating func endWord() {
        guard inWord else { return }
        inWord = false
        addTrigram(beforePrevious, previous, 0)
        let row = model.words.value(for: hash) ?? -1
        guard row != LanguageModel.sharedWord else { return }
        scores += wordScores
        known += wordKnown
        if row >= 0 {
            scores += model.wordWeight * values(row)
            known += 1
        }
        words += 1
    }

    @inline(__always)
    private mutating func addTrigram(_ first: UInt8, _ second: UInt8, _ third: UInt8) {
        let row = trigramRows[LanguageModel.trigramKey(first, second, third)]
        guard row >= 0 else { return }
        wordScores += model.trigramWeight * values(Int32(row))
        wordKnown += 1
    }

    @inline(__always)
    private func values(_ row: Int32) -> SIMD4<Float> {
        let base = Int(row) * 3
        return SIMD4(values[base], values[base + 1], values[base + 2], 0)
    }
}
