import Foundation
import Testing

/// `rulesd bench` with `--evaluations-only`: one figure, from memory (inputs cold) or, with `--as-served`,
/// with each message and contact state decoded from their JSON just before (as serve hands them over).
/// Figures only mean something in a release build; these runs check that each mode measures what it says.
@Suite struct BenchCommandTests {
    /// The figures of the table's one row: the untraced evaluations per second with inputs cold and as served.
    static func figures(_ arguments: [String]) throws -> (cold: Double, served: Double) {
        let output = try RulesdProcess.run(["bench", "--rules", "10", "--keywords", "10", "--passes", "1", "--evaluations-only"] + arguments)
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.first?.contains("inputs as served") == true)
        let row = try #require(lines.dropFirst().first).split(separator: " ")
        return (try #require(Double(row[3])), try #require(Double(row[row.count - 2])))
    }

    @Test func inputsColdByDefault() throws {
        let figures = try Self.figures([])
        #expect(figures.cold > 0)
        #expect(figures.served == 0)
    }

    @Test func asServedDecodesEachMessageAndStateFirst() throws {
        let figures = try Self.figures(["--as-served"])
        #expect(figures.cold == 0)
        #expect(figures.served > 0)
    }

    /// `--repetitions` measures each figure that many times: the row gives their median, and a line after the
    /// table each case's range.
    @Test func repetitionsPrintEachCasesRange() throws {
        let output = try RulesdProcess.run(
            ["bench", "--rules", "10", "--keywords", "10", "--passes", "1", "--evaluations-only", "--repetitions", "3"])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("the evaluation figures above are medians of 3 runs each") })
        let range = try #require(lines.first { $0.hasPrefix("  10 rules, 10 keywords: inputs cold ") })
        #expect(range.contains("(median ") && range.hasSuffix("as served not measured"))
    }

    @Test func repetitionsBelowOneAreRefused() throws {
        let output = try RulesdProcess.run(["bench", "--evaluations-only", "--repetitions", "0"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("--repetitions must be at least 1"))
    }

    /// `--leave-out` drops the named rules of the four that no keyword guards, and keyword rules take their
    /// places: the set keeps its size, so a figure without a rule shows what that rule costs.
    @Test func leaveOutDropsThoseRulesAndKeepsTheSetsSize() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        func rules(_ arguments: [String]) throws -> [Substring] {
            let file = directory.appendingPathComponent("\(arguments.count).rules").path
            let output = try RulesdProcess.run(["bench", "--rules", "100", "--keywords", "1000"] + arguments + ["--write-rules", file])
            #expect(output.status == 0, "\(output.stderr)")
            return try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").filter { $0.hasPrefix("rule ") }
        }
        let all = try rules([])
        let some = try rules(["--leave-out", "angry", "closed"])
        #expect(all.count == 100)
        #expect(some.count == 100)
        #expect(all.contains { $0.hasPrefix("rule \"angry\"") } && all.contains { $0.hasPrefix("rule \"closed\"") })
        #expect(!some.contains { $0.hasPrefix("rule \"angry\"") || $0.hasPrefix("rule \"closed\"") })
        #expect(some.contains { $0.hasPrefix("rule \"welcome\"") } && some.contains { $0.hasPrefix("rule \"order number\"") })
        #expect(some.filter { $0.hasPrefix("rule \"r") }.count == all.filter { $0.hasPrefix("rule \"r") }.count + 2)
    }
}
