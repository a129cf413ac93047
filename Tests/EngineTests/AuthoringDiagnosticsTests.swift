import Engine
import Foundation
import RulesDSL
import Testing

/// Issue 30: what `rulesd check` says when a seller's file is wrong, one error at the real mistake.
@Suite struct AuthoringDiagnosticsTests {
    @Test func anUnclosedTextIsOneErrorAtItsOpeningAndNothingFollowsFromIt() {
        let shop = SourceFile(name: "00-shop.rules", text: """
            template welcome = \"\"\"
                Hi there!
                Welcome to the shop.

            template closed = \"\"\"
                We're closed right now.
                \"\"\"

            endpoint crm = "https://crm.example/hook"
            """)
        let sales = SourceFile(name: "20-sales.rules", text: """
            rule "Welcome" when first contact then
              reply welcome
              forward to crm
            end
            rule "Closed" when true then reply closed end
            """)
        let diagnostics = FrontEnd.check([shop, sales]).diagnostics
        #expect(diagnostics.count == 1, "\(diagnostics.map { "\($0.file.name): \($0.message.text)" })")
        #expect(diagnostics.first?.file.name == "00-shop.rules")
        #expect(diagnostics.first?.message.text == #"this text is never closed; close it with """ on a line of its own"#)
    }

    @Test func aTextThatMentionsARuleAtTheLeftMarginStillCloses() {
        let file = SourceFile(name: "t.rules", text: """
            template rules = \"\"\"
            rule of the house: be kind.
            \"\"\"
            rule "r" when true then reply rules end
            """)
        #expect(FrontEnd.check([file]).diagnostics.isEmpty)
    }
}
