import Foundation
import Testing

/// `rulesd lang`: LANG<TAB>CONFIDENCE<TAB>TEXT for each argument or line of standard input.
@Suite struct LangCommandTests {
    @Test func identifiesEachArgument() throws {
        let output = try RulesdProcess.run(["lang", "cuánto cuesta el envío?", "quanto custa o frete?", "how much is shipping?", "ok"])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n").map { $0.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false) }
        #expect(lines.map { $0[0] } == ["es", "pt", "en", "none"])
        #expect(lines.map { $0[2] } == ["cuánto cuesta el envío?", "quanto custa o frete?", "how much is shipping?", "ok"])
        for line in lines {
            let confidence = try #require(Double(line[1]))
            #expect((0...1).contains(confidence))
            #expect(line[1].split(separator: ".").last?.count == 2)
        }
        #expect(Double(lines[0][1])! >= 0.9)
    }

    @Test func readsStandardInputLineByLine() throws {
        let output = try RulesdProcess.run(["lang"], stdin: "mi pedido no llega\ncadê meu pedido\n👍\n")
        #expect(output.stdout.split(separator: "\n").map { $0.split(separator: "\t")[0] } == ["es", "pt", "none"])
    }
}
