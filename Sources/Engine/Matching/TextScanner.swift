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
            if !word.isOpen {
                (index, count, made) = scanPlainWords(bytes, from: index, into: out, at: count, tokens: tokens, made: made)
                guard index < bytes.count else { break }
            }
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
                // A run that continues a word ("cafe\u{301}s") is not compared with the bytes before it.
                if word.start < count { word.mayBeStretched = true }
                // Wrapping arithmetic: both counts are at most the buffers' sizes.
                guard count &+ (bytes.count &- index) <= out.count else { return nil }
                let stretched: Bool
                (index, count, word.hash, stretched) = lowerASCIIRun(bytes, from: index, into: out, at: count, hash: word.hash)
                word.mayBeStretched = word.mayBeStretched || stretched
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
                word.mayBeStretched = true
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

    /// Scans, from `start`, the words that are a run of fewer than eight ASCII letters and digits followed
    /// by a space (most words), each straight into its token; returns where it stopped (at the first other
    /// byte), the folded bytes' count and the tokens' count. The caller has no word open at `start`.
    ///
    /// The same tokens the general loop of `scan` makes, without its open word, its tests of each byte's kind
    /// and its checks of the room for each run: eight bytes are read, measured, lowered, hashed and tested
    /// for a space after the run at once.
    @inline(__always)
    private static func scanPlainWords(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into out: UnsafeMutableBufferPointer<UInt8>, at written: Int,
        tokens: UnsafeMutableBufferPointer<NormalizedText.Token>, made: Int
    ) -> (index: Int, written: Int, made: Int) {
        guard let source = bytes.baseAddress, let target = out.baseAddress else { return (start, written, made) }
        var index = start
        var position = written
        var made = made
        while index &+ 8 <= bytes.count, position &+ 8 <= out.count {
            let block = ASCIIWordBlock(at: source + index)
            let length = block.wordLength
            // A word of 1 to 7 bytes, and the byte after it (still in the block) a space.
            guard length > 0, length < 8, (block.bytes >> UInt64(truncatingIfNeeded: length &* 8)) & 0xFF == 0x20 else { break }
            let lowered = block.lowered
            UnsafeMutableRawPointer(target + position).storeBytes(of: lowered.littleEndian, as: UInt64.self)
            tokens[made] = NormalizedText.Token(
                start: position, end: position &+ length, sourceStart: index, sourceEnd: index &+ length,
                hash: hashed(lowered, count: length, continuing: NormalizedText.hashSeed), isEmoji: false,
                mayBeStretched: ASCIIWordBlock.mayBeStretched(lowered, pairs: block.pairs))
            made &+= 1
            position &+= length
            index &+= length &+ 1
        }
        return (index, position, made)
    }

    /// The word being read: where its folded bytes start (-1 between words), its source range, its hash.
    /// (Its own value, changed through methods, rather than variables captured by local functions: the
    /// compiler boxed those and checked every access at run time.)
    private struct OpenWord {
        var start = -1
        var sourceStart = 0
        var sourceEnd = 0
        var hash = NormalizedText.hashSeed
        /// False while the word is known not to read as stretched.
        var mayBeStretched = false

        var isOpen: Bool { start >= 0 }

        @inline(__always)
        mutating func startIfNeeded(folded: Int, source: Int) {
            guard start < 0 else { return }
            start = folded
            sourceStart = source
            hash = NormalizedText.hashSeed
            mayBeStretched = false
        }

        /// Ends the word (if one is open) where the folded bytes stand at `end`, adding its token.
        @inline(__always)
        mutating func finish(at end: Int, into tokens: UnsafeMutableBufferPointer<NormalizedText.Token>, made: inout Int) {
            if start >= 0, end > start {
                tokens[made] = NormalizedText.Token(
                    start: start, end: end, sourceStart: sourceStart, sourceEnd: sourceEnd, hash: hash, isEmoji: false,
                    mayBeStretched: mayBeStretched)
                made += 1
            }
            start = -1
        }
    }

    /// Lowers the run of ASCII letters and digits at `start` into `out` from `written`, continuing `hash`;
    /// returns where the run ends, where the writing ends, the hash, and whether the run may read as
    /// stretched to the sentiment scorer (see ``NormalizedText/Token/mayBeStretched``): exactly for a run
    /// of fewer than eight bytes, and for a longer one whenever two neighbouring bytes are equal. The
    /// caller has checked the room for the run itself; the eight-byte stores check their own.
    @inline(__always)
    private static func lowerASCIIRun(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into out: UnsafeMutableBufferPointer<UInt8>, at written: Int, hash: UInt64
    ) -> (end: Int, written: Int, hash: UInt64, mayBeStretched: Bool) {
        // Raw pointers: the loop runs once per letter of every message, and the room is already known.
        guard let source = bytes.baseAddress, let target = out.baseAddress else { return (start, written, hash, false) }
        let end = bytes.count
        var index = start
        var position = written
        var hash = hash
        var repeats = false
        // The run's byte before the next one read: none yet (a value no byte has).
        var previous: UInt64 = 0x100
        // Eight bytes at a time while eight can be read and written: all eight are lowered and stored,
        // and only the run's bytes among them are hashed and kept (the rest are written over later).
        while index + 8 <= end, position + 8 <= out.count {
            let block = ASCIIWordBlock(at: source + index)
            let length = block.wordLength
            let lowered = block.lowered
            UnsafeMutableRawPointer(target + position).storeBytes(of: lowered.littleEndian, as: UInt64.self)
            hash = hashed(lowered, count: length, continuing: hash)
            index += length
            position += length
            let pairs = block.pairs
            if length < 8 {
                // Most words: the whole run in this one block, read exactly.
                let alone = ASCIIWordBlock.mayBeStretched(lowered, pairs: pairs)
                let joined = repeats || ASCIIWordBlock.repeatsAByte(lowered, pairs: pairs, after: previous)
                return (index, position, hash, previous > 0xFF ? alone : joined)
            }
            repeats = repeats || ASCIIWordBlock.repeatsAByte(lowered, pairs: pairs, after: previous)
            previous = lowered >> 56
        }
        return lowerASCIITail(source, from: index, to: end, into: target, at: position, hash: hash, repeats: repeats, previous: previous)
    }

    /// The end of ``lowerASCIIRun(_:from:into:at:hash:)`` for the last few bytes of a text, one at a time:
    /// how long the last run of one byte is, and whether one reached three. Kept apart (and not inlined)
    /// so that the loop above, which runs for almost every word, stays small enough to inline.
    @inline(never)
    private static func lowerASCIITail(
        _ source: UnsafePointer<UInt8>, from start: Int, to end: Int, into target: UnsafeMutablePointer<UInt8>, at written: Int,
        hash: UInt64, repeats: Bool, previous: UInt64
    ) -> (end: Int, written: Int, hash: UInt64, mayBeStretched: Bool) {
        var index = start
        var position = written
        var hash = hash
        var repeats = repeats
        var previous = previous
        let continues = previous <= 0xFF
        // A run that continues from the blocks starts with their last byte.
        var run = continues ? 1 : 0
        var reachedThree = false
        while index < end, NormalizedText.isASCIIWordByte(source[index]) {
            var letter = source[index]
            if letter &- 0x41 < 26 { letter |= 0x20 }
            target[position] = letter
            position += 1
            hash = NormalizedText.hash(hash, adding: letter)
            run = UInt64(letter) == previous ? run + 1 : 1
            repeats = repeats || run >= 2
            reachedThree = reachedThree || run >= 3
            previous = UInt64(letter)
            index += 1
        }
        return (index, position, hash, continues ? repeats : reachedThree || run >= 2)
    }

    /// The hash continued by the first `count` of a block's eight bytes (first in the lowest), with no
    /// branch on `count`: all eight are hashed and the hash after the `count`-th kept. A loop of `count`
    /// steps ended at a different place for almost every word, and its exit was mispredicted about once per
    /// word; eight steps without a branch cost less than that.
    @inline(__always)
    static func hashed(_ block: UInt64, count: Int, continuing hash: UInt64) -> UInt64 {
        var running = hash
        var kept = hash
        var rest = block
        for step in 0..<8 {
            running = NormalizedText.hash(running, adding: UInt8(truncatingIfNeeded: rest))
            rest >>= 8
            kept = step < count ? running : kept
        }
        return kept
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
