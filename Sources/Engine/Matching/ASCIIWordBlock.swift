/// Eight bytes of a text read at once, so that a run of ASCII letters and digits is measured and lowered
/// eight bytes per step instead of one (SIMD within a register: every test below works on all eight bytes
/// together, with no carry from one byte into the next).
struct ASCIIWordBlock {
    /// The eight bytes, the first in the lowest.
    let bytes: UInt64

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Reads eight bytes at `pointer`, aligned or not.
    @inline(__always)
    init(at pointer: UnsafePointer<UInt8>) {
        bytes = UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
    }

    /// How many of the bytes, from the first, are ASCII letters or digits (8 when all are).
    @inline(__always)
    var wordLength: Int {
        (~wordBytes & Self.highBits).trailingZeroBitCount / 8
    }

    /// The high bit of each byte that is an ASCII letter or digit.
    @inline(__always)
    private var wordBytes: UInt64 {
        let ascii = ~bytes & Self.highBits
        let digit = Self.atLeast(bytes, 0x30) & ~Self.atLeast(bytes, 0x3A)
        let folded = bytes | (Self.ones &* 0x20)
        let letter = Self.atLeast(folded, 0x61) & ~Self.atLeast(folded, 0x7B)
        return (digit | letter) & ascii
    }

    /// The high bits of the run's bytes but its last (of the first `wordLength - 1` bytes): the bytes
    /// that have a neighbour in the run after them.
    @inline(__always)
    var pairs: UInt64 {
        let stop = ~wordBytes & Self.highBits
        // Every bit below the first byte that ends the run (all of them when none does).
        let run = ((stop & (0 &- stop)) &- 1) & Self.highBits
        return run >> 8
    }

    /// The bytes with ASCII capitals lowered, every other byte as it was.
    @inline(__always)
    var lowered: UInt64 {
        let capital = Self.atLeast(bytes, 0x41) & ~Self.atLeast(bytes, 0x5B) & ~bytes & Self.highBits
        return bytes | (capital >> 2)
    }

    /// Whether two neighbouring bytes of a run are equal (`pairs` from ``pairs``), or its first equals
    /// `previous` (the byte before the block, or a value above 0xFF when there is none). No branch: the
    /// byte loop it replaces stopped at a different place for every word, and mispredicted there.
    ///
    /// A byte is zero in `lowered ^ (lowered >> 8)` where it equals the next.
    @inline(__always)
    static func repeatsAByte(_ lowered: UInt64, pairs: UInt64, after previous: UInt64) -> Bool {
        // A byte outside the run is never a letter or digit, so it never equals `previous`. Combined with
        // `|`, not `||`, which the compiler made a branch.
        let first: UInt64 = (lowered & 0xFF) ^ previous == 0 ? 1 : 0
        return (zeroBytes(lowered ^ (lowered >> 8)) & pairs) | first != 0
    }

    /// For a word wholly inside `lowered` (from its first byte; `pairs` from ``pairs``): whether it ends
    /// in two equal bytes or holds three equal bytes in a row, which is when the sentiment scorer may read
    /// it as stretched. Exact, and no branch.
    @inline(__always)
    static func mayBeStretched(_ lowered: UInt64, pairs: UInt64) -> Bool {
        let equalToNext = zeroBytes(lowered ^ (lowered >> 8)) & pairs
        let lastPair = pairs & ~(pairs >> 8)
        return equalToNext & ((equalToNext >> 8) | lastPair) != 0
    }

    /// The high bit of each zero byte, exactly (no borrow from one byte into the next).
    @inline(__always)
    private static func zeroBytes(_ value: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((value & low) &+ low) | value | low)
    }

    /// The high bit of each byte that is at least `bound` (up to 0x80). Each byte's high bit is set
    /// before subtracting, so no byte borrows from the next; bytes of 0x80 and more give no meaningful
    /// answer and are masked out by the callers.
    @inline(__always)
    private static func atLeast(_ bytes: UInt64, _ bound: UInt8) -> UInt64 {
        ((bytes | highBits) &- ones &* UInt64(bound)) & highBits
    }
}
