@testable import Engine
import Testing

/// The filter in front of the keyword index's and the lexicon's tables: it may say "maybe" for a hash never
/// inserted, never "no" for one that was.
@Suite struct HashFilterTests {
    /// FNV hashes of distinct words, like the keys the tables hold.
    static func hashes(_ prefix: String, count: Int) -> [UInt64] {
        (0..<count).map { NormalizedText.hash("\(prefix)\($0)".utf8) }
    }

    @Test func everyInsertedHashMayBeContained() {
        for (count, bits) in [(1, 64), (100, 1_024), (10_000, 262_144), (10_000, 65_536)] {
            var filter = HashFilter(bits: bits)
            let inserted = Self.hashes("kw", count: count)
            for hash in inserted { filter.insert(hash) }
            #expect(inserted.allSatisfy(filter.mayContain), "\(count) hashes in \(bits) bits")
        }
    }

    /// At the size the tables give it (16 bits per key or more, so 262,144 bits for 10,000 keys), few
    /// hashes never inserted pass (about 1.8%): each that does costs a probe of the table behind.
    @Test func fewOtherHashesPassAtSixteenBitsPerKey() {
        var filter = HashFilter(bits: 262_144)
        for hash in Self.hashes("kw", count: 10_000) { filter.insert(hash) }
        let others = Self.hashes("word", count: 100_000)
        let passed = others.filter(filter.mayContain).count
        #expect(passed < 4_000, "\(passed) of \(others.count) hashes never inserted passed")
        #expect(!HashFilter(bits: 1_024).mayContain(others[0]), "an empty filter passes nothing")
    }

    /// A table behind the filter still answers exactly: words that are not keys find nothing, keys find
    /// their values, whatever the filter says.
    @Test func aTableAnswersExactlyBehindItsFilter() {
        var table = ByteStringTable<Int32>()
        for index in 0..<5_000 { table.insert(Int32(index), for: Array("kw\(index)".utf8)) }
        for index in stride(from: 0, to: 5_000, by: 7) { #expect(table.value(for: Array("kw\(index)".utf8)) == Int32(index)) }
        for index in 0..<5_000 { #expect(table.value(for: Array("word\(index)".utf8)) == nil) }
    }

    /// Slots keep a key's first eight bytes: keys alike in those (longer keys that differ after them, a key
    /// and the same key with a NUL byte after it, which pads alike) are still told apart by their lengths and
    /// their other bytes.
    @Test func keysAlikeInTheirFirstEightBytesAreToldApart() {
        let keys: [[UInt8]] = [
            Array("shipping-cost-a".utf8), Array("shipping-cost-b".utf8), Array("shipping-cost".utf8), Array("shipping".utf8),
            Array("shippin".utf8), Array("ab".utf8), Array("ab".utf8) + [0], [0], [], Array("thank you for nothing".utf8),
        ]
        var table = ByteStringTable<Int32>()
        for (index, key) in keys.enumerated() { table.insert(Int32(index), for: key) }
        for (index, key) in keys.enumerated() { #expect(table.value(for: key) == Int32(index), "\(key)") }
        for absent in ["shipping-cost-c", "shipping-cos", "shipping-cost-ab", "a", "thank you for nothin"] {
            #expect(table.value(for: Array(absent.utf8)) == nil, "\(absent)")
        }
        table.insert(99, for: Array("shipping-cost-b".utf8))
        #expect(table.value(for: Array("shipping-cost-b".utf8)) == 99)
        #expect(table.count == keys.count)
        #expect(table.entries.map(\.key) == keys)
    }
}
