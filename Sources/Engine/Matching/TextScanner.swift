/// The one pass that makes a ``NormalizedText``: it reads the UTF-8 once and writes the folded bytes
/// straight into a buffer of fixed room, hashing each word as it goes.
///
/// The pass keeps its state in local variables (and the open word in one small value) rather than in the
/// fields of a mutating struct: it runs over every message evaluated, and as a struct the compiler kept
/// copies of each field in memory and spent more instructions moving them than reading the text.
enum TextScanner {
    /// Scans a text into `storage`; false if its folded bytes need more room than it has.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into storage: ScanStorage) -> Bool {
        storage.withRoom { tokens, out in
            guard let result = scan(bytes, into: out, tokens: tokens) else { return (false, 0, 0) }
            return (true, result.tokens, result.written)
        }
    }

    /// Scans the whole text into `out` and `tokens`; returns how many bytes and tokens it wrote, or nil
    /// when `out` is too small.
    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>, tokens: UnsafeMutableBufferPointer<NormalizedText.Token>
    ) -> (written: Int, tokens: Int)? {
        var index = 0
        var count = 0
        var made = 0
        var word = OpenWord()
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard NormalizedText.isASCIIWordByte(byte) else {
                    word.finish(at: count, into: tokens, made: &made)
                    index += 1
                    continue
                }
                // A run of ASCII letters and digits: lowered, written and hashed in one loop. It writes at most
                // one byte per byte it reads, so the room for the rest of the text is checked once, here.
                word.startIfNeeded(folded: count, source: index)
                // Wrapping arithmetic: both counts are at most the buffers' sizes.
                guard count &+ (bytes.count &- index) <= out.count else { return nil }
                (index, count, word.hash) = lowerASCIIRun(bytes, from: index, into: out, at: count, hash: word.hash)
                word.sourceEnd = index
                // Most runs end at a space, which ends the word: taken here, without the tests at the top.
                if index < bytes.count, bytes[index] == UInt8(ascii: " ") {
                    word.finish(at: count, into: tokens, made: &made)
                    index &+= 1
                }
                continue
            }
            let (scalar, length) = NormalizedText.decode(bytes, at: index)
            switch ScalarClass.of(scalar).kind {
            case .emoji:
                word.finish(at: count, into: tokens, made: &made)
                guard let end = appendEmoji(bytes, from: index, into: out, count: &count, tokens: tokens, made: &made) else { return nil }
                index = end
                continue
            case .ignorable:
                // Combining accents, variation selectors and joiners carry no meaning for matching.
                if word.isOpen { word.sourceEnd = index + length }
            case .letter:
                word.startIfNeeded(folded: count, source: index)
                let fold = NormalizedText.fold(scalar)
                guard count + fold.count <= out.count else { return nil }
                for byte in fold {
                    out[count] = byte
                    count += 1
                    word.hash = NormalizedText.hash(word.hash, adding: byte)
                }
                word.sourceEnd = index + length
            case .separator:
                word.finish(at: count, into: tokens, made: &made)
            }
            index += length
        }
        word.finish(at: count, into: tokens, made: &made)
        return (count, made)
    }

    /// The word being read: where its folded bytes start (-1 between words), its source range, its hash.
    /// (Its own value, changed through methods, rather than variables captured by local functions: the
    /// compiler boxed those and checked every access at run time.)
    private struct OpenWord {
        var start = -1
        var sourceStart = 0
        var sourceEnd = 0
        var hash = NormalizedText.hashSeed

        var isOpen: Bool { start >= 0 }

        @inline(__always)
        mutating func startIfNeeded(folded: Int, source: Int) {
            guard start < 0 else { return }
            start = folded
            sourceStart = source
            hash = NormalizedText.hashSeed
        }

        /// Ends the word (if one is open) where the folded bytes stand at `end`, adding its token.
        @inline(__always)
        mutating func finish(at end: Int, into tokens: UnsafeMutableBufferPointer<NormalizedText.Token>, made: inout Int) {
            if start >= 0, end > start {
                tokens[made] = NormalizedText.Token(
                    start: start, end: end, sourceStart: sourceStart, sourceEnd: sourceEnd, hash: hash, isEmoji: false)
                made += 1
            }
            start = -1
        }
    }

    /// Lowers the run of ASCII letters and digits at `start` into `out` from `written`, continuing `hash`;
    /// returns where the run ends, where the writing ends and the hash. The caller has checked the room
    /// for the run itself; the eight-byte stores check their own.
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
        // Eight bytes at a time while eight can be read and written: all eight are lowered and stored,
        // and only the run's bytes among them are hashed and kept (the rest are written over later).
        while index + 8 <= end, position + 8 <= out.count {
            let block = ASCIIWordBlock(at: source + index)
            let length = block.wordLength
            var lowered = block.lowered
            UnsafeMutableRawPointer(target + position).storeBytes(of: lowered.littleEndian, as: UInt64.self)
            for _ in 0..<length {
                hash = NormalizedText.hash(hash, adding: UInt8(truncatingIfNeeded: lowered))
                lowered >>= 8
            }
            index += length
            position += length
            if length < 8 { return (index, position, hash) }
        }
        // The last few bytes of the text, one at a time.
        while index < end, NormalizedText.isASCIIWordByte(source[index]) {
            var letter = source[index]
            if letter &- 0x41 < 26 { letter |= 0x20 }
            target[position] = letter
            position += 1
            hash = NormalizedText.hash(hash, adding: letter)
            index += 1
        }
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
