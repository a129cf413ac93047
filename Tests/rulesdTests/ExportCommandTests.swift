import Engine
import Foundation
import Testing

@testable import rulesd

@Suite struct ExportCommandTests {
    @Test(arguments: TestDatabases.backends) func exportWritesTheJournalAsLinesDryRunReplays(_ backend: StoreBackend) async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let database = try await TestDatabases.fresh(backend)
        let now = Date()
        do {
            let store = try await MessageStore.open(path: database)
            let recent = (0..<3).map { index in
                Message(id: "m\(index)", at: now.addingTimeInterval(Double(index - 3) * 60), channel: .instagram, account: "a", contact: "c", kind: .text, text: "price \(index)?")
            }
            let old = Message(id: "old", at: now.addingTimeInterval(-10 * 86_400), channel: .whatsapp, account: "a", contact: "d", kind: .text, text: "hello")
            _ = try await store.append(recent + [old], receivedAt: now)
        }
        let export = try RulesdProcess.run(["export", "--db", database, "--since", "1d"], in: directory)
        #expect(export.status == 0, "\(export.stderr)")
        let lines = export.stdout.split(separator: "\n")
        #expect(lines.count == 3, "the ten-day-old message is outside --since 1d")
        try export.stdout.write(to: directory.appendingPathComponent("week.jsonl"), atomically: true, encoding: .utf8)
        try "rule \"p\" cooldown 1h when message contains \"price\" then reply \"see catalog\" end\n".write(
            to: directory.appendingPathComponent("r.rules"), atomically: true, encoding: .utf8)
        let replay = try RulesdProcess.run(["dry-run", "--rules", "r.rules", "--format", "json", "week.jsonl"], in: directory)
        #expect(replay.status == 0)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(replay.stdout.split(separator: "\n").last!.utf8)) as? [String: Any])
        #expect((summary["summary"] as? [String: Any])?["replies"] as? Int == 1, "the cooldown holds across the replayed messages")
    }

    @Test func badArgumentsAreUsageErrors() throws {
        #expect(try RulesdProcess.run(["export", "--db", "/nonexistent/x.sqlite"]).status == 2)
        let directory = try RulesdProcess.temporaryDirectory()
        let database = directory.appendingPathComponent("x.sqlite").path
        _ = try MessageStore(path: database)
        let output = try RulesdProcess.run(["export", "--db", database, "--since", "soon"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("--since takes a duration"))
    }
}
