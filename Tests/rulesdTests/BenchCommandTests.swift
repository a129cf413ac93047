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
}
