import Foundation
import RulesDSL

/// Paths of the repository, found from this file's location so tests read fixtures and examples in place.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let diagnosticsFixtures = root.appendingPathComponent("Tests/EngineTests/Fixtures/Diagnostics")
    static let exampleRules = root.appendingPathComponent("examples/rules")

    /// The `.rules` files of a directory, sorted by name.
    static func ruleFiles(in directory: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".rules") }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// A source file read from disk, named by its file name alone so rendered output is stable.
    static func source(_ url: URL) -> SourceFile {
        SourceFile(name: url.lastPathComponent, bytes: Array(FileManager.default.contents(atPath: url.path) ?? Data()))
    }

    /// Whether golden files should be rewritten instead of compared.
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }
}
