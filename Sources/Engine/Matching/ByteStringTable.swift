import Foundation

/// A hash table from byte strings (folded words, phrases, emoji) to small integers, keyed by their 64-bit
/// FNV hash so that a lookup costs one probe and one byte comparison, never a `String`. The keys live one
/// after the other in a single buffer, so a lookup touches no reference-counted array of its own.
///
/// A ``HashFilter`` of about 16 bits per key answers most misses before the slots are touched: most words
/// of a message are neither keywords nor in the sentiment lexicon.
struct ByteStringTable: Sendable {
    private var slots = HashTable()
    private var filter = HashFilter(bits: 1024)
    /// Every key's bytes, back to back: key `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var values: [Int32] = []

    var count: Int { values.count }

    /// The value stored for the bytes whose FNV hash is `hash`.
    @inline(__always)
    func value(for key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        guard filter.mayContain(hash) else { return nil }
        return bytes.withUnsafeBufferPointer { all in
            starts.withUnsafeBufferPointer { starts in
                var probe = hash
                while let entry = slots.value(for: probe) {
                    let start = starts[Int(entry)]
                    let length = starts[Int(entry) + 1] - start
                    if length == key.count, length == 0 || memcmp(all.baseAddress! + start, key.baseAddress!, length) == 0 {
                        return values[Int(entry)]
                    }
                    probe = Self.rehash(probe)
                }
                return nil
            }
        }
    }

    /// The value whose key has this hash and passes `matches`, for keys that are not contiguous in memory
    /// (a phrase spread over several tokens).
    func value(hash: UInt64, where matches: (UnsafeBufferPointer<UInt8>) -> Bool) -> Int32? {
        guard filter.mayContain(hash) else { return nil }
        return bytes.withUnsafeBufferPointer { all in
            var probe = hash
            while let entry = slots.value(for: probe) {
                if matches(UnsafeBufferPointer(rebasing: all[starts[Int(entry)]..<starts[Int(entry) + 1]])) { return values[Int(entry)] }
                probe = Self.rehash(probe)
            }
            return nil
        }
    }

    func value(for key: [UInt8]) -> Int32? {
        key.withUnsafeBufferPointer { value(for: $0, hash: NormalizedText.hash($0)) }
    }

    /// Stores a value for the bytes, replacing an earlier one; distinct keys with equal hashes are told apart
    /// by re-hashing until a free or matching slot is found.
    mutating func insert(_ value: Int32, for key: [UInt8]) {
        var probe = NormalizedText.hash(key)
        while let entry = slots.value(for: probe) {
            if self.key(Int(entry)).elementsEqual(key) {
                values[Int(entry)] = value
                return
            }
            probe = Self.rehash(probe)
        }
        bytes += key
        starts.append(bytes.count)
        values.append(value)
        slots.insert(Int32(values.count - 1), for: probe)
        if values.count * 16 > filter.bitCount {
            filter = HashFilter(bits: filter.bitCount * 2)
            for entry in values.indices { filter.insert(NormalizedText.hash(self.key(entry))) }
        } else {
            filter.insert(NormalizedText.hash(key))
        }
    }

    /// Every key and value, in insertion order.
    var entries: [(key: [UInt8], value: Int32)] { values.indices.map { (Array(key($0)), values[$0]) } }

    private func key(_ entry: Int) -> ArraySlice<UInt8> { bytes[starts[entry]..<starts[entry + 1]] }

    private static func rehash(_ hash: UInt64) -> UInt64 { (hash ^ 0x5bd1_e995_5bd1_e995) &* NormalizedText.hashPrime }
}
