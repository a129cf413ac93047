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

    /// Ordered by fingerprint, then (for the rare equal fingerprints) by tag.
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
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].fingerprint < key.fingerprint { low = middle + 1 } else { high = middle }
        }
        // Among equal fingerprints (almost always none or one), ordered by tag.
        while low < entries.count, entries[low].fingerprint == key.fingerprint {
            if entries[low].tag == key.name { return .found(low) }
            if entries[low].tag > key.name { break }
            low += 1
        }
        return .missing(low)
    }
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
