/// The one pass that makes a ``NormalizedText``: it reads the UTF-8 once and writes the folded bytes
/// straight into a buffer of fixed room, hashing each word as it goes.
///
/// The pass keeps its state in local variables rather than in a struct's fields: it runs once per word of
/// every message evaluated, and as a mutating struct the compiler kept copies of each field in memory and
/// spent more instructions moving them than reading the text.
enum TextScanner {
    /// The folded bytes and tokens of a text, or nil if they need more than `capacity` bytes.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, capacity: Int) -> (folded: [UInt8], tokens: [NormalizedText.Token])? {
        var tokens: [NormalizedText.Token] = []
        var fits = true
        let folded = [UInt8](unsafeUninitializedCapacity: capacity) { out, written in
            // Every token covers at least one byte of the text, so there are never more tokens than bytes.
            tokens = [NormalizedText.Token](unsafeUninitializedCapacity: bytes.count) { room, made in
                let result = scan(bytes, into: out, tokens: room)
                fits = result != nil
                written = result?.written ?? 0
                made = result?.tokens ?? 0
            }
        }
        return fits ? (folded, tokens) : nil
    }

    /// Scans the whole text into `out` and `tokens`; returns how many bytes and tokens it wrote, or nil
    /// when `out` is too small.
    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>, tokens: UnsafeMutableBufferPointer<NormalizedText.Token>
    ) -> (written: Int, tokens: Int)? {
        var index = 0
        var count = 0
        var made = 0
        // The word being read: where its folded bytes start (-1 between words), its source range, its hash.
        var wordStart = -1
        var wordSourceStart = 0
        var wordSourceEnd = 0
        var wordHash = NormalizedText.hashSeed

        @inline(__always) func finishWord() {
            if wordStart >= 0, count > wordStart {
                tokens[made] = NormalizedText.Token(
                    start: wordStart, end: count, sourceStart: wordSourceStart, sourceEnd: wordSourceEnd, hash: wordHash, isEmoji: false)
                made += 1
            }
            wordStart = -1
        }
        @inline(__always) func startWordIfNeeded(at sourceStart: Int) {
            guard wordStart < 0 else { return }
            wordStart = count
            wordSourceStart = sourceStart
            wordHash = NormalizedText.hashSeed
        }

        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard NormalizedText.isASCIIWordByte(byte) else {
                    finishWord()
                    index += 1
                    continue
                }
                // A run of ASCII letters and digits: lowered, written and hashed in one loop. It writes at most
                // one byte per byte it reads, so the room for the rest of the text is checked once, here.
                startWordIfNeeded(at: index)
                guard count + (bytes.count - index) <= out.count else { return nil }
                (index, count, wordHash) = lowerASCIIRun(bytes, from: index, into: out, at: count, hash: wordHash)
                wordSourceEnd = index
                continue
            }
            let (scalar, length) = NormalizedText.decode(bytes, at: index)
            switch ScalarClass.of(scalar).kind {
            case .emoji:
                finishWord()
                guard let end = appendEmoji(bytes, from: index, into: out, count: &count, tokens: tokens, made: &made) else { return nil }
                index = end
                continue
            case .ignorable:
                // Combining accents, variation selectors and joiners carry no meaning for matching.
                if wordStart >= 0 { wordSourceEnd = index + length }
            case .letter:
                startWordIfNeeded(at: index)
                let fold = NormalizedText.fold(scalar)
                guard count + fold.count <= out.count else { return nil }
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
        return (count, made)
    }

    /// Lowers the run of ASCII letters and digits at `start` into `out` from `written`, continuing `hash`;
    /// returns where the run ends, where the writing ends and the hash. The caller has checked the room.
    @inline(__always)
    private static func lowerASCIIRun(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into out: UnsafeMutableBufferPointer<UInt8>, at written: Int, hash: UInt64
    ) -> (end: Int, written: Int, hash: UInt64) {
        // Raw pointers: the loop runs once per letter of every message, and the room is already known.
        guard let source = bytes.baseAddress, let target = out.baseAddress else { return (start, written, hash) }
        let end = bytes.count
        var index = start
        var position = written
        var hash = hash
        repeat {
            var letter = source[index]
            if letter &- 0x41 < 26 { letter |= 0x20 }
            target[position] = letter
            position += 1
            hash = NormalizedText.hash(hash, adding: letter)
            index += 1
        } while index < end && NormalizedText.isASCIIWordByte(source[index])
        return (index, position, hash)
    }

    /// Adds the emoji sequence at `start` as a token; returns the offset after it, or nil without room.
    private static func appendEmoji(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into out: UnsafeMutableBufferPointer<UInt8>, count: inout Int,
        tokens: UnsafeMutableBufferPointer<NormalizedText.Token>, made: inout Int
    ) -> Int? {
        let tokenStart = count
        var written = count
        var hash = NormalizedText.hashSeed
        var fits = true
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
        tokens[made] = NormalizedText.Token(start: tokenStart, end: count, sourceStart: start, sourceEnd: end, hash: hash, isEmoji: true)
        made += 1
        return end
    }
}
