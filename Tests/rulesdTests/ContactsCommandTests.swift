import Engine
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import rulesd

/// `rulesd contacts list|show|tag|untag|pause|resume` and `export --decisions`, on the database of a server
/// that is still open (as `serve` would have it), with a conversation made by a signed webhook.
@Suite struct ContactsCommandTests {
    static let key = ConsoleRoutesTests.contactKey

    /// A database holding one answered conversation, and the app still open on it while `body` runs.
    func withConversation(_ body: @escaping @Sendable (String) async throws -> Void) async throws {
        let tests = ConsoleRoutesTests()
        let (app, context, _) = try await tests.makeApp(clock: TestClock(ConsoleRoutesTests.fixtureTime))
        try await app.test(.router) { client in
            try await tests.receiveFixture(client, context: context)
            try await body(context.store.path)
        }
    }

    @Test func listShowAndChangeAContactWhileTheServerHasTheDatabaseOpen() async throws {
        try await withConversation { db in
            let list = try RulesdProcess.run(["contacts", "list", "--db", db])
            #expect(list.status == 0, "\(list.stderr)")
            #expect(list.stdout.contains(Self.key))
            #expect(list.stdout.contains("[asked-price]"))
            #expect(list.stdout.contains("How much is the linen dress"))
            #expect(list.stdout.hasSuffix("1 conversation\n"))

            let tagged = try RulesdProcess.run(["contacts", "tag", "6123456789012345", "vip", "wholesale", "--db", db])
            #expect(tagged.status == 0, "\(tagged.stderr)")
            #expect(tagged.stdout == "\(Self.key): tagged vip\n\(Self.key): tagged wholesale\n")
            #expect(try RulesdProcess.run(["contacts", "untag", Self.key, "wholesale", "--db", db]).status == 0)
            let paused = try RulesdProcess.run(["contacts", "pause", Self.key, "--for", "2h", "--db", db])
            #expect(paused.stdout.hasPrefix("\(Self.key): paused automatic replies until "))

            #expect(try RulesdProcess.run(["contacts", "list", "--status", "paused", "--db", db]).stdout.contains(Self.key))
            #expect(!(try RulesdProcess.run(["contacts", "list", "--status", "active", "--db", db]).stdout.contains(Self.key)))
            #expect(try RulesdProcess.run(["contacts", "list", "--tag", "vip", "--db", db]).stdout.contains(Self.key))
            #expect(try RulesdProcess.run(["contacts", "list", "--tag", "wholesale", "--db", db]).stdout == "0 conversations\n")

            let show = try RulesdProcess.run(["contacts", "show", "6123456789012345", "--db", db])
            #expect(show.status == 0, "\(show.stderr)")
            #expect(show.stdout.contains("> Hi! How much is the linen dress in size M?"))
            #expect(show.stdout.contains("fired price"))
            #expect(show.stdout.contains("rulesd · rule price — sent"))
            #expect(show.stdout.contains("tagged vip (command line)"))
            #expect(show.stdout.contains("removed the tag wholesale (command line)"))

            #expect(try RulesdProcess.run(["contacts", "resume", Self.key, "--db", db]).status == 0)
            let state = try #require(try await MessageStore(path: db).storedState(key: Self.key))
            #expect(state.pausedUntil == nil)
            #expect(state.tags.sorted == ["asked-price", "vip"])
        }
    }

    @Test func unknownOrAmbiguousContactsAreUsageErrors() async throws {
        try await withConversation { db in
            let unknown = try RulesdProcess.run(["contacts", "show", "@nobody", "--db", db])
            #expect(unknown.status == 2)
            #expect(unknown.stderr.contains("no contact matches '@nobody'"))
            let badStatus = try RulesdProcess.run(["contacts", "list", "--status", "sleeping", "--db", db])
            #expect(badStatus.status == 2)
            #expect(badStatus.stderr.contains("--status is one of active, paused, takeover, attention"))
            let badPause = try RulesdProcess.run(["contacts", "pause", Self.key, "--for", "soon", "--db", db])
            #expect(badPause.status == 2)
            #expect(badPause.stderr.contains("--for takes a duration"))
            let noDatabase = try RulesdProcess.run(["contacts", "list", "--db", db + ".missing"])
            #expect(noDatabase.status == 2)
        }
    }

    @Test func exportedDecisionsSayWhatFiredAndHowTheReplyWentAndDryRunReadsThem() async throws {
        try await withConversation { db in
            let export = try RulesdProcess.run(["export", "--decisions", "--since", "3650d", "--db", db])
            #expect(export.status == 0, "\(export.stderr)")
            let lines = export.stdout.split(separator: "\n")
            #expect(lines.count == 1)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
            #expect(object["text"] as? String == "Hi! How much is the linen dress in size M?")
            let decision = try #require(object["decision"] as? [String: Any])
            let fired = try #require(decision["fired"] as? [[String: Any]])
            #expect(fired.first?["rule"] as? String == "price")
            #expect((fired.first?["reasons"] as? [String])?.contains { $0.contains("how much") } == true)
            let sends = try #require(decision["sends"] as? [[String: Any]])
            #expect(sends.first?["status"] as? String == "sent")
            #expect((sends.first?["text"] as? String)?.hasPrefix("See the catalog") == true)

            let directory = try RulesdProcess.temporaryDirectory()
            let chat = directory.appendingPathComponent("live.jsonl")
            try export.stdout.write(to: chat, atomically: true, encoding: .utf8)
            try #"rule "price" when message contains any "how much" then reply "See the catalog" end"#
                .write(to: directory.appendingPathComponent("r.rules"), atomically: true, encoding: .utf8)
            let replay = try RulesdProcess.run(["dry-run", "--rules", "r.rules", "live.jsonl"], in: directory)
            #expect(replay.status == 0, "\(replay.stderr)")
            #expect(replay.stdout.contains("fired: price"))
        }
    }
}
