import RulesDSL
import Testing

@Suite struct LexerTests {
    func kinds(_ text: String) -> [Token.Kind] {
        Lexer.tokenize(SourceFile(name: "t", text: text)).tokens.map(\.kind)
    }

    @Test func numbersDurationsAndTimes() {
        #expect(kinds("3 0.5 30s 12h 7d 09:00 -") == [.integer, .decimal, .duration, .duration, .duration, .clockTime, .minus, .endOfFile])
    }

    @Test func commentsAreCollectedNotTokens() {
        let result = Lexer.tokenize(SourceFile(name: "t", text: "stop # a comment\n# another\nend"))
        #expect(result.tokens.map(\.text) == ["stop", "end", ""])
        #expect(result.comments.map(\.text) == ["# a comment", "# another"])
    }

    @Test func quoteInsideTemplateVariableDoesNotEndString() {
        let result = Lexer.tokenize(SourceFile(name: "t", text: #""Hi {{contact.name or "there"}}!" x"#))
        #expect(result.diagnostics.isEmpty)
        #expect(result.tokens.map(\.kind) == [.string, .identifier, .endOfFile])
        #expect(result.tokens[0].string?.value == #"Hi {{contact.name or "there"}}!"#)
    }

    @Test func escapes() {
        let result = Lexer.tokenize(SourceFile(name: "t", text: #""a\"b\\c\nd\te\u{1F600}""#))
        #expect(result.tokens[0].string?.value == "a\"b\\c\nd\te😀")
    }

    @Test func unicodeLettersInIdentifiers() {
        let result = Lexer.tokenize(SourceFile(name: "t", text: "set año = \"x\""))
        #expect(result.tokens[1].kind == .identifier)
        #expect(result.tokens[1].text == "año")
    }

    @Test func multilineStringRemovesCommonIndentation() {
        let text = "\"\"\"\n    one\n      two\n\n    three\n    \"\"\""
        let result = Lexer.tokenize(SourceFile(name: "t", text: text))
        #expect(result.diagnostics.isEmpty)
        #expect(result.tokens[0].string?.value == "one\n  two\n\nthree")
    }
}

@Suite struct SourceLocationTests {
    @Test func columnsCountCharactersAsPeopleSeeThem() {
        let file = SourceFile(name: "t", text: "set 👋🏽 = \"é\"\nx")
        let equals = Array(file.text.utf8).firstIndex(of: UInt8(ascii: "="))!
        #expect(file.location(of: equals) == SourceLocation(line: 1, column: 7))
        #expect(file.location(of: file.bytes.count - 1) == SourceLocation(line: 2, column: 1))
    }

    @Test func caretAlignsUnderWideCharacters() {
        let file = SourceFile(name: "t.rules", text: "rule \"👋\" when @ then stop end")
        let (_, diagnostics) = Parser.parse(file)
        let rendered = DiagnosticRenderer().render(diagnostics)
        #expect(rendered.hasPrefix("t.rules:1:15: error: unexpected character '@'"))
        let lines = rendered.split(separator: "\n")
        // The emoji takes two cells on a terminal, so the caret sits one column further right than the count.
        #expect(lines[2] == String(repeating: " ", count: 15) + "^")
    }

    @Test func invalidUTF8IsReportedAtItsPlace() {
        let file = SourceFile(name: "t", bytes: Array("set x = \"a".utf8) + [0xFF] + Array("\"".utf8))
        let (_, diagnostics) = Parser.parse(file)
        #expect(diagnostics.map(\.message.id) == ["rules.invalidUTF8"])
        #expect(diagnostics[0].location == SourceLocation(line: 1, column: 11))
    }

    @Test func suggestionsFindNearbyNames() {
        #expect(Spelling.suggestion(for: "prise", among: ["price", "welcome"]) == "price")
        #expect(Spelling.suggestion(for: "xyz", among: ["price", "welcome"]) == nil)
        #expect(Spelling.suggestion(for: "rlue", among: Keywords.declarations) == "rule")
    }
}
