import ArgumentParser
import Engine
import Foundation

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
        guard let seconds = Self.seconds(since) else {
            fail(UsageError(description: "--since takes a duration such as 30m, 12h or 7d, not '\(since)'"))
        }
        let store = try MessageStore(path: db)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for message in try await store.journal(since: Date().addingTimeInterval(-Double(seconds))) {
            print(String(decoding: try encoder.encode(message), as: UTF8.self))
        }
    }

    /// Seconds in `30s`, `15m`, `12h`, `7d`.
    static func seconds(_ text: String) -> Int? {
        guard let unit = text.last, let count = Int(text.dropLast()), count >= 0 else { return nil }
        let multiplier = ["s": 1, "m": 60, "h": 3600, "d": 86_400][String(unit)]
        return multiplier.map { count * $0 }
    }
}
