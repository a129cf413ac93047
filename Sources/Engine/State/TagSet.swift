/// A contact's tags: an array ordered by each tag's fingerprint, searched by halving.
///
/// The engine asks for a contact's tags on nearly every message (`tagged "vip"`, `tag "asked"`). A
/// `Set<String>` hashed the tag with a freshly seeded SipHash for each question and rehashed the whole set
/// as it grew (about 8% of an evaluation at 1,000 rules); comparing strings one by one cost almost as
/// much. Rules carry their tags' fingerprints (``NameKey``), so a question is a few comparisons of 64-bit
/// numbers. Equal sets hold equal arrays, as the order depends only on the tags.
public struct TagSet: Sendable, Hashable, Sequence, ExpressibleByArrayLiteral, CustomStringConvertible {
    private struct Entry: Sendable, Hashable {
        var fingerprint: UInt64
        var tag: String
    }

    /// Ordered by fingerprint (its top 63 bits, see ``order(_:)``), then (for the rare equal ones) by tag.
    private var entries: [Entry] = []

    public init() {}

    public init(_ tags: some Sequence<String>) {
        for tag in tags { insert(tag) }
    }

    public init(arrayLiteral tags: String...) { self.init(tags) }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    /// The tags in alphabetical order.
    public var sorted: [String] { entries.map(\.tag).sorted() }

    public func makeIterator() -> IndexingIterator<[String]> { sorted.makeIterator() }

    /// Whether the contact has the tag.
    public func contains(_ tag: String) -> Bool { contains(NameKey(tag)) }

    func contains(_ key: NameKey) -> Bool {
        if case .found = position(of: key) { true } else { false }
    }

    /// Adds a tag; returns whether it was new.
    @discardableResult
    public mutating func insert(_ tag: String) -> Bool { insert(NameKey(tag)) }

    @discardableResult
    mutating func insert(_ key: NameKey) -> Bool {
        guard case .missing(let index) = position(of: key) else { return false }
        entries.insert(Entry(fingerprint: key.fingerprint, tag: key.name), at: index)
        return true
    }

    /// Removes a tag; returns it if the contact had it.
    @discardableResult
    public mutating func remove(_ tag: String) -> String? { remove(NameKey(tag)) }

    @discardableResult
    mutating func remove(_ key: NameKey) -> String? {
        guard case .found(let index) = position(of: key) else { return nil }
        return entries.remove(at: index).tag
    }

    public var description: String { sorted.description }

    private enum Position {
        case found(Int)
        /// Where the tag would be inserted.
        case missing(Int)
    }

    private func position(of key: NameKey) -> Position {
        let order = Self.order(key.fingerprint)
        var low = firstEntry(notBelow: order)
        // Among equal orders (almost always none or one), ordered by tag.
        while low < entries.count, Self.order(entries[low].fingerprint) == order {
            if entries[low].tag == key.name { return .found(low) }
            if entries[low].tag > key.name { break }
            low += 1
        }
        return .missing(low)
    }

    /// Where the first entry whose order is not below `order` is (the count when none is), found by
    /// halving without a branch (``BranchFreeSearch``): the sign of the difference of two orders says
    /// which is lower.
    private func firstEntry(notBelow order: Int64) -> Int {
        entries.withUnsafeBufferPointer { entries in
            // -1 where the entry is below `order`, else 0.
            BranchFreeSearch.firstIndex(count: entries.count) { Int((Self.order(entries[$0].fingerprint) &- order) >> 63) }
        }
    }

    /// What entries are ordered by: the fingerprint's top 63 bits, so that the difference of two never
    /// overflows and its sign compares them. Tags equal in it are ordered by name.
    @inline(__always)
    private static func order(_ fingerprint: UInt64) -> Int64 { Int64(bitPattern: fingerprint >> 1) }
}

extension TagSet: Codable {
    /// Encoded as an array of strings, as `Set<String>` was.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([String].self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(sorted)
    }
}
