/// The numbers the language identifier reads: for each word and each three-letter sequence (trigram) seen in
/// the training text, how much more likely it is in each language (log-probabilities, centred on their
/// mean), and how much words and trigrams weigh.
///
/// The built-in model is `data/language/model.tsv`, built from the team's own training text by
/// `scripts/build-language-model.py` and compiled in (``BuiltInLanguageModelData``).
struct LanguageModel: Sendable {
    /// A line of the model file that could not be read.
    struct LineError: Error, CustomStringConvertible {
        var line: Int
        var reason: String
        var description: String { "language model line \(line): \(reason)" }
    }

    /// The languages of the columns, in order.
    static let languages = Language.allCases
    var wordWeight: Float = 1
    var trigramWeight: Float = 1
    /// The confidence under which a message has no language.
    var confidentAt: Double = 0.8
    /// The same, for a message of fewer than ``shortWords`` words: it takes more to be sure of one word.
    var shortConfidentAt: Double = 0.9
    var shortWords = 3
    /// How much the customer's last sure language counts before a word is read (log-odds of about 55 to 1,
    /// the chance that a customer writes on in the same language): a Spanish customer's "que linda", which
    /// Portuguese writes almost alike, stays Spanish, while a sentence in Portuguese still switches.
    static let contactPrior: Float = 4

    /// Row of each trigram's values by its 15-bit key (three 5-bit letter codes), or -1.
    private(set) var trigramRows: [Int16]
    /// Each word's row, or ``sharedWord`` for a word every language writes alike ("ok", "link", "XL").
    private(set) var words = HashTable()
    static let sharedWord: Int32 = -2
    /// Each row's value per language, ``languages``-many per row.
    private(set) var values: [Float] = []

    init() {
        trigramRows = [Int16](repeating: -1, count: 1 << 15)
    }

    /// Reads the model file: `weights WORD TRIGRAM`, `confidence LONG SHORT SHORT_WORDS`, `s WORD` for
    /// each shared word, then `w WORD V...` and `t TRIGRAM V...` lines with one value per language.
    init(tsv: String) throws(LineError) {
        self.init()
        let count = Self.languages.count
        for (lineNumber, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            func number(_ index: Int) throws(LineError) -> Double {
                guard index < fields.count, let value = Double(fields[index]) else {
                    throw LineError(line: lineNumber + 1, reason: "expected a number in column \(index + 1)")
                }
                return value
            }
            switch fields[0] {
            case "weights":
                wordWeight = Float(try number(1))
                trigramWeight = Float(try number(2))
            case "confidence":
                confidentAt = try number(1)
                shortConfidentAt = try number(2)
                shortWords = Int(try number(3))
            case "s":
                guard fields.count == 2 else { throw LineError(line: lineNumber + 1, reason: "expected a shared word") }
                words.insert(Self.sharedWord, for: NormalizedText.hash(LanguageLetters.wordKey(fields[1])))
            case "w", "t":
                guard fields.count == 2 + count else { throw LineError(line: lineNumber + 1, reason: "expected \(2 + count) columns") }
                let row = Int32(values.count / count)
                for column in 0..<count { values.append(Float(try number(2 + column))) }
                if fields[0] == "w" {
                    words.insert(row, for: NormalizedText.hash(LanguageLetters.wordKey(fields[1])))
                } else {
                    let codes = fields[1].unicodeScalars.compactMap(LanguageLetters.code(ofModelCharacter:))
                    guard codes.count == 3 else { throw LineError(line: lineNumber + 1, reason: "'\(fields[1])' is not three letters") }
                    guard let small = Int16(exactly: row) else { throw LineError(line: lineNumber + 1, reason: "too many rows for a trigram") }
                    trigramRows[Self.trigramKey(codes[0], codes[1], codes[2])] = small
                }
            default:
                throw LineError(line: lineNumber + 1, reason: "unknown line kind '\(fields[0])'")
            }
        }
    }

    @inline(__always)
    static func trigramKey(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
        Int(first) << 10 | Int(second) << 5 | Int(third)
    }

    /// The model compiled into rulesd.
    static let builtIn: LanguageModel = {
        do { return try LanguageModel(tsv: BuiltInLanguageModelData.tsv) } catch { fatalError("built-in language model: \(error)") }
    }()
}
