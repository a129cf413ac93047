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

    /// The high bit of each byte that is at least `bound` (up to 0x80). Each byte's high bit is set
    /// before subtracting, so no byte borrows from the next; bytes of 0x80 and more give no meaningful
    /// answer and are masked out by the callers.
    @inline(__always)
    private static func atLeast(_ bytes: UInt64, _ bound: UInt8) -> UInt64 {
        ((bytes | highBits) &- ones &* UInt64(bound)) & highBits
    }
}
