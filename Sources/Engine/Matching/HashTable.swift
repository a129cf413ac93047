/// An open-addressing hash table from already well-mixed 64-bit keys (FNV hashes, packed pairs) to small
/// integers: the keyword index's trie edges, the sentiment signs and the lexicon's phrase continuations,
/// looked up for message tokens, where the standard `Dictionary`'s seeded SipHash would cost more than the
/// rest of the lookup. Each slot keeps its key, value and occupancy together, so a probe touches one cache
/// line.
struct HashTable: Sendable {
    private struct Slot: Sendable {
        var key: UInt64 = 0
        var value: Int32 = 0
        var occupied = false
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
    }

    /// The value stored under a key.
    func value(for key: UInt64) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            var index = Self.mix(key) & mask
            while slots[index].occupied {
                if slots[index].key == key { return slots[index].value }
                index = (index + 1) & mask
            }
            return nil
        }
    }

    /// Stores a value, replacing any under the same key.
    mutating func insert(_ value: Int32, for key: UInt64) {
        if (count + 1) * 2 > slots.count { grow() }
        var index = Self.mix(key) & mask
        while slots[index].occupied {
            if slots[index].key == key {
                slots[index].value = value
                return
            }
            index = (index + 1) & mask
        }
        slots[index] = Slot(key: key, value: value, occupied: true)
        count += 1
    }

    private mutating func grow() {
        var bigger = HashTable(capacity: slots.count)
        for slot in slots where slot.occupied { bigger.insert(slot.value, for: slot.key) }
        self = bigger
    }

    /// Spreads packed keys (whose low bits may be alike) over the table.
    private static func mix(_ key: UInt64) -> Int {
        var z = key &* 0x9E37_79B9_7F4A_7C15
        z ^= z >> 29
        return Int(truncatingIfNeeded: z)
    }
}
