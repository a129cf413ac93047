/// An open-addressing hash table from already well-mixed 64-bit keys (FNV hashes, packed pairs) to small
/// integers. The keyword index looks symbols up here on every message token, where the standard
/// `Dictionary`'s seeded SipHash would cost more than the rest of the lookup.
struct HashTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var occupied: [Bool]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        occupied = Array(repeating: false, count: size)
        mask = size - 1
    }

    /// The value stored under a key.
    func value(for key: UInt64) -> Int32? {
        var slot = Self.mix(key) & mask
        while occupied[slot] {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Stores a value, replacing any under the same key.
    mutating func insert(_ value: Int32, for key: UInt64) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Self.mix(key) & mask
        while occupied[slot] {
            if keys[slot] == key {
                values[slot] = value
                return
            }
            slot = (slot + 1) & mask
        }
        occupied[slot] = true
        keys[slot] = key
        values[slot] = value
        count += 1
    }

    private mutating func grow() {
        var bigger = HashTable(capacity: keys.count)
        for slot in keys.indices where occupied[slot] { bigger.insert(values[slot], for: keys[slot]) }
        self = bigger
    }

    /// Spreads packed keys (whose low bits may be alike) over the table.
    private static func mix(_ key: UInt64) -> Int {
        var z = key &* 0x9E37_79B9_7F4A_7C15
        z ^= z >> 29
        return Int(truncatingIfNeeded: z)
    }
}
