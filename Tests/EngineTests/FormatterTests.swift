import Engine
import Foundation
import RulesDSL
import Testing

/// Formats text and checks the two promises of `fmt`: same syntax tree, and formatting again changes nothing.
func formatChecked(_ text: String, name: String = "t.rules", sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
    let (file, diagnostics) = Parser.parse(SourceFile(name: name, text: text))
    #expect(!diagnostics.hasErrors, "\(name) has syntax errors", sourceLocation: sourceLocation)
    let formatted = Formatter.format(file)
    let (again, againDiagnostics) = Parser.parse(SourceFile(name: name, text: formatted))
    #expect(!againDiagnostics.hasErrors, "formatted \(name) does not parse: \(againDiagnostics.map(\.message.text))", sourceLocation: sourceLocation)
    #expect(ASTDump.dump(again) == ASTDump.dump(file), "formatting changed the meaning of \(name)", sourceLocation: sourceLocation)
    #expect(Formatter.format(again) == formatted, "formatting \(name) is not idempotent", sourceLocation: sourceLocation)
    #expect(again.comments.map(\.text) == file.comments.map(\.text), "comments of \(name) changed", sourceLocation: sourceLocation)
    return formatted
}

@Suite struct FormatterTests {
    static let exampleFiles = Repository.ruleFiles(in: Repository.exampleRules).map(\.lastPathComponent)
    static let fixtureFiles = Repository.ruleFiles(in: Repository.diagnosticsFixtures).map(\.lastPathComponent)

    @Test(arguments: exampleFiles)
    func examplesAreFormattedAndStable(_ name: String) throws {
        let text = try String(contentsOf: Repository.exampleRules.appendingPathComponent(name), encoding: .utf8)
        #expect(formatChecked(text, name: name) == text, "examples/rules/\(name) is not in canonical layout")
    }

    @Test(arguments: fixtureFiles)
    func fixturesWithoutSyntaxErrorsFormatStably(_ name: String) throws {
        let source = Repository.source(Repository.diagnosticsFixtures.appendingPathComponent(name))
        let (_, diagnostics) = Parser.parse(source)
        guard !diagnostics.hasErrors else { return }
        _ = formatChecked(source.text, name: name)
    }

    @Test func canonicalLayout() {
        let messy = """
            set   shop="Luna"
            hours open=mon-fri 9:00-18:00,sat 10:00-14:00 in "Europe/Madrid"
            option max_replies=5 per 1h
            rule "A" cooldown 1h priority 5 when message contains any "a","b" and not(tagged "x") then reply "hi" tag "y" end
            rule "B" when true then stop end
            template t = \"\"\"
                  Hello
                    world
                  \"\"\"
            """
        let expected = """
            set shop = "Luna"
            hours open = mon-fri 09:00-18:00, sat 10:00-14:00 in "Europe/Madrid"
            option max_replies = 5 per 1h

            rule "A" priority 5 cooldown 1h
              when message contains any "a", "b" and not (tagged "x")
              then
                reply "hi"
                tag "y"
            end

            rule "B"
              when true
              then stop
            end

            template t = \"\"\"
                Hello
                  world
                \"\"\"

            """
        #expect(formatChecked(messy) == expected)
    }

    @Test func commentsStayBesideTheirLines() {
        let text = """
            # Header comment

            set shop = "Luna"   # trailing on a set
            # before the rule
            rule "A"  # after the name
              # inside, before when
              when true
              then
                # before an action
                tag "x"  # after an action
                # before end
            end
            # at the end of the file
            """
        let formatted = formatChecked(text)
        #expect(formatted == """
            # Header comment

            set shop = "Luna"  # trailing on a set

            # before the rule
            rule "A"  # after the name
              # inside, before when
              when true
              then
                # before an action
                tag "x"  # after an action
                # before end
            end
            # at the end of the file

            """)
    }

    @Test func longConditionsBreakBeforeOrAndLongListsFill() {
        let words = (1...30).map { "\"word\($0)\"" }.joined(separator: ", ")
        let text = "rule \"Long\" when message contains any \(words) or sentiment < -0.5 then stop end\n"
        let formatted = formatChecked(text)
        let lines = formatted.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= Formatter.lineWidth })
        #expect(lines.contains { $0.hasPrefix("    or sentiment < -0.5") })
    }
}

@Suite struct AccountFormattingTests {
    @Test func accountsAndTheConsolePasswordAreFormattedOnALineEach() {
        let messy = #"""
            account   instagram "17841400000001"   token env "LUNA_IG"
            console  password env   "LUNA_CONSOLE"
            """#
        #expect(formatChecked(messy) == "account instagram \"17841400000001\" token env \"LUNA_IG\"\nconsole password env \"LUNA_CONSOLE\"\n")
    }
}
