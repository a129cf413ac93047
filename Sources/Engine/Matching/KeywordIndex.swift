/// One index over every `contains` word and phrase of a rule set, so that matching a message costs time in
/// proportion to its length and its matches, not to the number of rules or keywords.
///
/// Each folded word of a keyword becomes a symbol (a trailing `*` makes a prefix symbol); phrases are paths
/// in a trie over symbols. A message token maps to its exact symbol (one hash lookup) and to the prefix
/// symbols it starts with (one lookup per distinct prefix length); phrases are then followed through the
/// trie from each token, as far as the longest phrase. Symbols live in ``ByteStringTable``s, which compare bytes on a
/// hit, so a hash collision can never make a false match. A symbol's slot also holds what the trie's root
/// holds for it (``SymbolEntry``), so a keyword of one word is found in that one slot.
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

    public private(set) var patterns: [Pattern] = []
    private var patternIDs: [String: Int] = [:]
    /// Exact words and prefixes → symbol numbers (one numbering for both).
    private var exactSymbols = ByteStringTable(emptyValue: SymbolEntry(symbol: 0))
    private var prefixSymbols = ByteStringTable(emptyValue: SymbolEntry(symbol: 0))
    private var symbolCount: Int32 = 0
    private var prefixLengths: [Int] = []
    /// Which two-byte beginnings any prefix has, a bit each (8 kilobytes, which stay in cache), so most
    /// words skip the prefix lookups entirely.
    private var prefixHeads = [UInt64](repeating: 0, count: 65_536 / 64)
    /// (node << 32 | symbol) → child node.
    private var edges = HashTable()
    /// The trie's nodes; node 0 is the root.
    private var nodes: [Node] = [Node()]

    /// A trie node: the pattern that ends there, if any (at most one does: distinct keywords make distinct
    /// paths of symbols), and whether a longer phrase goes on from it. One small value per node, so that a
    /// keyword found in a message reads one cache line for its node, not an array of its own.
    private struct Node {
        var pattern: Int32 = -1
        var hasChildren = false
    }

    /// A symbol's number and what the trie's root holds for it (``RootLink``), side by side in its slot.
    private struct SymbolEntry: BitwiseCopyable, Sendable {
        let symbol: Int32
        var root = RootLink()
    }

    /// What the trie's root holds for a symbol: the pattern of the keyword that is this one word, and whether
    /// longer phrases start with it. Kept in the symbol's slot, so that a token that is a keyword of its
    /// own is known from that slot, without a probe of the trie's edges and a read of the node they lead to
    /// (two cache misses more per keyword found, at 10,000 keywords).
    private struct RootLink: BitwiseCopyable, Sendable {
        /// The pattern plus one (0 when no keyword is this word alone), with the top bit set when phrases go
        /// on from the root's child.
        private var raw: UInt32 = 0

        init() {}

        init(_ node: Node) {
            raw = UInt32(node.pattern + 1) | (node.hasChildren ? 0x8000_0000 : 0)
        }

        var pattern: Int? { raw & 0x7FFF_FFFF == 0 ? nil : Int(raw & 0x7FFF_FFFF) - 1 }
        var startsPhrases: Bool { raw & 0x8000_0000 != 0 }
    }

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
        // The first word's symbol, whose entry keeps what the root holds for it, and the root's child.
        var first: (bytes: [UInt8], prefix: Bool, node: Int)?
        defer {
            if let first {
                let root = nodes[first.node]
                let update = { (entry: inout SymbolEntry) in entry.root = RootLink(root) }
                if first.prefix { prefixSymbols.modifyValue(for: first.bytes, update) } else { exactSymbols.modifyValue(for: first.bytes, update) }
            }
        }
        for (index, token) in normalized.tokens.enumerated() {
            let bytes = normalized.foldedBytes(of: token)
            let prefix = isPrefix && index == normalized.tokens.count - 1
            let symbol = prefix ? internPrefix(bytes, hash: token.hash) : intern(bytes, hash: token.hash, prefix: false)
            let edge = Self.edgeKey(node: node, symbol: symbol)
            if let child = edges.value(for: edge) {
                node = Int(child)
            } else {
                nodes.append(Node())
                nodes[node].hasChildren = true
                edges.insert(Int32(nodes.count - 1), for: edge)
                node = nodes.count - 1
            }
            if index == 0 { first = (bytes, prefix, node) }
        }
        // A path of symbols spells one key, and keys already known returned above; should two keywords
        // ever reach one node, they match the same words, so they share its pattern.
        if nodes[node].pattern >= 0 {
            patternIDs[key] = Int(nodes[node].pattern)
            return Int(nodes[node].pattern)
        }
        let id = patterns.count
        patterns.append(Pattern(keyword: keyword, words: words, lastIsPrefix: isPrefix))
        patternIDs[key] = id
        nodes[node].pattern = Int32(id)
        return id
    }

    /// The first two bytes of a word (the first twice for a one-byte word), as a table index.
    private static func head<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        guard let first = bytes.first else { return 0 }
        let second = bytes.dropFirst().first ?? first
        return Int(first) << 8 | Int(second)
    }

    private static func edgeKey(node: Int, symbol: Int32) -> UInt64 { UInt64(node) << 32 | UInt64(UInt32(symbol)) }

    /// The symbol of a word (or prefix), created on first sight.
    private mutating func intern(_ bytes: [UInt8], hash: UInt64, prefix: Bool) -> Int32 {
        if let existing = (prefix ? prefixSymbols : exactSymbols).value(for: bytes) { return existing.symbol }
        symbolCount += 1
        let entry = SymbolEntry(symbol: symbolCount)
        if prefix { prefixSymbols.insert(entry, for: bytes) } else { exactSymbols.insert(entry, for: bytes) }
        return symbolCount
    }

    private mutating func internPrefix(_ bytes: [UInt8], hash: UInt64) -> Int32 {
        let symbol = intern(bytes, hash: hash, prefix: true)
        let head = Self.head(bytes[...])
        prefixHeads[head >> 6] |= 1 << UInt64(head & 63)
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
        let tokenCount = text.tokens.count
        // Each token has at most its exact symbol and one per prefix length. The symbols and their root links
        // are two buffers rather than one of pairs, so that each is usually small enough for the stack.
        let capacity = tokenCount * (1 + prefixLengths.count)
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity) { symbols in
            withUnsafeTemporaryAllocation(of: RootLink.self, capacity: capacity) { roots in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: tokenCount + 1) { starts in
                    var count = 0
                    text.withBuffers { tokens, folded in
                        for index in 0..<tokenCount {
                            starts[index] = count
                            appendSymbols(of: tokens[index], folded: folded, to: symbols, roots: roots, count: &count)
                        }
                    }
                    starts[tokenCount] = count
                    let symbols = UnsafeBufferPointer(rebasing: symbols[0..<count])
                    let tokenStarts = UnsafeBufferPointer(starts)
                    var found: [Match] = []
                    for first in 0..<tokenCount {
                        for position in tokenStarts[first]..<tokenStarts[first + 1] {
                            let root = roots[position]
                            if let pattern = root.pattern { Self.append(Match(pattern: pattern, firstToken: first, lastToken: first), to: &found) }
                            guard root.startsPhrases, let child = edges.value(for: Self.edgeKey(node: 0, symbol: symbols[position])) else { continue }
                            followChildren(of: Int(child), first: first, after: first, symbols: symbols, starts: tokenStarts, into: &found)
                        }
                    }
                    return found
                }
            }
        }
    }

    /// The matches of the phrases that go on from a node below the root, reached at `token`.
    private func follow(
        _ node: Int, first: Int, at token: Int, symbols: UnsafeBufferPointer<Int32>, starts: UnsafeBufferPointer<Int>,
        into found: inout [Match]
    ) {
        let trieNode = nodes[node]
        if trieNode.pattern >= 0 { Self.append(Match(pattern: Int(trieNode.pattern), firstToken: first, lastToken: token), to: &found) }
        guard trieNode.hasChildren else { return }
        followChildren(of: node, first: first, after: token, symbols: symbols, starts: starts, into: &found)
    }

    /// Follows a node's edges with the symbols of the token after `token`.
    private func followChildren(
        of node: Int, first: Int, after token: Int, symbols: UnsafeBufferPointer<Int32>, starts: UnsafeBufferPointer<Int>,
        into found: inout [Match]
    ) {
        let next = token + 1
        guard next < starts.count - 1 else { return }
        for position in starts[next]..<starts[next + 1] {
            if let child = edges.value(for: Self.edgeKey(node: node, symbol: symbols[position])) {
                follow(Int(child), first: first, at: next, symbols: symbols, starts: starts, into: &found)
            }
        }
    }

    @inline(__always)
    private static func append(_ match: Match, to found: inout [Match]) {
        // Room for a few matches at the first, rather than one reallocation per doubling.
        if found.isEmpty { found.reserveCapacity(8) }
        found.append(match)
    }

    /// Writes the token's symbols (its exact word, the prefixes it starts with) at `symbols[count...]`, and
    /// their root links at `roots[count...]`.
    /// Inlined: it runs once per token of every message.
    @inline(__always)
    private func appendSymbols(
        of token: NormalizedText.Token, folded: UnsafeBufferPointer<UInt8>, to symbols: UnsafeMutableBufferPointer<Int32>,
        roots: UnsafeMutableBufferPointer<RootLink>,
        count: inout Int
    ) {
        let bytes = UnsafeBufferPointer(rebasing: folded[token.start..<token.end])
        if let symbol = exactSymbols.value(for: bytes, hash: token.hash) {
            symbols[count] = symbol.symbol
            roots[count] = symbol.root
            count += 1
        }
        guard !prefixLengths.isEmpty else { return }
        let head = Self.head(bytes[...])
        guard prefixHeads[head >> 6] >> UInt64(head & 63) & 1 != 0 else { return }
        var hash = NormalizedText.hashSeed
        var length = 0
        for limit in prefixLengths {
            guard limit <= bytes.count else { break }
            hash = NormalizedText.hash(hash, adding: bytes[length..<limit])
            length = limit
            if let symbol = prefixSymbols.value(for: UnsafeBufferPointer(rebasing: bytes[0..<limit]), hash: hash) {
                symbols[count] = symbol.symbol
                roots[count] = symbol.root
                count += 1
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
