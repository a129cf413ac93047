@testable import Engine

/// The sentiment tokenizer as it was first written: one scan of the text, byte by byte, that decides
/// everything itself. The engine now derives its sentiment tokens from the keyword scan's
/// ``NormalizedText`` instead of scanning the text a second time; this simpler scanner stays here as
/// the model that derivation must agree with (see ``SentimentTokenizerTests``).
struct ReferenceSentimentTokenizer {
    typealias Token = SentimentTokenizer.Token

    private(set) var buffer: [UInt8] = []
    private(set) var tokens: [Token] = []
    /// "!" and "?" before any token.
    private(set) var leadingExclamations = 0

    let emoticons: [[UInt8]]

    init(emoticons: [[UInt8]]) {
        self.emoticons = emoticons
    }

    /// The folded key of a token.
    func key(_ token: Token) -> ArraySlice<UInt8> { buffer[token.start..<token.end] }

    mutating func tokenize(_ text: String) {
        buffer.removeAll(keepingCapacity: true)
        tokens.removeAll(keepingCapacity: true)
        leadingExclamations = 0
        buffer.reserveCapacity(text.utf8.count)
        tokens.reserveCapacity(text.utf8.count / 4 + 1)
        var text = text
        text.withUTF8 { scan($0) }
    }

    // MARK: Scanning

    private var wordStart = -1
    private var wordSourceStart = 0
    private var letters = 0
    private var uppercase = 0
    private var lowercase = 0
    private var run = LetterRun()

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if wordStart < 0, let length = emoticon(in: bytes, at: index) {
                appendEmoticon(bytes, from: index, length: length)
                index += length
                continue
            }
            if byte < 0x80 {
                if NormalizedText.isASCIIWordByte(byte) {
                    startWord(at: index)
                    index = appendASCIIRun(bytes, from: index)
                    continue
                } else if byte == UInt8(ascii: "'"), wordStart >= 0 {
                    // inside a word: "don't" becomes "dont"
                } else {
                    finishWord(sourceEnd: index)
                    punctuation(byte)
                }
                index += 1
                continue
            }
            let (scalar, length) = NormalizedText.decode(bytes, at: index)
            if scalar.value == 0x2019, wordStart >= 0 {  // ’ inside a word
                index += length
                continue
            }
            let scalarClass = ScalarClass.of(scalar)
            switch scalarClass.kind {
            case .emoji:
                finishWord(sourceEnd: index)
                index = appendEmoji(bytes, from: index)
                continue
            case .ignorable:
                break  // accents and joiners inside a word carry no meaning here
            case .letter:
                startWord(at: index)
                letters += 1
                if scalarClass.isUppercase { uppercase += 1 } else if scalarClass.isLowercase { lowercase += 1 }
                for folded in NormalizedText.fold(scalar) { appendToWord(folded) }
            case .separator:
                finishWord(sourceEnd: index)
                if scalar.value == 0xBF || scalar.value == 0xA1 { /* ¿ ¡ open a sentence */ } else { punctuation(UInt8(ascii: ",")) }
            }
            index += length
        }
        finishWord(sourceEnd: bytes.count)
    }

    private mutating func startWord(at index: Int) {
        guard wordStart < 0 else { return }
        wordStart = buffer.count
        wordSourceStart = index
        letters = 0
        uppercase = 0
        lowercase = 0
        run = LetterRun()
    }

    /// Appends the run of ASCII letters and digits starting at `start` to the current word, counting
    /// letters, capitals and repeats in locals; returns the offset after the run.
    private mutating func appendASCIIRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        var letters = self.letters
        var uppercase = self.uppercase
        var lowercase = self.lowercase
        var run = self.run
        repeat {
            let byte = bytes[index]
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let folded = isUpper ? byte | 0x20 : byte
            if byte >= 0x41 { letters += 1 }
            if isUpper { uppercase += 1 } else if byte >= 0x61 { lowercase += 1 }
            run.add(folded)
            buffer.append(folded)
            index += 1
        } while index < bytes.count && NormalizedText.isASCIIWordByte(bytes[index])
        self.letters = letters
        self.uppercase = uppercase
        self.lowercase = lowercase
        self.run = run
        return index
    }

    private mutating func appendToWord(_ byte: UInt8) {
        run.add(byte)
        buffer.append(byte)
    }

    private mutating func finishWord(sourceEnd: Int) {
        guard wordStart >= 0 else { return }
        var token = Token(
            kind: .word, start: wordStart, end: buffer.count, hash: NormalizedText.hash(buffer[wordStart...]),
            sourceStart: wordSourceStart, sourceEnd: sourceEnd)
        token.isAllCaps = letters >= 2 && uppercase == letters
        token.hasLowercase = lowercase > 0
        token.isElongated = run.isElongated
        tokens.append(token)
        wordStart = -1
        run = LetterRun()
    }

    private mutating func punctuation(_ byte: UInt8) {
        SentimentTokenizer.attach(byte, to: &tokens, leadingExclamations: &leadingExclamations)
    }

    // MARK: Emoji and emoticons

    private mutating func appendEmoji(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let keyStart = buffer.count
        let index = NormalizedText.emojiKey(bytes, from: start) { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[$0])) }
        tokens.append(Token(
            kind: .emoji, start: keyStart, end: buffer.count, hash: NormalizedText.hash(buffer[keyStart...]),
            sourceStart: start, sourceEnd: index))
        return index
    }

    /// The length of a known emoticon at `index`, standing on its own (spaces or the text's ends around it).
    /// Every emoticon is tried here, without the engine's first- and second-byte filters, so that the tests
    /// check those filters turn nothing away that could match.
    private func emoticon(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard index == 0 || SentimentTokenizer.Emoticons.isBoundary(bytes[index - 1]) else { return nil }
        return emoticons.sorted { $0.count > $1.count }.first { SentimentTokenizer.Emoticons.stands($0, in: bytes, at: index) }?.count
    }

    private mutating func appendEmoticon(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int) {
        let keyStart = buffer.count
        for byte in bytes[start..<(start + length)] { buffer.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        tokens.append(Token(
            kind: .emoticon, start: keyStart, end: buffer.count, hash: NormalizedText.hash(buffer[keyStart...]),
            sourceStart: start, sourceEnd: start + length))
    }
}

