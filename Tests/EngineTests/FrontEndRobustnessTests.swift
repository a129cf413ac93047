import Engine
import Foundation
import RulesDSL
import Testing

/// Any input ends in diagnostics: never a crash, a hang or a stack overflow.
@Suite struct FrontEndRobustnessTests {
    func check(_ bytes: [UInt8]) -> [Diagnostic] {
        FrontEnd.check([SourceFile(name: "input.rules", bytes: bytes)]).diagnostics
    }

    func check(_ text: String) -> [Diagnostic] { check(Array(text.utf8)) }

    @Test func hundredThousandNestedParenthesesGetTheNestingDiagnostic() {
        let text = "rule \"x\" when " + String(repeating: "(", count: 100_000) + "true" + String(repeating: ")", count: 100_000) + " then stop end"
        let diagnostics = check(text)
        #expect(diagnostics.map(\.message.id) == ["rules.nestingTooDeep"])
    }

    @Test func hundredThousandNotsGetTheNestingDiagnostic() {
        let text = "rule \"x\" when " + String(repeating: "not ", count: 100_000) + "true then stop end"
        #expect(check(text).map(\.message.id) == ["rules.nestingTooDeep"])
    }

    @Test func longConjunctionsAreFlatNotDeep() {
        let text = "rule \"x\" when " + Array(repeating: "true", count: 100_000).joined(separator: " and ") + " then stop end"
        #expect(check(text).isEmpty)
    }

    @Test func nulBytesAreReported() {
        let diagnostics = check(Array("rule \"a".utf8) + [0] + Array("\" when true then stop end\n\u{0}".utf8))
        #expect(diagnostics.count == 2)
        #expect(diagnostics.allSatisfy { $0.message.id == "rules.unexpectedCharacter" })
    }

    @Test func invalidUTF8Everywhere() {
        let diagnostics = check([0xFF, 0xFE, 0x80] + Array(" rule".utf8) + [0xC3])
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.filter { $0.message.id == "rules.invalidUTF8" }.count == 4)
    }

    @Test(arguments: ["set x = \"abc", "template x = \"\"\"\n  hello\n", "template x = \"\"\"", "rule \"x", "rule \"x\" when message matches /abc"])
    func unterminatedLiteralsAtEndOfFile(_ text: String) {
        let diagnostics = check(text)
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.allSatisfy { $0.range.end <= text.utf8.count })
    }

    @Test func tenMegabytesOfRulesEndInDiagnostics() throws {
        let example = try String(contentsOf: Repository.exampleRules.appendingPathComponent("20-sales.rules"), encoding: .utf8)
        var text = ""
        var copy = 0
        while text.utf8.count < 10_000_000 {
            text += example.replacingOccurrences(of: "rule \"", with: "rule \"\(copy) ")
            copy += 1
        }
        let diagnostics = check(text)
        // The templates live in another file, so every reply is an unknown template: capped, not millions.
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.count <= 202)
        #expect(diagnostics.contains { $0.message.id == "rules.tooManyDiagnostics" })
    }

    @Test func garbageIsCappedWithANote() {
        let diagnostics = check(String(repeating: "@ ", count: 5_000))
        #expect(diagnostics.count == 201)
        #expect(diagnostics.last?.message.id == "rules.tooManyDiagnostics")
        #expect(diagnostics.last?.message.text.contains("4800 more") == true)
    }

    @Test func aThousandRuleFileChecksClean() {
        let rules = (0..<1000).map { i in
            "rule \"r\(i)\" priority \(i % 7) cooldown \(i % 5 + 1)h\n  when message contains any \"w\(i)a\", \"w\(i)b*\", \"phrase \(i) here\" and not tagged \"t\(i)\"\n  then\n    reply \"Answer \(i) {{contact.name or \"friend\"}}\"\n    tag \"t\(i)\"\nend\n"
        }
        let result = FrontEnd.check([SourceFile(name: "big.rules", text: rules.joined(separator: "\n"))])
        #expect(result.diagnostics.isEmpty)
        #expect(result.ruleSet?.rules.count == 1000)
        #expect(result.ruleSet?.rules.first?.priority == 6, "rules are ordered by descending priority")
    }
}
