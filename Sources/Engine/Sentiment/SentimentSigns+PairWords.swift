extension SentimentSigns {
    /// A bit per first (or second) word of a pair: a few hundred words in a kilobyte or two, which stay in
    /// cache. A pair of a message's words is only looked up in the pairs' 8-kilobyte front when its first
    /// word may begin a pair and its second may end one: about one pair in six of ordinary messages (common
    /// words are in both sets). Those front reads, one per pair of words, at places that differ for every
    /// pair, missed the first-level cache and were about a third of the time the bounds took.
    struct PairWords: Sendable {
        private var bits: [UInt64]
        /// 64 minus the number of bits of a bit's index.
        private let shift: UInt64

        /// Every word may be one (the placeholder signs).
        init(everything: Bool) {
            bits = [everything ? ~0 : 0]
            shift = 58
        }

        /// The words (by their hashes), about 32 bits per word: a power of two, at least 1,024.
        init(_ words: [UInt64]) {
            var count = 1_024
            while count < words.count * 32 { count *= 2 }
            bits = [UInt64](repeating: 0, count: count / 64)
            shift = UInt64(64 - count.trailingZeroBitCount)
            for hash in words {
                let bit = Self.bit(hash, shift: shift)
                bits[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }

        @inline(__always)
        func mayContain(_ hash: UInt64) -> Bool { bits.withUnsafeBufferPointer { Self.isSet($0.baseAddress!, shift: shift, hash) } }

        @inline(__always)
        func withBits<Result>(_ body: (UnsafePointer<UInt64>, UInt64) -> Result) -> Result {
            bits.withUnsafeBufferPointer { body($0.baseAddress!, shift) }
        }

        @inline(__always)
        static func isSet(_ bits: UnsafePointer<UInt64>, shift: UInt64, _ hash: UInt64) -> Bool {
            let bit = Self.bit(hash, shift: shift)
            return bits[bit >> 6] >> UInt64(bit & 63) & 1 != 0
        }

        /// The top bits of the hash after a multiply by an odd constant other than the fronts' (so that which
        /// words share a bit here has nothing to do with which share a slot there).
        @inline(__always)
        private static func bit(_ hash: UInt64, shift: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0xD6E8_FEB8_6659_FD93) >> shift) }
    }
}
