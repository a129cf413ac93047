/// The one pass that makes a ``NormalizedText``: it reads the UTF-8 once and writes the folded bytes
/// straight into a buffer of fixed room, hashing each word as it goes.
struct TextScanner {
    private let out: UnsafeMutableBufferPointer<UInt8>
    private var count = 0
    private var tokens: [NormalizedText.Token] = []
    private var wordStart = -1
    private var wordSourceStart = 0
    private var wordSourceEnd = 0
    /// FNV-1a of the current word's folded bytes so far.
    private var wordHash = NormalizedText.hashSeed

    private init(out: UnsafeMutableBufferPointer<UInt8>, expectedTokens: Int) {
        self.out = out
        tokens.reserveCapacity(expectedTokens)
    }

    /// The folded bytes and tokens of a text, or nil if they need more than `capacity` bytes.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, capacity: Int) -> (folded: [UInt8], tokens: [NormalizedText.Token])? {
        var tokens: [NormalizedText.Token] = []
        var fits = true
        let folded = [UInt8](unsafeUninitializedCapacity: capacity) { out, written in
            var scanner = TextScanner(out: out, expectedTokens: bytes.count / 4 + 1)
            fits = scanner.scan(bytes)
            written = fits ? scanner.count : 0
            tokens = scanner.tokens
        }
        return fits ? (folded, tokens) : nil
    }

    /// Scans the whole text; false when the buffer is too small.
    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard NormalizedText.isASCIIWordByte(byte) else {
                    finishWord()
                    index += 1
                    continue
                }
                // A run of ASCII letters and digits: lowered, written and hashed in one loop.
                startWordIfNeeded(at: index)
                var hash = wordHash
                var written = count
                repeat {
                    guard written < out.count else { return false }
                    var letter = bytes[index]
                    if letter &- 0x41 < 26 { letter |= 0x20 }
                    out[written] = letter
                    written += 1
                    hash = NormalizedText.hash(hash, adding: letter)
                    index += 1
                } while index < bytes.count && NormalizedText.isASCIIWordByte(bytes[index])
                count = written
                wordHash = hash
                wordSourceEnd = index
                continue
            }
            let (scalar, length) = NormalizedText.decode(bytes, at: index)
            switch ScalarClass.of(scalar).kind {
            case .emoji:
                finishWord()
                guard let end = appendEmoji(bytes, from: index) else { return false }
                index = end
                continue
            case .ignorable:
                // Combining accents, variation selectors and joiners carry no meaning for matching.
                if wordStart >= 0 { wordSourceEnd = index + length }
            case .letter:
                startWordIfNeeded(at: index)
                let fold = NormalizedText.fold(scalar)
                guard count + fold.count <= out.count else { return false }
                for byte in fold {
                    out[count] = byte
                    count += 1
                    wordHash = NormalizedText.hash(wordHash, adding: byte)
                }
                wordSourceEnd = index + length
            case .separator:
                finishWord()
            }
            index += length
        }
        finishWord()
        return true
    }

    private mutating func startWordIfNeeded(at sourceStart: Int) {
        guard wordStart < 0 else { return }
        wordStart = count
        wordSourceStart = sourceStart
        wordHash = NormalizedText.hashSeed
    }

    private mutating func finishWord() {
        guard wordStart >= 0 else { return }
        if count > wordStart {
            tokens.append(NormalizedText.Token(
                start: wordStart, end: count, sourceStart: wordSourceStart, sourceEnd: wordSourceEnd, hash: wordHash, isEmoji: false))
        }
        wordStart = -1
    }

    /// Adds the emoji sequence at `start` as a token; returns the offset after it, or nil without room.
    private mutating func appendEmoji(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let tokenStart = count
        var written = count
        var hash = NormalizedText.hashSeed
        var fits = true
        let out = self.out
        let end = NormalizedText.emojiKey(bytes, from: start) { range in
            guard fits, written + range.count <= out.count else {
                fits = false
                return
            }
            for index in range {
                out[written] = bytes[index]
                written += 1
                hash = NormalizedText.hash(hash, adding: bytes[index])
            }
        }
        guard fits else { return nil }
        count = written
        tokens.append(NormalizedText.Token(start: tokenStart, end: count, sourceStart: start, sourceEnd: end, hash: hash, isEmoji: true))
        return end
    }
}
