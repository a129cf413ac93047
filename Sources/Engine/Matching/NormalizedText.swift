import Foundation

/// Text folded the way `contains` and `message is` compare it: lower case, accents removed, compatibility
/// forms unified (full-width letters, ligatures), cut into words and emoji.
///
/// Words are runs of letters and digits; everything else separates them. Each emoji (with its skin tone,
/// variation selector and zero-width-joiner parts) is a token of its own, keyed without the skin tone and
/// the variation selectors, so "❤" matches "❤️" and "👍🏽" matches "👍".
///
/// Sendable although it holds a class: the storage is written once, by the scan in `init`, and only read after.
public struct NormalizedText: @unchecked Sendable {
    /// One word or emoji.
    public struct Token: Sendable, Equatable {
        /// Byte range of the folded token among the scan's folded bytes (see ``foldedBytes(of:)``).
        public var start: Int
        public var end: Int
        /// Byte range of the token in the original text's UTF-8.
        public var sourceStart: Int
        public var sourceEnd: Int
        /// FNV-1a hash of the folded bytes.
        public var hash: UInt64
        public var isEmoji: Bool
        /// False when the scan is sure that the word neither ends in a doubled byte nor holds three equal
        /// bytes in a row (most words), so the sentiment scorer cannot read it as stretched ("sooo",
        /// "thankss") and the sentiment bounds skip its shortened forms without reading its bytes again.
        var mayBeStretched = true
    }

    /// The tokens and their folded bytes, in one allocation.
    let storage: ScanStorage

    /// The words and emoji, in text order.
    public var tokens: Tokens { Tokens(storage: storage) }

    /// Folds and splits a text.
    public init(_ text: String) {
        var text = text
        storage = text.withUTF8 { bytes in
            // Every token covers at least one byte of the text, so there are never more tokens than bytes.
            // Folding rarely makes a text longer (ASCII never does); the rare text that needs more room
            // ("ﷺ" folds to 33 bytes) is scanned again with more.
            var capacity = bytes.count * 2 + 16
            while true {
                let storage = ScanStorage.make(tokens: bytes.count, bytes: capacity)
                if TextScanner.scan(bytes, into: storage) { return storage }
                capacity *= 4
            }
        }
    }

    /// The tokens and the folded bytes, for the loops that read every token of a message.
    @inline(__always)
    func withBuffers<Result>(_ body: (UnsafeBufferPointer<Token>, UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        storage.withBuffers(body)
    }

    /// The folded bytes of a token.
    public func foldedBytes(of token: Token) -> [UInt8] {
        withBuffers { _, folded in Array(folded[token.start..<token.end]) }
    }

    /// The folded text of a token.
    public func string(_ token: Token) -> String {
        withBuffers { _, folded in String(decoding: UnsafeBufferPointer(rebasing: folded[token.start..<token.end]), as: UTF8.self) }
    }

    /// The tokens of a scan, read in place.
    public struct Tokens: RandomAccessCollection, @unchecked Sendable {
        let storage: ScanStorage
        public var startIndex: Int { 0 }
        public var endIndex: Int { storage.header.tokenCount }
        public subscript(position: Int) -> Token {
            precondition(position >= 0 && position < endIndex, "token index out of range")
            return storage.withBuffers { tokens, _ in tokens[position] }
        }
    }

    /// The tokens' folded text joined by single spaces: what `message is` compares.
    public var joined: String {
        tokens.map(string).joined(separator: " ")
    }

    /// Reads the emoji sequence at `start`, handing `keep` the byte range of each scalar of its key (its
    /// scalars without variation selectors or skin tones; zero-width-joiner parts, keycaps, tag sequences and
    /// flag pairs kept), and returns the offset after the sequence. Shared by the text scan and the tests'
    /// reference tokenizer.
    static func emojiKey(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, keeping keep: (Range<Int>) -> Void) -> Int {
        var index = start
        let (first, firstLength) = decode(bytes, at: index)
        keep(index..<(index + firstLength))
        index += firstLength
        let isFlag = (0x1F1E6...0x1F1FF).contains(first.value)
        var flagPaired = false
        var joined = false
        while index < bytes.count {
            let (scalar, length) = decode(bytes, at: index)
            let value = scalar.value
            if value == 0xFE0F || value == 0xFE0E || (0x1F3FB...0x1F3FF).contains(value) {
                index += length  // presentation selectors and skin tones are not part of the key
            } else if value == 0x200D {
                keep(index..<(index + length))
                index += length
                joined = true
            } else if joined || value == 0x20E3 || (0xE0020...0xE007F).contains(value)
                || (isFlag && !flagPaired && (0x1F1E6...0x1F1FF).contains(value))
            {
                keep(index..<(index + length))
                flagPaired = flagPaired || isFlag
                index += length
                joined = false
            } else {
                break
            }
        }
        return index
    }

    // MARK: Character classes

    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
    }

    static func startsEmoji(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        guard properties.isEmoji, scalar.value > 0xFF else { return false }
        return !(properties.isAlphabetic || properties.numericType != nil)
    }

    static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return scalar.value == 0xFE0F || scalar.value == 0xFE0E
        }
    }

    /// Lower case, no accents, compatibility forms unified: "É" → "e", "ﬁ" → "fi", "Ａ" → "a".
    static func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
        scalar.value < UInt32(latinFolds.count) ? latinFolds[Int(scalar.value)] : foldUncached(scalar)
    }

    private static func foldUncached(_ scalar: Unicode.Scalar) -> [UInt8] {
        // Lower case plus the one common full case folding lower case misses: ß → ss.
        let decomposed = String(scalar).decomposedStringWithCompatibilityMapping.lowercased()
            .replacingOccurrences(of: "ß", with: "ss")
        var result: [UInt8] = []
        for part in decomposed.unicodeScalars where !isIgnorable(part) {
            result.append(contentsOf: Array(String(part).utf8))
        }
        return result
    }

    /// Folds of every scalar up to the end of Latin Extended-B (the letters customers use most), computed
    /// once and indexed by scalar value.
    private static let latinFolds: [[UInt8]] = (0..<0x250).map { foldUncached(Unicode.Scalar(UInt32($0))!) }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard index + length <= bytes.count, length > 1 else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = (value << 6) | (UInt32(bytes[index + offset]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// FNV-1a, 64 bits: the hash the keyword index and lexicon key their tables by.
    public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        hash(hashSeed, adding: bytes)
    }

    /// An FNV-1a hash continued by more bytes: the hash of the bytes hashed so far followed by these, so
    /// a word can be hashed as it is read and a phrase word by word.
    static func hash(_ hash: UInt64, adding bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = hash
        for byte in bytes { hash = Self.hash(hash, adding: byte) }
        return hash
    }

    /// An FNV-1a hash continued by one byte.
    @inline(__always)
    static func hash(_ hash: UInt64, adding byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* hashPrime }

    /// FNV-1a's offset basis: the hash of no bytes.
    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325
    /// FNV-1a's 64-bit prime.
    static let hashPrime: UInt64 = 0x0000_0100_0000_01B3
}
