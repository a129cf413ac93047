import Foundation

/// Until when each rule's cooldown runs for one contact, by rule name: a short array of entries.
///
/// The engine looks a rule's cooldown up for every candidate rule that has one, and sets it for every rule
/// that fires. A `[String: Date]` hashed the rule name with a freshly seeded SipHash each time; a contact
/// has a few running cooldowns (the ones that ran out are pruned), and rules carry their name's
/// fingerprint (``NameKey``), so a lookup compares a few 64-bit numbers.
public struct Cooldowns: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    /// A rule's cooldown.
    public struct Entry: Sendable, Hashable {
        public var rule: String
        public var until: Date
        var fingerprint: UInt64
    }

    /// The running cooldowns, in the order they were first set.
    public private(set) var entries: [Entry] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, Date)...) {
        for (rule, until) in elements { self[rule] = until }
    }

    /// Until when the rule's cooldown runs; setting nil removes it.
    public subscript(rule: String) -> Date? {
        get { self[NameKey(rule)] }
        set { self[NameKey(rule)] = newValue }
    }

    subscript(key: NameKey) -> Date? {
        get { index(of: key).map { entries[$0].until } }
        set {
            switch (index(of: key), newValue) {
            case (let index?, let until?): entries[index].until = until
            case (let index?, nil): entries.remove(at: index)
            case (nil, let until?): entries.append(Entry(rule: key.name, until: until, fingerprint: key.fingerprint))
            case (nil, nil): break
            }
        }
    }

    /// Where the rule's entry is: its fingerprint compared first, the name only when that is equal.
    private func index(of key: NameKey) -> Int? {
        entries.firstIndex { $0.fingerprint == key.fingerprint && $0.rule == key.name }
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    /// The names of the rules with a cooldown.
    public var keys: [String] { entries.map(\.rule) }

    /// Forgets the cooldowns that ran out by `now`.
    public mutating func removeExpired(now: Date) {
        if entries.contains(where: { $0.until <= now }) { entries.removeAll { $0.until <= now } }
    }

    /// Equal when they hold the same cooldowns, in any order.
    public static func == (lhs: Cooldowns, rhs: Cooldowns) -> Bool {
        lhs.count == rhs.count && lhs.entries.allSatisfy { rhs[$0.rule] == $0.until }
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent: the sum of each entry's own hash.
        hasher.combine(entries.reduce(0) { $0 &+ $1.hashValue })
    }
}

extension Cooldowns: Codable {
    /// Encoded as an object from rule name to instant, as `[String: Date]` was.
    public init(from decoder: any Decoder) throws {
        for (rule, until) in try decoder.singleValueContainer().decode([String: Date].self) { self[rule] = until }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(entries.map { ($0.rule, $0.until) }, uniquingKeysWith: { $1 }))
    }
}
