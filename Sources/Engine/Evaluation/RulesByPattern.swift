/// For each keyword pattern, the rules it can make fire: one list of rule positions after another in a
/// single array, with where each pattern's starts. (As an array of arrays, each pattern's rules were a heap
/// object of their own, and a keyword found in a message cost a cache miss more to reach them.)
struct RulesByPattern: Sendable {
    /// Where each pattern's rules start in ``rules``; the last entry is the end of the last pattern's.
    private let starts: [Int32]
    private let rules: [Int32]

    /// The lists of rule positions, one per pattern.
    init(_ lists: [[Int]]) {
        var starts: [Int32] = [0]
        starts.reserveCapacity(lists.count + 1)
        var rules: [Int32] = []
        for list in lists {
            rules += list.map { Int32($0) }
            starts.append(Int32(rules.count))
        }
        self.starts = starts
        self.rules = rules
    }

    /// How many rules a pattern can make fire.
    @inline(__always)
    func count(of pattern: Int) -> Int { Int(starts[pattern + 1] - starts[pattern]) }

    /// Appends the positions of a pattern's rules to `candidates`.
    @inline(__always)
    func append(rulesOf pattern: Int, to candidates: inout [Int]) {
        for index in Int(starts[pattern])..<Int(starts[pattern + 1]) { candidates.append(Int(rules[index])) }
    }
}
