/// What the text scanners (keyword folding and the sentiment tokenizer) make of a non-ASCII scalar. The
/// Latin letters customers use most are classified once, in a table, so that "envío" or "señora" costs no
/// Unicode property lookup per letter.
struct ScalarClass: Sendable {
    enum Kind: Sendable { case separator, letter, ignorable, emoji }

    var kind: Kind
    var isUppercase = false
    var isLowercase = false

    /// The class of a scalar.
    static func of(_ scalar: Unicode.Scalar) -> ScalarClass {
        let value = scalar.value
        if value < UInt32(latin.count) { return latin[Int(value)] }
        if value >= emojiBlocksStart, value < emojiBlocksStart + UInt32(emojiBlocks.count) { return emojiBlocks[Int(value - emojiBlocksStart)] }
        return computed(scalar)
    }

    private static func computed(_ scalar: Unicode.Scalar) -> ScalarClass {
        if NormalizedText.startsEmoji(scalar) { return ScalarClass(kind: .emoji) }
        if NormalizedText.isIgnorable(scalar) { return ScalarClass(kind: .ignorable) }
        let properties = scalar.properties
        guard properties.isAlphabetic || properties.numericType != nil else { return ScalarClass(kind: .separator) }
        return ScalarClass(kind: .letter, isUppercase: properties.isUppercase, isLowercase: properties.isLowercase)
    }

    /// Every scalar up to the end of Latin Extended-B.
    private static let latin: [ScalarClass] = (0..<0x250).map { computed(Unicode.Scalar(UInt32($0))!) }

    /// The blocks most emoji in messages come from, U+1F000 to U+1FAFF, and their skin tones.
    private static let emojiBlocksStart: UInt32 = 0x1F000
    private static let emojiBlocks: [ScalarClass] = (0x1F000..<0x1FB00).map { computed(Unicode.Scalar(UInt32($0))!) }
}
