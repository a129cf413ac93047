/// A bit per 64-bit hash, kept in front of a table: "no" for most hashes never inserted, "maybe" for the
/// rest (a one-probe Bloom filter). A lookup that the filter turns away touches a few kilobytes that stay in
/// cache, not the table behind it.
struct HashFilter: Sendable {
    private var words: [UInt64]

    /// A filter of `bits` bits, a power of two of 64 or more.
    init(bits: Int) {
        words = [UInt64](repeating: 0, count: bits / 64)
    }

    var bitCount: Int { words.count * 64 }

    /// False when `hash` was never inserted; true when it may have been.
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let bit = bit(hash)
        // Read by subscript: a closure over the buffer here was not inlined, and cost a call per lookup.
        return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    mutating func insert(_ hash: UInt64) {
        let bit = bit(hash)
        words[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    private func bit(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 32) & (bitCount - 1) }
}
