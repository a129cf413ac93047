import Engine
import Foundation
import RulesDSL
import Testing

/// Each `Fixtures/Diagnostics/NAME.rules` is checked by the whole front end and its rendered diagnostics are
/// compared with `NAME.expected`. Re-record with `RECORD_SNAPSHOTS=1 swift test`.
@Suite struct DiagnosticsGoldenTests {
    static let fixtures = Repository.ruleFiles(in: Repository.diagnosticsFixtures).map(\.lastPathComponent)

    @Test(arguments: fixtures)
    func renderedDiagnosticsMatchGoldenFile(_ name: String) throws {
        let url = Repository.diagnosticsFixtures.appendingPathComponent(name)
        let result = FrontEnd.check([Repository.source(url)])
        let rendered = DiagnosticRenderer().render(result.diagnostics)
        let expectedURL = url.deletingPathExtension().appendingPathExtension("expected")
        if Repository.recording {
            try Data(rendered.utf8).write(to: expectedURL)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(rendered == expected)
        #expect(!result.diagnostics.isEmpty, "a diagnostics fixture must produce diagnostics")
    }

    /// Every message of the catalogues appears in at least one golden file, so each error kind is covered.
    @Test func everyDiagnosticKindHasAGoldenFixture() throws {
        var seen = Set<String>()
        for url in Repository.ruleFiles(in: Repository.diagnosticsFixtures) {
            for diagnostic in FrontEnd.check([Repository.source(url)]).diagnostics {
                seen.insert(diagnostic.message.id)
            }
        }
        let catalogues = [
            "Sources/RulesDSL/DiagnosticMessages.swift", "Sources/Engine/Checker/CheckerMessages.swift",
        ]
        var declared = Set<String>()
        for path in catalogues {
            let text = try String(contentsOf: Repository.root.appendingPathComponent(path), encoding: .utf8)
            let pattern = /static (?:func|var) (\w+)/
            for match in text.matches(of: pattern) where match.output.1 != "make" && match.output.1 != "hint" {
                declared.insert("rules." + match.output.1)
            }
        }
        // tooManyDiagnostics is covered by FrontEndRobustnessTests, which produce hundreds of errors.
        let missing = declared.subtracting(seen).subtracting(["rules.tooManyDiagnostics"])
        #expect(missing.isEmpty, "no golden fixture produces: \(missing.sorted())")
        #expect(declared.count > 40)
    }
}
