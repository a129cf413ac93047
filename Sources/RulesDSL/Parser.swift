/// A recursive-descent parser for rule files.
///
/// It never stops at the first problem: after an error it skips to a place where parsing can resume
/// (the next `then`, action, `end` or declaration keyword at the start of a line) and goes on, so that one
/// run reports every problem.
///
/// ```swift
/// let (ruleFile, diagnostics) = Parser.parse(SourceFile(name: "shop.rules", text: text))
/// ```
public struct Parser {
    /// How deeply conditions may nest (parentheses and `not`).
    public static let maximumNesting = 64

    let file: SourceFile
    let tokens: [Token]
    var index = 0
    var diagnostics: DiagnosticCollector
    /// The end offset of the last token consumed.
    var previousEnd = 0
    /// Names of declarations that did not parse, so later checks do not call them unknown.
    var incompleteNames: [String] = []

    /// Thrown inside the parser to unwind to a recovery point; the diagnostic has already been reported.
    struct Recovery: Error {}

    init(file: SourceFile, tokens: [Token], diagnostics: DiagnosticCollector) {
        self.file = file
        self.tokens = tokens
        self.diagnostics = diagnostics
    }

    /// Parses a whole file into its syntax tree and every problem found on the way.
    /// - Parameter file: the source to parse.
    /// - Returns: the syntax tree (with what could be parsed) and the diagnostics of lexing and parsing.
    public static func parse(_ file: SourceFile) -> (RuleFile, [Diagnostic]) {
        var lexer = Lexer(file: file, diagnostics: DiagnosticCollector(file: file))
        let tokens = lexer.tokenize()
        var parser = Parser(file: file, tokens: tokens, diagnostics: lexer.diagnostics)
        let declarations = parser.parseDeclarations()
        var ruleFile = RuleFile(file: file, declarations: declarations, comments: lexer.comments)
        ruleFile.incompleteDeclarationNames = parser.incompleteNames
        let diagnostics = parser.diagnostics.finish()
        ruleFile.hasSyntaxErrors = diagnostics.hasErrors
        return (ruleFile, diagnostics)
    }

    // MARK: Token access

    var current: Token { tokens[index] }

    func peek(_ offset: Int = 1) -> Token { tokens[min(index + offset, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if token.kind != .endOfFile {
            index += 1
            previousEnd = token.range.end
        }
        return token
    }

    var atEnd: Bool { current.kind == .endOfFile }

    func isWord(_ word: String) -> Bool { current.isWord(word) }

    /// Whether the current token starts a declaration on a new line, a safe place to resume after an error.
    var atDeclarationStart: Bool {
        current.kind == .identifier && current.isAtLineStart && Keywords.declarations.contains(current.text)
    }

    /// Consumes the word or reports what was expected instead.
    @discardableResult
    mutating func expectWord(_ word: String, _ what: String? = nil) throws(Recovery) -> Token {
        guard isWord(word) else { throw fail(.expected(what ?? "'\(word)'", found: describe(current))) }
        return advance()
    }

    /// Consumes a token of a kind or reports what was expected instead.
    @discardableResult
    mutating func expect(_ kind: Token.Kind, _ what: String) throws(Recovery) -> Token {
        guard current.kind == kind else { throw fail(.expected(what, found: describe(current))) }
        return advance()
    }

    /// Reports a problem at the current token and returns the error that unwinds to recovery.
    mutating func fail(_ message: DiagnosticMessage, at range: SourceRange? = nil) -> Recovery {
        report(message, at: range ?? current.range)
        return Recovery()
    }

    mutating func report(_ message: DiagnosticMessage, at range: SourceRange) {
        // Invalid tokens were reported by the lexer already; one report per spot is enough.
        if current.kind == .invalid, range == current.range { return }
        diagnostics.report(message, at: range)
    }

    /// How a token is named in "expected X, found Y".
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .endOfFile: "end of file"
        case .identifier: "'\(token.text)'"
        case .string: "a string"
        case .regex: "a regex"
        case .integer, .decimal: "number '\(token.text)'"
        case .duration: "duration '\(token.text)'"
        case .clockTime: "time '\(token.text)'"
        case .invalid: "'\(token.text)'"
        default: "'\(token.text)'"
        }
    }

    /// Skips tokens until `stop` says so or the file ends.
    mutating func skip(until stop: (Parser) -> Bool) {
        while !atEnd, !stop(self) { advance() }
    }

    // MARK: Declarations

    mutating func parseDeclarations() -> [Declaration] {
        var declarations: [Declaration] = []
        while !atEnd {
            guard current.kind == .identifier, Keywords.declarations.contains(current.text) else {
                let word = current.kind == .identifier ? current.text : nil
                if let word {
                    report(
                        .unknownDeclaration(word, suggestion: Spelling.suggestion(for: word, among: Keywords.declarations)),
                        at: current.range)
                } else {
                    report(.expected("a declaration (set, hours, option, template, endpoint, rule, followup, ice breakers, menu, account or console)", found: describe(current)), at: current.range)
                }
                advance()
                skip { $0.atDeclarationStart }
                continue
            }
            let start = index
            do throws(Recovery) {
                declarations.append(try parseDeclaration())
            } catch {
                if tokens[start + 1].kind == .identifier { incompleteNames.append(tokens[start + 1].text) }
                skip { $0.atDeclarationStart }
            }
        }
        return declarations
    }

    mutating func parseDeclaration() throws(Recovery) -> Declaration {
        switch current.text {
        case "set": return .set(try parseSet())
        case "hours": return .hours(try parseHours())
        case "option": return .option(try parseOption())
        case "template": return try parseTemplate()
        case "endpoint": return .endpoint(try parseEndpoint())
        case "ice", "menu": return try parseProfileDeclaration()
        case "followup": return .followUp(parseFollowUp())
        case "account": return .account(try parseAccount())
        case "console": return .console(try parseConsole())
        default: return .rule(parseRule())
        }
    }
}
