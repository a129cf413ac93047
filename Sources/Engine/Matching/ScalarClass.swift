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
        scalar.value < UInt32(latin.count) ? latin[Int(scalar.value)] : computed(scalar)
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
}
