import Foundation

/// Words, phrases, emoji and emoticons with their valence, from -4 (very negative) to 4 (very positive).
///
/// Terms are folded the way messages are (lower case, accents and apostrophes removed), so "Don't" in a
/// message finds "dont" in the lexicon. The built-in English lexicon ships in the repository as
/// `data/sentiment/lexicon-en.tsv` and is compiled into the binary; a seller's own file, in the same
/// `term<TAB>valence` form, extends or overrides it (``merging(_:)``).
public struct SentimentLexicon: Sendable {
    /// A line of a lexicon file that could not be read.
    public struct LineError: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }

        public init(line: Int, reason: String) {
            self.line = line
            self.reason = reason
        }
    }

    private var table = ByteStringTable<Int32>()
    private(set) var valences: [Double] = []
    /// Terms as written, by entry number, for explanations.
    private(set) var terms: [String] = []
    /// What each single-token key is to the scorer (see ``WordFacts``), so a token costs one probe.
    private var wordTable = ByteStringTable<Int32>()
    private var wordFacts: [WordFacts] = []
    /// Hashes of every multi-word beginning of a longer phrase, so a lookup stops as soon as no phrase can
    /// continue (a filter: a rare false "maybe" only costs one more step).
    private var phraseContinuations = HashTable()
    private(set) var longestPhrase = 1
    private(set) var emoticons: [[UInt8]] = []
    /// The emoticons grouped for the tokenizer, rebuilt when one is added.
    private(set) var emoticonGroups = SentimentTokenizer.Emoticons()

    /// Which words can move a score below or above zero, for ``LexiconSentimentScorer/scoreBounds(_:normalized:language:)``;
    /// worked out again whenever terms are added.
    private(set) var signs = SentimentSigns()

    /// How many terms the lexicon has.
    public var count: Int { terms.count }

    /// What one token's folded key is to the scorer, found in one probe: its lexicon entry, its grammar
    /// role (``GrammarRole``) and whether a phrase of the lexicon starts with it.
    struct WordFacts: Sendable {
        /// The lexicon entry of the word alone, or -1.
        var entry: Int32 = -1
        /// Its index in the lexicon's ``GrammarRoles``, or -1.
        var role: Int16 = -1
        var startsPhrase = false
    }

    /// The grammar words of the lexicon's language and what they do.
    let grammar: GrammarRoles

    /// An empty English lexicon (the grammar words are known to every lexicon).
    public init() {
        self.init(grammar: .english)
    }

    /// An empty lexicon whose messages follow a language's grammar words.
    init(grammar: GrammarRoles) {
        self.grammar = grammar
        for (key, role) in grammar.keys.entries { updateFacts(key) { $0.role = Int16(role) } }
        signs = SentimentSigns(lexicon: self)
    }

    /// The facts of a token's key (all empty for a word the scorer knows nothing of).
    func facts(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> WordFacts {
        wordTable.value(for: key, hash: hash).map { wordFacts[Int($0)] } ?? WordFacts()
    }

    private mutating func updateFacts(_ key: [UInt8], _ change: (inout WordFacts) -> Void) {
        if let index = wordTable.value(for: key) {
            change(&wordFacts[Int(index)])
        } else {
            var facts = WordFacts()
            change(&facts)
            wordTable.insert(Int32(wordFacts.count), for: key)
            wordFacts.append(facts)
        }
    }

    /// Reads `term<TAB>valence` lines; `#` starts a comment line.
    /// - Throws: ``LineError`` for a line without a tab or with a valence that is not a number in [-4, 4].
    public init(tsv: String) throws(LineError) {
        self.init()
        try add(tsv: tsv)
    }

    /// The built-in English lexicon.
    public static let builtIn: SentimentLexicon = {
        do { return try SentimentLexicon(tsv: BuiltInLexiconData.english) } catch { fatalError("built-in lexicon: \(error)") }
    }()

    /// The built-in lexicon of a language: its own words with its own grammar, and the emoji and emoticons
    /// every language shares (the English lexicon's); English for a message of no language.
    public static func builtIn(for language: Language?) -> SentimentLexicon {
        switch language {
        case .es: spanish
        case .pt: portuguese
        case .en, nil: builtIn
        }
    }

    private static let spanish = builtIn(BuiltInLexiconData.spanish, grammar: .spanish)
    private static let portuguese = builtIn(BuiltInLexiconData.portuguese, grammar: .portuguese)

    private static func builtIn(_ tsv: String, grammar: SentimentGrammar) -> SentimentLexicon {
        var lexicon = SentimentLexicon(grammar: GrammarRoles(grammar))
        for (index, term) in SentimentLexicon.builtIn.terms.enumerated() where Self.isSymbol(term) {
            lexicon.add(term: term, valence: SentimentLexicon.builtIn.valences[index])
        }
        do { try lexicon.add(tsv: tsv) } catch { fatalError("built-in lexicon: \(error)") }
        lexicon.addShortForms(grammar.shortForms)
        return lexicon
    }

    /// Each phrase again with one of its words in a short form ("q vergonha" for "que vergonha"), unless
    /// the lexicon has that phrase already.
    private mutating func addShortForms(_ shortForms: [String: [String]]) {
        guard !shortForms.isEmpty else { return }
        let forms = Dictionary(uniqueKeysWithValues: shortForms.map { (Array($0.key.utf8), $0.value) })
        var known = Set(entries.map(\.key))
        for (key, entry) in entries where key.contains(0x20) {
            let words = key.split(separator: 0x20).map(Array.init)
            for (position, word) in words.enumerated() {
                for short in forms[word] ?? [] {
                    var variant = words
                    variant[position] = Array(short.utf8)
                    let joined = Array(variant.joined(separator: [0x20]))
                    if known.insert(joined).inserted { add(term: String(decoding: joined, as: UTF8.self), valence: valences[Int(entry)]) }
                }
            }
        }
        signs = SentimentSigns(lexicon: self)
    }

    /// Whether a term is the same in every language: an emoji, or an emoticon (":)", ":-p", "xD"), not a
    /// word ("so-so" and "top-notch" are English).
    private static func isSymbol(_ term: String) -> Bool {
        let letters = term.unicodeScalars.count(where: \.properties.isAlphabetic)
        return letters == 0 || ["xd", "t_t"].contains(term.lowercased()) || letters == 1 && isEmoticon(term)
    }

    /// Whether a term is written like an emoticon: ASCII, no space, and a character that is not a letter
    /// or digit (":d", ":-p"; also "so-so", which the tokenizer must then find as one token).
    private static func isEmoticon(_ term: String) -> Bool {
        term.utf8.allSatisfy { $0 < 0x80 && $0 != 0x20 } && term.utf8.contains { !NormalizedText.isASCIIWordByte($0) && $0 != UInt8(ascii: "'") }
    }

    /// This lexicon extended by another; the other's valences win for terms in both.
    public func merging(_ other: SentimentLexicon) -> SentimentLexicon {
        guard other.count > 0 else { return self }
        var merged = self
        for (index, term) in other.terms.enumerated() { merged.add(term: term, valence: other.valences[index]) }
        merged.signs = SentimentSigns(lexicon: merged)
        return merged
    }

    mutating func add(tsv: String) throws(LineError) {
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw LineError(line: number + 1, reason: "expected a term, a tab and a valence")
            }
            guard let valence = Double(parts[1].trimmingCharacters(in: .whitespaces)), (-4...4).contains(valence) else {
                throw LineError(line: number + 1, reason: "'\(parts[1])' is not a valence between -4 and 4")
            }
            let term = parts[0].trimmingCharacters(in: .whitespaces)
            guard !term.isEmpty else { throw LineError(line: number + 1, reason: "empty term") }
            add(term: term, valence: valence)
        }
        signs = SentimentSigns(lexicon: self)
    }

    /// Adds or replaces one term.
    private mutating func add(term: String, valence: Double) {
        let lowered = term.lowercased()
        let isEmoticon = Self.isEmoticon(lowered)
        if isEmoticon, !emoticons.contains(Array(lowered.utf8)) {
            emoticons.append(Array(lowered.utf8))
            emoticonGroups = SentimentTokenizer.Emoticons(emoticons)
        }
        var tokenizer = SentimentTokenizer(emoticons: isEmoticon ? SentimentTokenizer.Emoticons([Array(lowered.utf8)]) : emoticonGroups)
        tokenizer.tokenize(term)
        guard !tokenizer.tokens.isEmpty else { return }
        var key: [UInt8] = []
        for (index, token) in tokenizer.tokens.enumerated() {
            if index > 0 { key.append(UInt8(ascii: " ")) }
            key += tokenizer.key(token)
        }
        if tokenizer.tokens.count > 1 {
            updateFacts(Array(tokenizer.key(tokenizer.tokens[0]))) { $0.startsPhrase = true }
            longestPhrase = max(longestPhrase, tokenizer.tokens.count)
            var prefix: [UInt8] = Array(tokenizer.key(tokenizer.tokens[0]))
            for token in tokenizer.tokens.dropFirst().dropLast() {
                prefix.append(UInt8(ascii: " "))
                prefix += tokenizer.key(token)
                phraseContinuations.insert(1, for: NormalizedText.hash(prefix))
            }
        }
        if let existing = table.value(for: key) {
            valences[Int(existing)] = valence
            terms[Int(existing)] = term
        } else {
            let entry = Int32(valences.count)
            table.insert(entry, for: key)
            if tokenizer.tokens.count == 1 { updateFacts(key) { $0.entry = entry } }
            valences.append(valence)
            terms.append(term)
        }
    }

    func entry(_ key: [UInt8]) -> Int? { table.value(for: key).map(Int.init) }

    /// Every term's folded key (a phrase's words joined by single spaces) and entry number.
    var entries: [(key: [UInt8], value: Int32)] { table.entries }

    /// The entry for the phrase made of the tokens `first...last` joined by single spaces, whose FNV hash
    /// is `hash`, found without copying the words together.
    func phraseEntry(_ buffer: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<SentimentTokenizer.Token>, first: Int, last: Int, hash: UInt64) -> Int? {
        table.value(hash: hash) { key in
            var offset = 0
            for position in first...last {
                if position > first {
                    guard offset < key.count, key[offset] == 0x20 else { return false }
                    offset += 1
                }
                let token = tokens[position]
                guard offset + (token.end - token.start) <= key.count else { return false }
                for byte in buffer[token.start..<token.end] {
                    guard key[offset] == byte else { return false }
                    offset += 1
                }
            }
            return offset == key.count
        }.map(Int.init)
    }

    /// Whether some longer phrase begins with the words hashed so far.
    func continuesPhrase(_ hash: UInt64) -> Bool { phraseContinuations.value(for: hash) != nil }
}
