import ArgumentParser
import Engine
import Foundation
import RulesDSL

/// `rulesd export [--db] [--since 7d] [--decisions]`: the journal as normalized JSON lines, replayable by
/// `dry-run`; with `--decisions`, each line also says what was decided and how each send went.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the journal of received messages as normalized JSON lines (replayable by dry-run).",
        discussion: """
            With --decisions each line also has a "decision": the rules that fired and why, the actions, and each \
            reply's and forward's outcome (sent, delivered, read, failed with the reason, not sent). dry-run reads \
            these lines as the messages and ignores the decision, so a day of real traffic can be replayed \
            against changed rules.
            """)

    @Option(help: "The SQLite database file.")
    var db = "rulesd.sqlite"

    @Option(help: "How far back: a duration such as 30m, 12h or 7d.")
    var since = "7d"

    @Flag(help: "Add what was decided for each message and how each reply and forward went.")
    var decisions = false

    func run() async throws {
        guard PostgresLocation.isAddress(db) || FileManager.default.fileExists(atPath: db) else { fail(UsageError(description: "no such database: \(db)")) }
        guard let seconds = DurationLiteral.seconds(in: since) else {
            fail(UsageError(description: "--since takes a duration such as 30m, 12h or 7d, not '\(since)'"))
        }
        let store = try await MessageStore.open(path: db)
        let start = Date().addingTimeInterval(-Double(seconds))
        if decisions {
            for line in try await store.decidedJournal(since: start) { print(line.jsonLine) }
            return
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for message in try await store.journal(since: start) {
            print(String(decoding: try encoder.encode(message), as: UTF8.self))
        }
    }
}
