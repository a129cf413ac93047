/// Cuts a message into what the sentiment scorer weighs: words (folded, apostrophes dropped, so "don't" is
/// "dont"), emoji (keyed without variation selectors or skin tones), emoticons such as ":)" and "<3", and
/// the punctuation that carries feeling ("!!!", "???") or ends a clause.
struct SentimentTokenizer {
    struct Token {
        enum Kind { case word, emoji, emoticon }
        var kind: Kind
        /// Byte range of the folded key in the tokenizer's buffer.
        var start: Int
        var end: Int
        var hash: UInt64
        /// Written entirely in capitals (two letters or more).
        var isAllCaps = false
        var hasLowercase = false
        /// A letter repeated three times or more ("sooo").
        var isElongated = false
        /// "!" and "?" written right after the token.
        var exclamations = 0
        var questions = 0
        /// A comma, period or similar follows: negation and interjections stop here.
        var endsClause = false
        /// The original text of the token, for explanations (UTF-8 byte range).
        var sourceStart: Int
        var sourceEnd: Int
        /// What the lexicon knows of the token, filled in by the scorer.
        var facts = SentimentLexicon.WordFacts()
    }

    private(set) var buffer: [UInt8] = []
    /// The tokens in order (the scorer writes their ``Token/facts``).
    var tokens: [Token] = []
    /// "!" and "?" before any token.
    private(set) var leadingExclamations = 0

    /// Emoticons known to the lexicon as lower-case ASCII, grouped by first byte, longest first.
    struct Emoticons: Sendable {
        private var byFirstByte = [[[UInt8]]](repeating: [], count: 256)
        /// The ASCII bytes an emoticon starts with (either case), held inline: most bytes are checked here
        /// and go no further.
        private var firstBytes = ASCIIByteSet()
        /// For emoticons that start with a letter or digit ("d:", "t_t"; not "<3"), the bytes that come
        /// second: words that start with "d" or "t" are turned away here, inline.
        private var secondAfterWordByte = ASCIIByteSet()
        /// Whether such an emoticon is a single byte, so that any second byte (or none) may follow.
        private var hasOneByteWordEmoticon = false
        /// For those emoticons, the byte after their leading letters and digits ("-" in "so-so", ":" in
        /// "d:"): a word ends there, so an emoticon can only start where a word does if that byte follows it.
        private var afterLeadingWord = ASCIIByteSet()

        init(_ emoticons: [[UInt8]] = []) {
            for emoticon in emoticons.sorted(by: { $0.count > $1.count }) where !emoticon.isEmpty {
                let first = emoticon[0]
                byFirstByte[Int(first)].append(emoticon)
                firstBytes.insertEitherCase(first)
                if NormalizedText.isASCIIWordByte(first) {
                    if emoticon.count > 1 { secondAfterWordByte.insertEitherCase(emoticon[1]) } else { hasOneByteWordEmoticon = true }
                    if let after = emoticon.first(where: { !NormalizedText.isASCIIWordByte($0) }) { afterLeadingWord.insertEitherCase(after) }
                }
            }
        }

        /// Whether an emoticon may start with this byte.
        func mayStart(with byte: UInt8) -> Bool { firstBytes.contains(byte) }

        /// Whether an emoticon may start where a word of `bytes` starts, by the byte at `end` that ends the
        /// word (if the text goes on): "so-so" may start at "so" followed by "-", never at a word followed by
        /// a space.
        func mayStartAtWord(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            hasOneByteWordEmoticon || end < bytes.count && afterLeadingWord.contains(bytes[end])
        }

        /// Whether an emoticon may start at a word followed by a space (none of the built-in ones can):
        /// what a reader that passes over such words without asking needs to know.
        var mayStartAtWordBeforeSpace: Bool { hasOneByteWordEmoticon || afterLeadingWord.contains(UInt8(ascii: " ")) }

        /// Whether an emoticon may start at `index`, by its first two bytes: a few bit tests that turn away
        /// almost every place before ``match(in:at:)`` is called.
        @inline(__always)
        func mayStart(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
            let first = bytes[index]
            guard mayStart(with: first) else { return false }
            guard NormalizedText.isASCIIWordByte(first), !hasOneByteWordEmoticon else { return true }
            return index + 1 < bytes.count && secondAfterWordByte.contains(bytes[index + 1])
        }

        /// The length of a known emoticon at `index`, standing on its own (spaces or the text's ends around
        /// it), in any case.
        func match(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
            guard index == 0 || Self.isBoundary(bytes[index - 1]), mayStart(bytes, at: index) else { return nil }
            var first = bytes[index]
            if first >= 0x41 && first <= 0x5A { first |= 0x20 }
            return byFirstByte[Int(first)].first { Self.stands($0, in: bytes, at: index) }?.count
        }

        /// Whether `emoticon` (lower case) is written at `index` in any case and ends there: at the text's end,
        /// a space, or an ASCII byte that is not a letter or digit.
        static func stands(_ emoticon: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
            let end = index + emoticon.count
            guard end <= bytes.count else { return false }
            for (offset, expected) in emoticon.enumerated() {
                var byte = bytes[index + offset]
                if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                guard byte == expected else { return false }
            }
            return end == bytes.count || isBoundary(bytes[end]) || !NormalizedText.isASCIIWordByte(bytes[end]) && bytes[end] < 0x80
        }

        /// Whether an emoticon may start after this byte (a space, a line break or a tab).
        static func isBoundary(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
        }
    }

    let emoticons: Emoticons

    init(emoticons: Emoticons) {
        self.emoticons = emoticons
    }

    /// The folded key of a token.
    func key(_ token: Token) -> ArraySlice<UInt8> { buffer[token.start..<token.end] }

    /// Tokenizes a text on its own (a lexicon term, or a text scored outside a rule evaluation).
    mutating func tokenize(_ text: String) {
        var text = text
        let normalized = NormalizedText(text)
        text.withUTF8 { tokenize(normalized, source: $0) }
    }

    /// Tokenizes a text from its keyword scan, so a message evaluated by rules is scanned once: the words
    /// and emoji are the scan's tokens (a word continued after an apostrophe is one token: "don't" is
    /// "dont"); only the bytes between them are read here, for punctuation and emoticons.
    ///
    /// - Parameters:
    ///   - normalized: the scan of `source`.
    ///   - source: the text's UTF-8.
    mutating func tokenize(_ normalized: NormalizedText, source: UnsafeBufferPointer<UInt8>) {
        buffer = normalized.withBuffers { _, folded in Array(folded) }
        tokens.removeAll(keepingCapacity: true)
        tokens.reserveCapacity(normalized.tokens.count)
        leadingExclamations = 0
        var walk = Walk(source: source)
        var next = 0
        let scanned = normalized.tokens
        while true {
            // One character before the next token (or the end): punctuation, an apostrophe, an emoticon.
            if walk.position < (next < scanned.count ? scanned[next].sourceStart : source.count) {
                if !(emoticons.mayStart(source, at: walk.position) && emoticon(at: &walk, skipping: scanned, next: &next)) {
                    readGap(&walk)
                }
                continue
            }
            guard next < scanned.count else { break }
            // An emoticon may begin with a letter or digit ("xD"; the "3" of "<3" is a token of the scan),
            // looked for only where the word is followed by a byte that ends such an emoticon's letters.
            if !scanned[next].isEmoji, emoticons.mayStartAtWord(endingAt: scanned[next].sourceEnd, in: source),
                emoticon(at: &walk, skipping: scanned, next: &next)
            {
                continue
            }
            append(scanned[next], &walk)
            next += 1
        }
        closeWord(sourceEnd: source.count, &walk)
    }

    /// Takes the emoticon at the walk's position, if one stands there, with the scan's tokens inside it
    /// (the "d" of ":D"); returns whether it did.
    private mutating func emoticon(at walk: inout Walk, skipping scanned: NormalizedText.Tokens, next: inout Int) -> Bool {
        guard let length = emoticons.match(in: walk.source, at: walk.position) else { return false }
        appendEmoticon(length: length, &walk)
        while next < scanned.count, scanned[next].sourceStart < walk.position { next += 1 }
        return true
    }

    // MARK: Between the scan's tokens

    /// Where the tokenizer is in the source, and whether the last word may still go on (only apostrophes
    /// and ignorable marks have followed it).
    private struct Walk {
        let source: UnsafeBufferPointer<UInt8>
        var position = 0
        var wordOpen = false
    }

    /// Reads one character between tokens: punctuation, apostrophes, separators.
    private mutating func readGap(_ walk: inout Walk) {
        let byte = walk.source[walk.position]
        if byte < 0x80 {
            if byte == UInt8(ascii: "'"), walk.wordOpen {
                // inside a word: "don't" becomes "dont"
            } else {
                closeWord(sourceEnd: walk.position, &walk)
                punctuation(byte)
            }
            walk.position += 1
            return
        }
        let (scalar, length) = NormalizedText.decode(walk.source, at: walk.position)
        if scalar.value == 0x2019, walk.wordOpen {  // ’ inside a word
            walk.position += length
            return
        }
        switch ScalarClass.of(scalar).kind {
        case .ignorable, .letter:
            break  // marks carry no meaning here; nor does a letter the scan folded to nothing
        case .separator, .emoji:
            closeWord(sourceEnd: walk.position, &walk)
            if scalar.value == 0xBF || scalar.value == 0xA1 { /* ¿ ¡ open a sentence */ } else { punctuation(UInt8(ascii: ",")) }
        }
        walk.position += length
    }

    /// Adds one token of the scan: an emoji, a new word, or the rest of a word after an apostrophe.
    private mutating func append(_ scanned: NormalizedText.Token, _ walk: inout Walk) {
        if scanned.isEmoji {
            closeWord(sourceEnd: scanned.sourceStart, &walk)
            tokens.append(Token(
                kind: .emoji, start: scanned.start, end: scanned.end, hash: scanned.hash,
                sourceStart: scanned.sourceStart, sourceEnd: scanned.sourceEnd))
        } else if walk.wordOpen {
            tokens[tokens.count - 1].end = scanned.end
            tokens[tokens.count - 1].hash = NormalizedText.hash(tokens[tokens.count - 1].hash, adding: buffer[scanned.start..<scanned.end])
        } else {
            tokens.append(Token(
                kind: .word, start: scanned.start, end: scanned.end, hash: scanned.hash,
                sourceStart: scanned.sourceStart, sourceEnd: scanned.sourceEnd))
            walk.wordOpen = true
        }
        walk.position = scanned.sourceEnd
    }

    /// Ends the open word at `sourceEnd`: what the scorer needs to know of its capitals and repeated
    /// letters is worked out here, once the word is whole.
    private mutating func closeWord(sourceEnd: Int, _ walk: inout Walk) {
        guard walk.wordOpen else { return }
        walk.wordOpen = false
        let last = tokens.count - 1
        tokens[last].sourceEnd = sourceEnd
        let (isAllCaps, hasLowercase) = Self.capitals(UnsafeBufferPointer(rebasing: walk.source[tokens[last].sourceStart..<sourceEnd]))
        tokens[last].isAllCaps = isAllCaps
        tokens[last].hasLowercase = hasLowercase
        var run = LetterRun()
        for byte in buffer[tokens[last].start..<tokens[last].end] {
            run.add(byte)
            if run.isElongated { break }
        }
        tokens[last].isElongated = run.isElongated
    }

    /// Whether a word is written in capitals (two letters or more, all upper case) and whether it has a
    /// lower-case letter. Most words start with a lower-case letter and are settled by their first byte.
    private static func capitals(_ word: UnsafeBufferPointer<UInt8>) -> (isAllCaps: Bool, hasLowercase: Bool) {
        var letters = 0
        var uppercase = 0
        var index = 0
        while index < word.count {
            let byte = word[index]
            if byte < 0x80 {
                if byte &- 0x61 < 26 { return (false, true) }
                if byte &- 0x41 < 26 {
                    letters += 1
                    uppercase += 1
                }
                index += 1
                continue
            }
            let (scalar, length) = NormalizedText.decode(word, at: index)
            let scalarClass = ScalarClass.of(scalar)
            if scalarClass.kind == .letter {
                if scalarClass.isLowercase { return (false, true) }
                letters += 1
                if scalarClass.isUppercase { uppercase += 1 }
            }
            index += length
        }
        return (letters >= 2 && uppercase == letters, false)
    }

    private mutating func punctuation(_ byte: UInt8) {
        Self.attach(byte, to: &tokens, leadingExclamations: &leadingExclamations)
    }

    /// What a punctuation byte does: "!" and "?" count on the last token ("!" before any token on the
    /// message), and ".", ",", ";", ":" and a line break end its clause.
    static func attach(_ byte: UInt8, to tokens: inout [Token], leadingExclamations: inout Int) {
        switch byte {
        case UInt8(ascii: "!"):
            if tokens.isEmpty { leadingExclamations += 1 } else { tokens[tokens.count - 1].exclamations += 1 }
        case UInt8(ascii: "?"):
            if !tokens.isEmpty { tokens[tokens.count - 1].questions += 1 }
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "\n"):
            if !tokens.isEmpty { tokens[tokens.count - 1].endsClause = true }
        default:
            break
        }
    }

    // MARK: Emoticons

    /// Adds the emoticon at the walk's position; its key goes after the scan's folded bytes.
    private mutating func appendEmoticon(length: Int, _ walk: inout Walk) {
        closeWord(sourceEnd: walk.position, &walk)
        let start = walk.position
        let keyStart = buffer.count
        for byte in walk.source[start..<(start + length)] { buffer.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        tokens.append(Token(
            kind: .emoticon, start: keyStart, end: buffer.count, hash: NormalizedText.hash(buffer[keyStart...]),
            sourceStart: start, sourceEnd: start + length))
        walk.position = start + length
    }
}

/// A set of ASCII bytes held in two words, so that testing a byte touches no memory of its own.
struct ASCIIByteSet: Sendable {
    private var below64: UInt64 = 0
    private var from64: UInt64 = 0

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? below64 >> UInt64(byte) & 1 != 0 : byte < 128 && from64 >> UInt64(byte - 64) & 1 != 0
    }

    /// Adds a byte, and a letter's other case too.
    mutating func insertEitherCase(_ byte: UInt8) {
        for byte in [byte, byte &- 0x61 < 26 ? byte - 0x20 : byte &- 0x41 < 26 ? byte | 0x20 : byte] {
            if byte < 64 { below64 |= 1 << UInt64(byte) } else if byte < 128 { from64 |= 1 << UInt64(byte - 64) }
        }
    }
}

/// The letters of a word as they come, to tell a stretched-out word ("sooo", "loooove"): one lower-case
/// letter three times or more in a row.
struct LetterRun {
    private var byte: UInt8 = 0
    private var length = 0
    private(set) var isElongated = false

    mutating func add(_ byte: UInt8) {
        if byte == self.byte {
            length += 1
            if length >= 3, byte >= 0x61 { isElongated = true }
        } else {
            self.byte = byte
            length = 1
        }
    }

    /// Hands `visit` the bytes of `word` with every run of one byte cut to at most `keep`: the shortened
    /// forms under which a stretched word is looked up ("baaad" → "bad" keeping 1, "baad" keeping 2).
    static func shortened(_ word: some Sequence<UInt8>, keepingRunsOf keep: Int, _ visit: (UInt8) -> Void) {
        var previous: UInt8?
        var run = 0
        for byte in word {
            run = byte == previous ? run + 1 : 1
            previous = byte
            if run <= keep { visit(byte) }
        }
    }
}
