import Engine
import Foundation
import RulesDSL
import Testing

/// `rulesd fmt` learns every new form of version 2's comments and buttons.
@Suite struct CommentsAndButtonsFormatTests {
    @Test func newFormsTakeTheCanonicalLayout() {
        let messy = """
            template menu="What can I help you with?" buttons "Prices"->"PRICES","Sizes"  ->  "SIZES"
              es "¿Qué buscas?"    buttons "Precios" -> "PRICES"
            template ask = "Your email?"   buttons   email
            template catalog = "Catalog" link "Open"->"https://luna.example/c"
            ice   breakers "Prices?"->"PRICES",   "Ship abroad?" -> "SHIPPING"
            menu "Prices" -> "PRICES","Shop"->"https://luna.example"
            rule "C"   on comments when post is "180" and kind is comment then reply publicly one of "a","b" reply publicly menu reply "x" end
            """
        let expected = """
            template menu = "What can I help you with?" buttons "Prices" -> "PRICES", "Sizes" -> "SIZES"
              es "¿Qué buscas?" buttons "Precios" -> "PRICES"
            template ask = "Your email?" buttons email
            template catalog = "Catalog" link "Open" -> "https://luna.example/c"
            ice breakers "Prices?" -> "PRICES", "Ship abroad?" -> "SHIPPING"
            menu "Prices" -> "PRICES", "Shop" -> "https://luna.example"

            rule "C" on comments
              when post is "180" and kind is comment
              then
                reply publicly one of "a", "b"
                reply publicly menu
                reply "x"
            end

            """
        #expect(formatChecked(messy) == expected)
    }

    @Test func longButtonListsBreakOnePerLine() {
        let titles = (1...8).map { "\"A rather long title \($0)\" -> \"P\($0)\"" }.joined(separator: ", ")
        let formatted = formatChecked("template menu = \"Pick one of these\" buttons \(titles)\n")
        let lines = formatted.split(separator: "\n")
        #expect(lines.count == 9 && lines[0] == "template menu = \"Pick one of these\"" && lines[1].hasPrefix("  buttons \"A rather long title 1\" -> \"P1\","))
        #expect(lines[2] == "      \"A rather long title 2\" -> \"P2\",")
    }

    @Test func theSyntaxTreeKeepsButtonsPayloadsAndTheAudience() throws {
        let (file, diagnostics) = Parser.parse(SourceFile(name: "t.rules", text: """
            template menu = "Hi" buttons "A" -> "PA", "B"
            rule "C" on comments when post is "1" then reply publicly "x" end
            """))
        #expect(!diagnostics.hasErrors)
        #expect(ASTDump.dump(file) == #"""
            (template menu "Hi" (buttons ("A" "PA") ("B" -)))
            (rule "C" on=comments (post "1") (reply-publicly "x"))
            """#)
        #expect(file.rules.first?.seesComments == true)
    }

    @Test func mistakesInButtonsSayWhatToWrite() {
        let (_, diagnostics) = Parser.parse(SourceFile(name: "t.rules", text: "template t = \"x\" buttons Prices\n"))
        #expect(diagnostics.first?.message.text.contains("a button title in double quotes, or email or phone") == true)
        let (_, breakers) = Parser.parse(SourceFile(name: "t.rules", text: "ice \"Q\" -> \"P\"\n"))
        #expect(breakers.first?.message.text.contains("'breakers' after 'ice'") == true)
    }
}
