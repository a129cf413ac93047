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
        let ascii = ~bytes & Self.highBits
        let digit = Self.atLeast(bytes, 0x30) & ~Self.atLeast(bytes, 0x3A)
        let folded = bytes | (Self.ones &* 0x20)
        let letter = Self.atLeast(folded, 0x61) & ~Self.atLeast(folded, 0x7B)
        let word = (digit | letter) & ascii
        return (~word & Self.highBits).trailingZeroBitCount / 8
    }

    /// The bytes with ASCII capitals lowered, every other byte as it was.
    @inline(__always)
    var lowered: UInt64 {
        let capital = Self.atLeast(bytes, 0x41) & ~Self.atLeast(bytes, 0x5B) & ~bytes & Self.highBits
        return bytes | (capital >> 2)
    }

    /// Whether two neighbouring bytes among the first `count` of `lowered` are equal, or the first equals
    /// `previous` (the byte before the block, or a value above 0xFF when there is none). No branch: the
    /// byte loop it replaces stopped at a different place for every word, and mispredicted there.
    ///
    /// A byte is zero in `lowered ^ (lowered >> 8)` where it equals the next. The zero test can also flag a
    /// byte above a zero one (through the borrow), never below, so a flag among the run's bytes means a
    /// real zero among them.
    @inline(__always)
    static func repeatsAByte(_ lowered: UInt64, count: Int, after previous: UInt64) -> Bool {
        let neighbours = lowered ^ (lowered >> 8)
        let zero = (neighbours &- ones) & ~neighbours & highBits
        let pairs = (UInt64(1) << UInt64(truncatingIfNeeded: max(count - 1, 0) * 8)) &- 1
        // A byte outside the run is never a letter or digit, so it never equals `previous`.
        return (zero & pairs != 0) || (lowered & 0xFF == previous)
    }

    /// The high bit of each byte that is at least `bound` (up to 0x80). Each byte's high bit is set
    /// before subtracting, so no byte borrows from the next; bytes of 0x80 and more give no meaningful
    /// answer and are masked out by the callers.
    @inline(__always)
    private static func atLeast(_ bytes: UInt64, _ bound: UInt8) -> UInt64 {
        ((bytes | highBits) &- ones &* UInt64(bound)) & highBits
    }
}
