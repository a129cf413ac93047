/// One index over every `contains` word and phrase of a rule set, so that matching a message costs time in
/// proportion to its length and its matches, not to the number of rules or keywords.
///
/// Each folded word of a keyword becomes a symbol (a trailing `*` makes a prefix symbol); phrases are paths
/// in a trie over symbols. A message token maps to its exact symbol (one hash lookup) and to the prefix
/// symbols it starts with (one lookup per distinct prefix length); phrases are then followed through the
/// trie from each token, as far as the longest phrase.
public struct KeywordIndex: Sendable {
    /// A keyword as compiled: its folded words, and whether the last one is a prefix.
    public struct Pattern: Sendable, Equatable {
        /// The keyword as written in the rule file (first spelling when several fold alike).
        public var keyword: String
        public var words: [String]
        public var lastIsPrefix: Bool
    }

    /// A keyword found in a message.
    public struct Match: Sendable, Equatable {
        public var pattern: Int
        /// Token indices of the first and last matched word.
        public var firstToken: Int
        public var lastToken: Int
    }

    private struct Node: Sendable {
        var children: [Int32: Int32] = [:]
        var patterns: [Int32] = []
    }

    public private(set) var patterns: [Pattern] = []
    private var patternIDs: [String: Int] = [:]
    private var exactSymbols: [UInt64: [(bytes: [UInt8], symbol: Int32)]] = [:]
    private var prefixSymbols: [UInt64: [(bytes: [UInt8], symbol: Int32)]] = [:]
    private var prefixLengths: [Int] = []
    private var symbolCount: Int32 = 0
    private var nodes = [Node()]

    public init() {}

    /// Adds a keyword (as written in a rule: `"how much"`, `"cost*"`, `"😡"`) and returns its pattern id.
    /// Keywords that fold to the same words share an id. Returns nil for a keyword with nothing to match.
    @discardableResult
    public mutating func add(_ keyword: String) -> Int? {
        var text = keyword.trimmingWhitespace()
        let isPrefix = text.hasSuffix("*")
        if isPrefix { text.removeLast() }
        let normalized = NormalizedText(text)
        guard !normalized.tokens.isEmpty else { return nil }
        let words = normalized.tokens.map(normalized.string)
        let key = words.joined(separator: " ") + (isPrefix ? "*" : "")
        if let existing = patternIDs[key] { return existing }

        var node = 0
        for (index, token) in normalized.tokens.enumerated() {
            let bytes = Array(normalized.folded[token.start..<token.end])
            let prefix = isPrefix && index == normalized.tokens.count - 1
            let symbol = prefix ? internPrefix(bytes, hash: token.hash) : Self.intern(bytes, hash: token.hash, in: &exactSymbols, count: &symbolCount)
            if let child = nodes[node].children[symbol] {
                node = Int(child)
            } else {
                nodes.append(Node())
                nodes[node].children[symbol] = Int32(nodes.count - 1)
                node = nodes.count - 1
            }
        }
        let id = patterns.count
        patterns.append(Pattern(keyword: keyword, words: words, lastIsPrefix: isPrefix))
        patternIDs[key] = id
        nodes[node].patterns.append(Int32(id))
        return id
    }

    private static func intern(
        _ bytes: [UInt8], hash: UInt64, in table: inout [UInt64: [(bytes: [UInt8], symbol: Int32)]], count: inout Int32
    ) -> Int32 {
        if let entry = table[hash]?.first(where: { $0.bytes == bytes }) { return entry.symbol }
        count += 1
        table[hash, default: []].append((bytes, count))
        return count
    }

    private mutating func internPrefix(_ bytes: [UInt8], hash: UInt64) -> Int32 {
        let symbol = Self.intern(bytes, hash: hash, in: &prefixSymbols, count: &symbolCount)
        if !prefixLengths.contains(bytes.count) {
            prefixLengths.append(bytes.count)
            prefixLengths.sort()
        }
        return symbol
    }

    // MARK: Matching

    /// Every occurrence of every keyword in the text, in token order.
    public func matches(in text: NormalizedText) -> [Match] {
        guard !patterns.isEmpty, !text.tokens.isEmpty else { return [] }
        var symbolStarts = [Int](repeating: 0, count: text.tokens.count + 1)
        var symbols: [Int32] = []
        symbols.reserveCapacity(text.tokens.count)
        text.folded.withUnsafeBufferPointer { folded in
            for (index, token) in text.tokens.enumerated() {
                symbolStarts[index] = symbols.count
                appendSymbols(of: token, folded: folded, to: &symbols)
            }
        }
        symbolStarts[text.tokens.count] = symbols.count
        var found: [Match] = []
        for first in text.tokens.indices {
            for position in symbolStarts[first]..<symbolStarts[first + 1] {
                guard let child = nodes[0].children[symbols[position]] else { continue }
                follow(Int(child), first: first, at: first, symbols: symbols, starts: symbolStarts, into: &found)
            }
        }
        return found
    }

    private func follow(_ node: Int, first: Int, at token: Int, symbols: [Int32], starts: [Int], into found: inout [Match]) {
        for pattern in nodes[node].patterns {
            found.append(Match(pattern: Int(pattern), firstToken: first, lastToken: token))
        }
        let next = token + 1
        guard !nodes[node].children.isEmpty, next < starts.count - 1 else { return }
        for position in starts[next]..<starts[next + 1] {
            if let child = nodes[node].children[symbols[position]] {
                follow(Int(child), first: first, at: next, symbols: symbols, starts: starts, into: &found)
            }
        }
    }

    private func appendSymbols(of token: NormalizedText.Token, folded: UnsafeBufferPointer<UInt8>, to symbols: inout [Int32]) {
        let bytes = UnsafeBufferPointer(rebasing: folded[token.start..<token.end])
        if let entries = exactSymbols[token.hash], let entry = entries.first(where: { $0.bytes.elementsEqual(bytes) }) {
            symbols.append(entry.symbol)
        }
        guard !prefixLengths.isEmpty else { return }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var length = 0
        for limit in prefixLengths {
            guard limit <= bytes.count else { break }
            while length < limit {
                hash ^= UInt64(bytes[length])
                hash = hash &* 0x0000_0100_0000_01B3
                length += 1
            }
            if let entries = prefixSymbols[hash],
                let entry = entries.first(where: { $0.bytes.elementsEqual(bytes[0..<limit]) })
            {
                symbols.append(entry.symbol)
            }
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while scalars.first?.isWhitespace == true { scalars.removeFirst() }
        while scalars.last?.isWhitespace == true { scalars.removeLast() }
        return String(scalars)
    }
}
