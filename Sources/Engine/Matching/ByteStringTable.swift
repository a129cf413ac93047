/// A hash table from byte strings (folded words, phrases, emoji) to small integers, keyed by their 64-bit
/// FNV hash so that a lookup costs one probe and one byte comparison, never a `String`.
struct ByteStringTable: Sendable {
    private var slots = HashTable()
    private var keys: [[UInt8]] = []
    private var values: [Int32] = []

    var count: Int { keys.count }

    /// The value stored for the bytes whose FNV hash is `hash`.
    func value(for bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        var probe = hash
        while let entry = slots.value(for: probe) {
            if keys[Int(entry)].elementsEqual(bytes) { return values[Int(entry)] }
            probe = Self.rehash(probe)
        }
        return nil
    }

    /// The value whose key has this hash and passes `matches`, for keys that are not contiguous in memory
    /// (a phrase spread over several tokens).
    func value(hash: UInt64, where matches: ([UInt8]) -> Bool) -> Int32? {
        var probe = hash
        while let entry = slots.value(for: probe) {
            if matches(keys[Int(entry)]) { return values[Int(entry)] }
            probe = Self.rehash(probe)
        }
        return nil
    }

    func value(for bytes: [UInt8]) -> Int32? {
        bytes.withUnsafeBufferPointer { value(for: $0, hash: NormalizedText.hash($0)) }
    }

    /// Stores a value for the bytes, replacing an earlier one; distinct keys with equal hashes are told apart
    /// by re-hashing until a free or matching slot is found.
    mutating func insert(_ value: Int32, for bytes: [UInt8]) {
        var probe = NormalizedText.hash(bytes)
        while let entry = slots.value(for: probe) {
            if keys[Int(entry)] == bytes {
                values[Int(entry)] = value
                return
            }
            probe = Self.rehash(probe)
        }
        keys.append(bytes)
        values.append(value)
        slots.insert(Int32(keys.count - 1), for: probe)
    }

    /// Every key and value, in insertion order.
    var entries: [(key: [UInt8], value: Int32)] { Array(zip(keys, values)) }

    private static func rehash(_ hash: UInt64) -> UInt64 { (hash ^ 0x5bd1_e995_5bd1_e995) &* 0x0000_0100_0000_01B3 }
}
