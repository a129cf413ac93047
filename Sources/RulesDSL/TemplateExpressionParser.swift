/// Parses what is inside `{{ }}`: `term (or term)*`, where a term is a dotted variable name or a quoted fallback.
struct TemplateExpressionParser {
    struct Failure {
        var message: DiagnosticMessage
        var range: SourceRange
    }

    let bytes: [UInt8]
    var position: Int
    let end: Int
    private(set) var error: Failure?

    init(bytes: [UInt8], start: Int, end: Int) {
        self.bytes = bytes
        self.position = start
        self.end = end
    }

    mutating func parse() -> [TemplateTerm] {
        var terms: [TemplateTerm] = []
        skipSpaces()
        if position >= end { return [] }
        while true {
            guard let term = parseTerm() else { return terms }
            terms.append(term)
            skipSpaces()
            if position >= end { return terms }
            let wordStart = position
            let word = readWord()
            guard word == "or" else {
                fail(.invalidInterpolation("expected 'or' or '}}'"), from: wordStart)
                return terms
            }
            skipSpaces()
        }
    }

    private mutating func parseTerm() -> TemplateTerm? {
        let start = position
        // Inside {{ }} a quote does not end the string, but writers often escape it anyway: accept both.
        let escaped = position + 1 < end && bytes[position] == UInt8(ascii: "\\") && bytes[position + 1] == UInt8(ascii: "\"")
        if position < end, bytes[position] == UInt8(ascii: "\"") || escaped {
            position += escaped ? 2 : 1
            var text: [UInt8] = []
            while position < end {
                if escaped, bytes[position] == UInt8(ascii: "\\"), position + 1 < end, bytes[position + 1] == UInt8(ascii: "\"") {
                    break
                }
                if !escaped, bytes[position] == UInt8(ascii: "\"") { break }
                if bytes[position] == UInt8(ascii: "\\"), position + 1 < end {
                    position += 1
                }
                text.append(bytes[position])
                position += 1
            }
            guard position < end else {
                fail(.invalidInterpolation("unterminated fallback string"), from: start)
                return nil
            }
            position += escaped ? 2 : 1
            return .literal(String(decoding: text, as: UTF8.self), SourceRange(start: start, end: position))
        }
        var parts: [String] = []
        repeat {
            if !parts.isEmpty { position += 1 }
            let word = readWord()
            guard !word.isEmpty else {
                fail(.invalidInterpolation("expected a variable name"), from: position)
                return nil
            }
            parts.append(word)
        } while position < end && bytes[position] == UInt8(ascii: ".")
        return .variable(parts.joined(separator: "."), SourceRange(start: start, end: position))
    }

    private mutating func readWord() -> String {
        let start = position
        while position < end, Lexer.isIdentifierByte(bytes[position]) || (position > start && Lexer.isDigit(bytes[position])) {
            position += 1
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func skipSpaces() {
        while position < end, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
    }

    private mutating func fail(_ message: DiagnosticMessage, from start: Int) {
        if error == nil {
            error = Failure(message: message, range: SourceRange(start: start, end: max(start + 1, min(end, position))))
        }
        position = end
    }
}
