/// Decodes string literals: escapes, `"""` indentation, and `{{ }}` template parts.
struct StringScanner {
    let bytes: [UInt8]
    var diagnostics: DiagnosticCollector

    private var text: [UInt8] = []
    private var pieces: [TemplatePiece] = []
    private var value: [UInt8] = []

    init(bytes: [UInt8], diagnostics: DiagnosticCollector) {
        self.bytes = bytes
        self.diagnostics = diagnostics
    }

    // MARK: Single-line strings

    /// Scans `"..."` whose opening quote is at `open`; returns the literal and the offset after it.
    mutating func scanSingleLine(openingAt open: Int) -> (StringLiteral, Int) {
        resetBuffers()
        var position = open + 1
        while true {
            guard position < bytes.count, bytes[position] != UInt8(ascii: "\n") else {
                diagnostics.report(.unterminatedString, at: SourceRange(start: open, end: open + 1))
                break
            }
            if bytes[position] == UInt8(ascii: "\"") {
                position += 1
                break
            }
            position = scanPiece(at: position, limit: nil)
        }
        return (makeLiteral(range: SourceRange(start: open, end: position), multiline: false), position)
    }

    // MARK: Multi-line strings

    /// Scans `"""..."""` whose first quote is at `open`; returns the literal and the offset after it.
    ///
    /// A `"""` that follows `=` on its line opens the next text, it does not close this one: this text was
    /// never closed. Then it ends before the first line that starts a declaration at the left margin (or
    /// before that next text's line), with one error at its opening, so that nothing after it is swallowed
    /// and no error follows from it, in this file or others.
    mutating func scanMultiLine(openingAt open: Int) -> (StringLiteral, Int) {
        resetBuffers()
        let contentStart = open + 3
        var close = contentStart
        var found = false
        var declarationLine: Int?
        while close + 2 < bytes.count {
            if bytes[close] == UInt8(ascii: "\\") {
                close += 2
                continue
            }
            if bytes[close] == UInt8(ascii: "\n"), declarationLine == nil, startsDeclaration(at: close + 1) {
                declarationLine = close + 1
            }
            if bytes[close] == UInt8(ascii: "\""), bytes[close + 1] == UInt8(ascii: "\""),
                bytes[close + 2] == UInt8(ascii: "\"")
            {
                if opensText(at: close) {
                    declarationLine = min(declarationLine ?? Int.max, lineStart(of: close))
                    break
                }
                found = true
                break
            }
            close += 1
        }
        if !found {
            diagnostics.report(.unterminatedMultilineString, at: SourceRange(start: open, end: open + 3))
            close = declarationLine ?? bytes.count
        }
        let lines = Self.contentLines(bytes, from: contentStart, to: min(close, bytes.count))
        for (index, line) in lines.enumerated() {
            if index > 0 { appendText([UInt8(ascii: "\n")]) }
            var position = line.lowerBound
            while position < line.upperBound {
                position = scanPiece(at: position, limit: line.upperBound)
            }
        }
        let end = found ? close + 3 : close
        return (makeLiteral(range: SourceRange(start: open, end: end), multiline: true), end)
    }

    /// The words that start a declaration at the left margin.
    private static let declarationWords: [[UInt8]] = ["set", "hours", "option", "template", "endpoint", "rule"].map { Array($0.utf8) }

    /// Whether the line starting at `start` starts a declaration: a declaration word at the left margin,
    /// followed by a space.
    private func startsDeclaration(at start: Int) -> Bool {
        for word in Self.declarationWords where start + word.count < bytes.count {
            if bytes[start..<(start + word.count)].elementsEqual(word), bytes[start + word.count] == UInt8(ascii: " ") { return true }
        }
        return false
    }

    /// Whether the `"""` at `position` opens a text: `=` is the last thing before it on its line.
    private func opensText(at position: Int) -> Bool {
        var before = position - 1
        while before >= 0, bytes[before] == UInt8(ascii: " ") || bytes[before] == UInt8(ascii: "\t") { before -= 1 }
        return before >= 0 && bytes[before] == UInt8(ascii: "=")
    }

    /// The offset of the start of the line holding `position`.
    private func lineStart(of position: Int) -> Int {
        var start = position
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        return start
    }

    /// The byte ranges of a multi-line string's lines after the rules of `"""`: a first line break right
    /// after the opening quotes and a last whitespace-only line before the closing ones are dropped, the
    /// indentation common to the non-blank lines is removed, and blank lines become empty.
    static func contentLines(_ bytes: [UInt8], from start: Int, to end: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var lineStart = start
        for position in start..<end where bytes[position] == UInt8(ascii: "\n") {
            lines.append(lineStart..<position)
            lineStart = position + 1
        }
        lines.append(lineStart..<end)
        lines = lines.map { line in
            line.upperBound > line.lowerBound && bytes[line.upperBound - 1] == UInt8(ascii: "\r")
                ? line.lowerBound..<(line.upperBound - 1) : line
        }
        func isBlank(_ line: Range<Int>) -> Bool {
            bytes[line].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        }
        if lines.count > 1, isBlank(lines[0]) { lines.removeFirst() }
        if lines.count > 1, isBlank(lines[lines.count - 1]) { lines.removeLast() }
        let indents = lines.filter { !isBlank($0) }.map { line in
            bytes[line].prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        }
        var common = indents.first.map(Array.init) ?? []
        for indent in indents.dropFirst() {
            common = Array(zip(common, indent).prefix { $0 == $1 }.map(\.0))
        }
        return lines.map { line in
            isBlank(line) ? line.lowerBound..<line.lowerBound : (line.lowerBound + common.count)..<line.upperBound
        }
    }

    // MARK: Pieces

    /// Scans one character, escape or `{{ }}` at `position`; returns the next position.
    private mutating func scanPiece(at position: Int, limit: Int?) -> Int {
        let end = limit ?? bytes.count
        let byte = bytes[position]
        if byte == UInt8(ascii: "\\") {
            return scanEscape(at: position, end: end)
        }
        if byte == UInt8(ascii: "{"), position + 1 < end, bytes[position + 1] == UInt8(ascii: "{") {
            var close = position + 2
            while close + 1 < end, bytes[close] != UInt8(ascii: "\n") {
                if bytes[close] == UInt8(ascii: "}"), bytes[close + 1] == UInt8(ascii: "}") {
                    scanInterpolation(from: position, close: close)
                    return close + 2
                }
                close += 1
            }
            diagnostics.report(.unclosedInterpolation, at: SourceRange(start: position, end: position + 2))
            appendText([byte, byte])
            return position + 2
        }
        if byte < 0x20, byte != UInt8(ascii: "\t"), byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") {
            diagnostics.report(.unexpectedCharacter(Unicode.Scalar(byte)), at: SourceRange(start: position, end: position + 1))
        }
        appendText([byte])
        return position + 1
    }

    private mutating func scanEscape(at position: Int, end: Int) -> Int {
        guard position + 1 < end, bytes[position + 1] != UInt8(ascii: "\n") else {
            diagnostics.report(.invalidEscape("\\"), at: SourceRange(start: position, end: position + 1))
            return position + 1
        }
        let next = bytes[position + 1]
        switch next {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"):
            appendText([next])
        case UInt8(ascii: "n"):
            appendText([UInt8(ascii: "\n")])
        case UInt8(ascii: "t"):
            appendText([UInt8(ascii: "\t")])
        case UInt8(ascii: "u"):
            return scanUnicodeEscape(at: position, end: end)
        default:
            let shown = String(decoding: [next], as: UTF8.self)
            diagnostics.report(.invalidEscape("\\" + shown), at: SourceRange(start: position, end: position + 2))
            return position + 2
        }
        return position + 2
    }

    private mutating func scanUnicodeEscape(at position: Int, end: Int) -> Int {
        var cursor = position + 2
        guard cursor < end, bytes[cursor] == UInt8(ascii: "{") else {
            diagnostics.report(.invalidUnicodeEscape, at: SourceRange(start: position, end: cursor))
            return cursor
        }
        cursor += 1
        var digits: [UInt8] = []
        while cursor < end, bytes[cursor] != UInt8(ascii: "}"), bytes[cursor] != UInt8(ascii: "\""),
            bytes[cursor] != UInt8(ascii: "\n"), digits.count <= 8
        {
            digits.append(bytes[cursor])
            cursor += 1
        }
        let closed = cursor < end && bytes[cursor] == UInt8(ascii: "}")
        let range = SourceRange(start: position, end: closed ? cursor + 1 : cursor)
        guard closed, (1...8).contains(digits.count),
            let value = UInt32(String(decoding: digits, as: UTF8.self), radix: 16),
            let scalar = Unicode.Scalar(value)
        else {
            diagnostics.report(.invalidUnicodeEscape, at: range)
            return range.end
        }
        appendText(Array(String(scalar).utf8))
        return range.end
    }

    private mutating func scanInterpolation(from open: Int, close: Int) {
        var parser = TemplateExpressionParser(bytes: bytes, start: open + 2, end: close)
        let terms = parser.parse()
        let range = SourceRange(start: open, end: close + 2)
        if let error = parser.error {
            diagnostics.report(error.message, at: error.range)
        } else if terms.isEmpty {
            diagnostics.report(.emptyInterpolation, at: range)
        }
        flushText()
        value.append(contentsOf: bytes[open..<(close + 2)])
        if !terms.isEmpty {
            pieces.append(.variable(TemplateVariable(alternatives: terms, range: range)))
        }
    }

    // MARK: Buffers

    private mutating func resetBuffers() {
        text = []
        pieces = []
        value = []
    }

    private mutating func appendText(_ newBytes: [UInt8]) {
        text.append(contentsOf: newBytes)
        value.append(contentsOf: newBytes)
    }

    private mutating func flushText() {
        guard !text.isEmpty else { return }
        pieces.append(.text(String(decoding: text, as: UTF8.self)))
        text = []
    }

    private mutating func makeLiteral(range: SourceRange, multiline: Bool) -> StringLiteral {
        flushText()
        return StringLiteral(
            value: String(decoding: value, as: UTF8.self), pieces: pieces, range: range, isMultiline: multiline)
    }
}
