// Conditions: on one line when they fit, otherwise broken before each top-level `or` (or `and`),
// and long word lists filled line by line.

extension Formatter.Writer {
    /// A word of a formatted condition and the source it came from.
    struct Atom {
        var text: String
        var range: SourceRange
        var spaceBefore = true
        /// Whether a line break may come before this atom (between the words of a list).
        var canBreakBefore = false
    }

    mutating func writeCondition(_ condition: Condition) {
        lines.begin(indent: 2, at: condition.range.start)
        let all = atoms(condition)
        let segments: [(keyword: String, atoms: [Atom])]
        switch condition.kind {
        case .or(let terms) where width(of: all) + 7 > Formatter.lineWidth:
            segments = terms.enumerated().map { ($0.offset == 0 ? "when" : "or", atoms($0.element)) }
        case .and(let terms) where width(of: all) + 7 > Formatter.lineWidth:
            segments = terms.enumerated().map { ($0.offset == 0 ? "when" : "and", atoms($0.element)) }
        default:
            segments = [("when", all)]
        }
        for (index, segment) in segments.enumerated() {
            let indent = index == 0 ? 2 : 4
            if index > 0 { lines.begin(indent: indent, at: segment.atoms.first?.range.start ?? condition.range.start) }
            lines.append(segment.keyword, range: .at(segment.atoms.first?.range.start ?? condition.range.start))
            for atom in segment.atoms {
                let needed = (atom.spaceBefore ? 1 : 0) + atom.text.count
                if atom.canBreakBefore, lines.currentWidth + needed > Formatter.lineWidth {
                    lines.begin(indent: indent + 4, at: atom.range.start)
                    lines.append(atom.text, range: atom.range)
                } else {
                    lines.append((atom.spaceBefore ? " " : "") + atom.text, range: atom.range)
                }
            }
        }
    }

    private func width(of atoms: [Atom]) -> Int {
        atoms.reduce(0) { $0 + ($1.spaceBefore ? 1 : 0) + $1.text.count }
    }

    /// The words of a condition in canonical spelling.
    func atoms(_ condition: Condition) -> [Atom] {
        let range = condition.range
        func words(_ text: String) -> [Atom] { [Atom(text: text, range: range)] }
        switch condition.kind {
        case .firstContact: return words("first contact")
        case .contains(let mode, let strings):
            var result = words(mode == .single ? "message contains" : "message contains \(mode.rawValue)")
            for (index, string) in strings.enumerated() {
                let comma = index < strings.count - 1 ? "," : ""
                result.append(Atom(text: text(string, indent: 4) + comma, range: string.range, canBreakBefore: index > 0))
            }
            return result
        case .matches(let regex): return words("message matches " + source.text(in: regex.range))
        case .messageIs(let string): return words("message is " + text(string, indent: 4))
        case .sentiment(let comparison, let number): return words("sentiment \(comparison.rawValue) \(number.text)")
        case .channelIs(let name): return words("channel is \(name.name)")
        case .kindIs(let name): return words("kind is \(name.name)")
        case .languageIs(let name): return words("language is \(name.name)")
        case .payloadIs(let string): return words("payload is " + text(string, indent: 4))
        case .postIs(let string): return words("post is " + text(string, indent: 4))
        case .tagged(let string): return words("tagged " + text(string, indent: 4))
        case .hours(let inside, let name): return words((inside ? "within " : "outside ") + name.name)
        case .contactMessages(let comparison, let count):
            return words("contact messages \(comparison.rawValue) \(count.value)")
        case .always: return words("true")
        case .not(let inner): return words("not") + atoms(inner)
        case .and(let terms): return joined(terms, with: "and")
        case .or(let terms): return joined(terms, with: "or")
        case .group(let inner):
            var inside = atoms(inner)
            if !inside.isEmpty { inside[0].spaceBefore = false }
            return [Atom(text: "(", range: .at(range.start))] + inside
                + [Atom(text: ")", range: .at(range.end), spaceBefore: false)]
        case .invalid: return words("true")
        }
    }

    private func joined(_ terms: [Condition], with word: String) -> [Atom] {
        var result: [Atom] = []
        for (index, term) in terms.enumerated() {
            if index > 0 { result.append(Atom(text: word, range: .at(term.range.start))) }
            result += atoms(term)
        }
        return result
    }
}
