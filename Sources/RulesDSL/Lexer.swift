/// Turns a ``SourceFile`` into tokens and comments. Never fails: problems become diagnostics.
public struct Lexer {
    public let file: SourceFile
    private let bytes: [UInt8]
    private var position = 0
    private var atLineStart = true
    private(set) var diagnostics: DiagnosticCollector
    private(set) var comments: [Comment] = []
    private let invalidUTF8: Set<Int>

    public init(file: SourceFile, diagnostics: DiagnosticCollector? = nil) {
        self.file = file
        self.bytes = file.bytes
        self.diagnostics = diagnostics ?? DiagnosticCollector(file: file)
        self.invalidUTF8 = Set(file.invalidUTF8Offsets)
    }

    /// Lexes the whole file. The last token is always `.endOfFile`.
    public static func tokenize(_ file: SourceFile) -> (tokens: [Token], comments: [Comment], diagnostics: [Diagnostic]) {
        var lexer = Lexer(file: file)
        let tokens = lexer.tokenize()
        return (tokens, lexer.comments, lexer.diagnostics.finish())
    }

    mutating func tokenize() -> [Token] {
        for offset in file.invalidUTF8Offsets {
            diagnostics.report(.invalidUTF8, at: SourceRange(start: offset, end: offset + 3))
        }
        var tokens: [Token] = []
        while let token = next() {
            tokens.append(token)
        }
        tokens.append(Token(kind: .endOfFile, range: .at(bytes.count), text: "", isAtLineStart: true))
        return tokens
    }

    // MARK: Scanning

    private mutating func next() -> Token? {
        skipWhitespaceAndComments()
        guard position < bytes.count else { return nil }
        let start = position
        let lineStart = atLineStart
        atLineStart = false
        let byte = bytes[start]
        var token: Token
        switch byte {
        case UInt8(ascii: "\""):
            token = lexString(at: start)
        case UInt8(ascii: "/"):
            token = lexRegex(at: start)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            token = lexNumber(at: start)
        case UInt8(ascii: ","): token = punctuation(.comma, length: 1)
        case UInt8(ascii: "("): token = punctuation(.leftParen, length: 1)
        case UInt8(ascii: ")"): token = punctuation(.rightParen, length: 1)
        case UInt8(ascii: "="): token = punctuation(.equals, length: 1)
        case UInt8(ascii: "-"): token = punctuation(.minus, length: 1)
        case UInt8(ascii: "."): token = punctuation(.dot, length: 1)
        case UInt8(ascii: "<"):
            token = peek(1) == UInt8(ascii: "=") ? punctuation(.lessOrEqual, length: 2) : punctuation(.less, length: 1)
        case UInt8(ascii: ">"):
            token =
                peek(1) == UInt8(ascii: "=")
                ? punctuation(.greaterOrEqual, length: 2) : punctuation(.greater, length: 1)
        default:
            if let length = identifierStartLength(at: start) {
                token = lexIdentifier(at: start, firstLength: length)
            } else {
                token = lexUnexpected(at: start)
            }
        }
        token.isAtLineStart = lineStart
        return token
    }

    private mutating func skipWhitespaceAndComments() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                position += 1
            case UInt8(ascii: "\n"):
                position += 1
                atLineStart = true
            case UInt8(ascii: "#"):
                let start = position
                while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
                var end = position
                if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let range = SourceRange(start: start, end: end)
                comments.append(Comment(text: file.text(in: range), range: range))
            default:
                return
            }
        }
    }

    private func peek(_ offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private mutating func punctuation(_ kind: Token.Kind, length: Int) -> Token {
        let range = SourceRange(start: position, end: position + length)
        position += length
        return Token(kind: kind, range: range, text: file.text(in: range), isAtLineStart: false)
    }

    private mutating func makeToken(_ kind: Token.Kind, from start: Int) -> Token {
        let range = SourceRange(start: start, end: position)
        return Token(kind: kind, range: range, text: file.text(in: range), isAtLineStart: false)
    }

    // MARK: Identifiers

    static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_")
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// The byte length of a letter starting an identifier at `offset` (ASCII or any Unicode letter), if one does.
    private func identifierStartLength(at offset: Int) -> Int? {
        let byte = bytes[offset]
        if Self.isIdentifierByte(byte) { return 1 }
        guard byte >= 0x80, let (scalar, length) = scalar(at: offset) else { return nil }
        return scalar.properties.isAlphabetic ? length : nil
    }

    private func scalar(at offset: Int) -> (Unicode.Scalar, Int)? {
        let byte = bytes[offset]
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        guard offset + length <= bytes.count else { return nil }
        let text = String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
        guard let scalar = text.unicodeScalars.first else { return nil }
        return (scalar, length)
    }

    private mutating func lexIdentifier(at start: Int, firstLength: Int) -> Token {
        position = start + firstLength
        while position < bytes.count {
            if Self.isIdentifierByte(bytes[position]) || Self.isDigit(bytes[position]) {
                position += 1
            } else if let length = identifierStartLength(at: position), bytes[position] >= 0x80 {
                position += length
            } else {
                break
            }
        }
        return makeToken(.identifier, from: start)
    }

    private mutating func lexUnexpected(at start: Int) -> Token {
        let length = scalar(at: start)?.1 ?? 1
        position = start + length
        let range = SourceRange(start: start, end: position)
        if !invalidUTF8.contains(start) {
            let scalar = scalar(at: start)?.0 ?? "\u{FFFD}"
            if Self.curlyQuotes.contains(scalar) {
                diagnostics.report(.curlyQuote(scalar), at: range)
                if let token = lexCurlyQuoted(at: start, opening: scalar) { return token }
            } else {
                diagnostics.report(.unexpectedCharacter(scalar), at: range)
            }
        }
        return Token(kind: .invalid, range: range, text: file.text(in: range), isAtLineStart: false)
    }

    /// “ ” ‘ ’: what phones type for quotes.
    static let curlyQuotes: Set<Unicode.Scalar> = ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"]

    /// A text between curly double quotes on one line, read as the string it was meant to be (its error is
    /// already reported), so that nothing else follows from the mistake.
    private mutating func lexCurlyQuoted(at start: Int, opening: Unicode.Scalar) -> Token? {
        guard opening == "\u{201C}" || opening == "\u{201D}" else { return nil }
        var close = start + 3
        while close + 2 < bytes.count, bytes[close] != UInt8(ascii: "\n") {
            if bytes[close] == 0xE2, bytes[close + 1] == 0x80, bytes[close + 2] == 0x9C || bytes[close + 2] == 0x9D { break }
            close += 1
        }
        guard close + 2 < bytes.count, bytes[close] == 0xE2 else { return nil }
        // The same text with straight quotes in the curly ones' places (offsets kept).
        var straight = bytes
        straight.replaceSubrange(start..<(start + 3), with: [UInt8(ascii: " "), UInt8(ascii: " "), UInt8(ascii: "\"")])
        straight.replaceSubrange(close..<(close + 3), with: [UInt8(ascii: "\""), UInt8(ascii: " "), UInt8(ascii: " ")])
        var scanner = StringScanner(bytes: straight, diagnostics: DiagnosticCollector(file: file))
        let (literal, _) = scanner.scanSingleLine(openingAt: start + 2)
        position = close + 3
        var token = makeToken(.string, from: start)
        token.string = literal
        return token
    }

    // MARK: Numbers, durations and times

    private mutating func lexNumber(at start: Int) -> Token {
        position = start
        while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
        if peek(0) == UInt8(ascii: ":"), let next = peek(1), Self.isDigit(next) {
            position += 1
            while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
            return makeToken(.clockTime, from: start)
        }
        var kind = Token.Kind.integer
        if peek(0) == UInt8(ascii: "."), let next = peek(1), Self.isDigit(next) {
            position += 1
            while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
            kind = .decimal
        }
        let suffixStart = position
        while position < bytes.count, Self.isIdentifierByte(bytes[position]) || Self.isDigit(bytes[position]) {
            position += 1
        }
        guard position > suffixStart else { return makeToken(kind, from: start) }
        let suffix = file.text(in: SourceRange(start: suffixStart, end: position))
        if kind == .integer, ["s", "m", "h", "d"].contains(suffix) {
            return makeToken(.duration, from: start)
        }
        if kind == .integer, let clock = Self.twentyFourHour(file.text(in: SourceRange(start: start, end: position))) {
            // 7am-3pm: the whole span in one error, written as it should be.
            var written = file.text(in: SourceRange(start: start, end: position))
            var rewritten = clock
            if peek(0) == UInt8(ascii: "-"), let next = peek(1), Self.isDigit(next) {
                var end = position + 1
                while end < bytes.count, Self.isIdentifierByte(bytes[end]) || Self.isDigit(bytes[end]) { end += 1 }
                let second = file.text(in: SourceRange(start: position + 1, end: end))
                if let secondClock = Self.twentyFourHour(second) {
                    written += "-" + second
                    rewritten += "-" + secondClock
                    position = end
                }
            }
            let token = makeToken(.invalid, from: start)
            diagnostics.report(.twelveHourTime(written, as: rewritten), at: token.range)
            return token
        }
        let token = makeToken(.invalid, from: start)
        diagnostics.report(.invalidNumber(token.text), at: token.range)
        return token
    }

    /// "07:00" for "7am", "15:30" for "3:30pm"... only the `7am` form reaches here: "15:00" for "3pm".
    static func twentyFourHour(_ text: String) -> String? {
        let lower = text.lowercased()
        guard lower.hasSuffix("am") || lower.hasSuffix("pm"), let hour = Int(lower.dropLast(2)), (1...12).contains(hour) else { return nil }
        let value = lower.hasSuffix("am") ? hour % 12 : hour % 12 + 12
        return (value < 10 ? "0" : "") + "\(value):00"
    }

    // MARK: Strings and regexes

    private mutating func lexString(at start: Int) -> Token {
        var scanner = StringScanner(bytes: bytes, diagnostics: diagnostics)
        let isMultiline = peek(1) == UInt8(ascii: "\"") && peek(2) == UInt8(ascii: "\"")
        let (literal, end) = isMultiline ? scanner.scanMultiLine(openingAt: start) : scanner.scanSingleLine(openingAt: start)
        diagnostics = scanner.diagnostics
        position = end
        if isMultiline {
            // A multi-line string may span lines; what follows it is not at a line start.
            atLineStart = false
        }
        // "price, "cost": a closing quote forgotten inside a word list. One error at that quote, and the
        // rest of the line read into this text, so that no error follows from it.
        if !isMultiline, literal.value.hasSuffix(", ") || literal.value.hasSuffix(","),
            position < bytes.count, identifierStartLength(at: position) != nil
        {
            var wordEnd = position
            while wordEnd < bytes.count, Self.isIdentifierByte(bytes[wordEnd]) || Self.isDigit(bytes[wordEnd]) || bytes[wordEnd] >= 0x80 { wordEnd += 1 }
            diagnostics.report(.quoteRunsIntoWord(file.text(in: SourceRange(start: position, end: wordEnd))), at: SourceRange(start: start, end: start + 1))
            var end = wordEnd
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\"") { end += 1 }
            position = end < bytes.count && bytes[end] == UInt8(ascii: "\"") ? end + 1 : end
        }
        var token = makeToken(.string, from: start)
        token.string = literal
        return token
    }

    private mutating func lexRegex(at start: Int) -> Token {
        position = start + 1
        var pattern: [UInt8] = []
        var inClass = false
        var closed = false
        var reportedSlash = false
        var slashAt = 0
        while position < bytes.count, bytes[position] != UInt8(ascii: "\n") {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\\"), position + 1 < bytes.count, bytes[position + 1] != UInt8(ascii: "\n") {
                if bytes[position + 1] == UInt8(ascii: "/") {
                    pattern.append(UInt8(ascii: "/"))
                } else {
                    pattern.append(contentsOf: [byte, bytes[position + 1]])
                }
                position += 2
                continue
            }
            if byte == UInt8(ascii: "[") { inClass = true }
            if byte == UInt8(ascii: "]") { inClass = false }
            if byte == UInt8(ascii: "/"), !inClass {
                // A slash the seller meant inside the pattern (https://...) is followed by more pattern, not
                // by flags and a space: one error, and the regex goes on to its real end.
                if closesRegex(slashAt: position) {
                    closed = true
                    position += 1
                    break
                }
                if !reportedSlash {
                    reportedSlash = true
                    slashAt = position
                }
            }
            pattern.append(byte)
            position += 1
        }
        if !closed {
            diagnostics.report(.unterminatedRegex, at: SourceRange(start: start, end: start + 1))
        } else if reportedSlash {
            let written = String(decoding: pattern.flatMap { $0 == UInt8(ascii: "/") ? [UInt8(ascii: "\\"), $0] : [$0] }, as: UTF8.self)
            diagnostics.report(.slashInsideRegex(written), at: SourceRange(start: slashAt, end: slashAt + 1))
        }
        if let brace = Self.unclosedRepeat(in: pattern) {
            diagnostics.report(.literalBraceInRegex(brace.text), at: SourceRange(start: start + 1, end: position - 1))
        }
        let flagsStart = position
        while position < bytes.count, Self.isIdentifierByte(bytes[position]) { position += 1 }
        let flags = file.text(in: SourceRange(start: flagsStart, end: position))
        for (index, flag) in flags.enumerated() where flag != "i" {
            diagnostics.report(
                .unknownRegexFlag(flag), at: SourceRange(start: flagsStart + index, end: flagsStart + index + 1))
        }
        var token = makeToken(.regex, from: start)
        token.regex = RegexLiteral(
            pattern: String(decoding: pattern, as: UTF8.self), flags: flags, range: token.range,
            patternStart: start + 1)
        return token
    }

    /// Whether the slash at `offset` ends a regex: only flags may follow it, then the end of the line, a
    /// space, a parenthesis, a comma or a comment.
    private func closesRegex(slashAt offset: Int) -> Bool {
        var next = offset + 1
        while next < bytes.count, Self.isIdentifierByte(bytes[next]) { next += 1 }
        guard next < bytes.count else { return true }
        return [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "#")]
            .contains(bytes[next])
    }

    /// `{4,` with no `}` after it, which PCRE2 reads as the characters themselves.
    static func unclosedRepeat(in pattern: [UInt8]) -> (text: String, offset: Int)? {
        var index = 0
        while index < pattern.count {
            if pattern[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if pattern[index] == UInt8(ascii: "{") {
                var cursor = index + 1
                while cursor < pattern.count, isDigit(pattern[cursor]) { cursor += 1 }
                if cursor > index + 1, cursor < pattern.count, pattern[cursor] == UInt8(ascii: ",") {
                    var after = cursor + 1
                    while after < pattern.count, isDigit(pattern[after]) { after += 1 }
                    if after >= pattern.count || pattern[after] != UInt8(ascii: "}") {
                        return (String(decoding: pattern[index...cursor], as: UTF8.self), index)
                    }
                }
            }
            index += 1
        }
        return nil
    }
}
