import ArgumentParser
import Engine
import Foundation
import RulesDSL

/// `rulesd export [--db] [--since 7d]`: the journal as normalized JSON lines, replayable by `dry-run`.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the journal of received messages as normalized JSON lines (replayable by dry-run).")

    @Option(help: "The SQLite database file.")
    var db = "rulesd.sqlite"

    @Option(help: "How far back: a duration such as 30m, 12h or 7d.")
    var since = "7d"

    func run() async throws {
        guard FileManager.default.fileExists(atPath: db) else { fail(UsageError(description: "no such database: \(db)")) }
        guard let seconds = DurationLiteral.seconds(in: since) else {
            fail(UsageError(description: "--since takes a duration such as 30m, 12h or 7d, not '\(since)'"))
        }
        let store = try MessageStore(path: db)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for message in try await store.journal(since: Date().addingTimeInterval(-Double(seconds))) {
            print(String(decoding: try encoder.encode(message), as: UTF8.self))
        }
    }
}
