import Foundation

/// A hash table from byte strings (folded words, phrases, emoji) to small values (an index, or a few of them
/// packed in a value of 8 bytes at most), keyed by their 64-bit FNV hash so that a lookup costs one probe
/// and one byte comparison, never a `String`.
///
/// Each slot holds everything a hit needs: the hash, the value, and the key's length and first eight bytes,
/// so that finding a key of eight bytes or fewer (most words) reads one cache line. Longer keys compare the
/// rest of their bytes in one buffer of all keys back to back. (With the slots, the keys' starts, the key bytes
/// and the values in four arrays, a keyword found among 10,000 read four or five cache lines, each a miss.)
///
/// A ``HashFilter`` of about 16 bits per key answers most misses before the slots are touched: most words
/// of a message are neither keywords nor in the sentiment lexicon.
struct ByteStringTable<Value: BitwiseCopyable & Sendable>: Sendable {
    private struct Slot {
        var hash: UInt64 = 0
        /// The key's first eight bytes, first in the lowest, zero past its end.
        var head: UInt64 = 0
        var start: Int32 = 0
        /// The key's length in bytes; -1 in an empty slot.
        var length: Int32 = -1
        var value: Value

        var isEmpty: Bool { length < 0 }
        /// Where the key's bytes are in ``ByteStringTable/bytes``.
        var keyRange: Range<Int> { Int(start)..<Int(start + length) }
    }

    private var slots: [Slot]
    private var filter = HashFilter(bits: 1024)
    /// Every key's bytes, back to back, in insertion order.
    private var bytes: [UInt8] = []
    /// Each key's slot, in insertion order.
    private var slotOfEntry: [Int32] = []

    /// The value empty slots hold (never returned).
    private let emptyValue: Value

    init(emptyValue: Value) {
        self.emptyValue = emptyValue
        slots = [Slot](repeating: Slot(value: emptyValue), count: 16)
    }

    var count: Int { slotOfEntry.count }

    /// The value stored for the bytes whose FNV hash is `hash`.
    @inline(__always)
    func value(for key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Value? {
        guard filter.mayContain(hash) else { return nil }
        let head = Self.head(of: key)
        return slots.withUnsafeBufferPointer { slots in
            let slot = slots[Self.probe(slots, from: hash) {
                $0.hash == hash && $0.head == head && Int($0.length) == key.count && (key.count <= 8 || restEqual($0, key))
            }]
            return slot.isEmpty ? nil : slot.value
        }
    }

    /// Whether the key's bytes past its first eight equal the slot's.
    private func restEqual(_ slot: Slot, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            memcmp(all.baseAddress! + Int(slot.start) + 8, key.baseAddress! + 8, key.count - 8) == 0
        }
    }

    /// The value whose key has this hash and passes `matches`, for keys that are not contiguous in memory
    /// (a phrase spread over several tokens).
    func value(hash: UInt64, where matches: (UnsafeBufferPointer<UInt8>) -> Bool) -> Value? {
        guard filter.mayContain(hash) else { return nil }
        return bytes.withUnsafeBufferPointer { all in
            slots.withUnsafeBufferPointer { slots in
                let slot = slots[Self.probe(slots, from: hash) { $0.hash == hash && matches(UnsafeBufferPointer(rebasing: all[$0.keyRange])) }]
                return slot.isEmpty ? nil : slot.value
            }
        }
    }

    func value(for key: [UInt8]) -> Value? {
        key.withUnsafeBufferPointer { value(for: $0, hash: NormalizedText.hash($0)) }
    }

    /// Stores a value for the bytes, replacing an earlier one.
    mutating func insert(_ value: Value, for key: [UInt8]) {
        let hash = NormalizedText.hash(key)
        if let existing = slotIndex(of: key, hash: hash) {
            slots[existing].value = value
            return
        }
        if (count + 1) * 2 > slots.count { grow() }
        let start = Int32(bytes.count)
        bytes += key
        let head = key.withUnsafeBufferPointer(Self.head(of:))
        let slot = Slot(hash: hash, head: head, start: start, length: Int32(key.count), value: value)
        slotOfEntry.append(Int32(place(slot)))
        if count * 16 > filter.bitCount {
            filter = HashFilter(bits: filter.bitCount * 2)
            for index in slotOfEntry { filter.insert(slots[Int(index)].hash) }
        } else {
            filter.insert(hash)
        }
    }

    /// Changes the value stored for the bytes, if the table holds them.
    mutating func modifyValue(for key: [UInt8], _ change: (inout Value) -> Void) {
        guard let index = slotIndex(of: key, hash: NormalizedText.hash(key)) else { return }
        change(&slots[index].value)
    }

    /// Every key and value, in insertion order.
    var entries: [(key: [UInt8], value: Value)] {
        slotOfEntry.map { index in (Array(bytes[slots[Int(index)].keyRange]), slots[Int(index)].value) }
    }

    /// The slot holding exactly these bytes, if any.
    private func slotIndex(of key: [UInt8], hash: UInt64) -> Int? {
        let index = slots.withUnsafeBufferPointer { slots in
            Self.probe(slots, from: hash) { $0.hash == hash && bytes[$0.keyRange].elementsEqual(key) }
        }
        return slots[index].isEmpty ? nil : index
    }

    /// Puts a slot in the first free place from its hash's; returns where.
    private mutating func place(_ slot: Slot) -> Int {
        let index = slots.withUnsafeBufferPointer { Self.probe($0, from: slot.hash) { _ in false } }
        slots[index] = slot
        return index
    }

    /// Where probing for a hash stops: the first slot from the hash's own (``firstSlot(of:mask:)``), onwards
    /// in order, that is empty or that `stops` accepts. The slots always have an empty one (at most half
    /// are used), so the probing ends.
    @inline(__always)
    private static func probe(_ slots: UnsafeBufferPointer<Slot>, from hash: UInt64, until stops: (Slot) -> Bool) -> Int {
        var index = firstSlot(of: hash, mask: slots.count - 1)
        while !slots[index].isEmpty, !stops(slots[index]) { index = (index + 1) & (slots.count - 1) }
        return index
    }

    /// Twice the slots, every key placed again.
    private mutating func grow() {
        let old = slotOfEntry.map { slots[Int($0)] }
        slots = [Slot](repeating: Slot(value: emptyValue), count: slots.count * 2)
        slotOfEntry = old.map { Int32(place($0)) }
    }

    /// The key's first eight bytes, first in the lowest, zero past its end.
    @inline(__always)
    private static func head(of key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var head: UInt64 = 0
        for index in 0..<min(key.count, 8) { head |= UInt64(key[index]) << UInt64(index * 8) }
        return head
    }

    /// The first slot a hash is looked for in: its top bits after a multiply by 2^64 / φ (FNV's own high bits
    /// vary too little between short words).
    @inline(__always)
    private static func firstSlot(of hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}

extension ByteStringTable where Value: FixedWidthInteger {
    init() { self.init(emptyValue: 0) }
}
