import Connectors
import Engine
import FakeMeta
import Foundation
import Synchronization
import Testing

@testable import rulesd

/// The short version of scripts/crash-test.sh: signed webhooks with duplicate deliveries while the server
/// is killed with SIGKILL twice and restarted; nothing accepted is lost and nothing is applied twice.
@Suite struct ServeCrashTests {
    /// The server currently running, swapped at each restart; senders read its port for every attempt.
    final class CurrentServer: Sendable {
        private let server: Mutex<ServeProcess?> = Mutex(nil)
        var value: ServeProcess? { server.withLock { $0 } }
        func set(_ process: ServeProcess?) { server.withLock { $0 = process } }
    }

    @Test func killedTwiceUnderTrafficLosesAndRepeatsNothing() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let rules = directory.appendingPathComponent("crash.rules")
        try """
            rule "welcome" cooldown 1h when first contact then tag "new" end
            rule "ack" when true then
                tag "seen"
                reply "ack {{message.text}}"
            end
            """.write(to: rules, atomically: true, encoding: .utf8)
        let db = directory.appendingPathComponent("db.sqlite").path
        let messageCount = 200, kills = 2, inFlight = 16
        try await FakeMetaServer.run(server: FakeMetaServer(answersSendsByDefault: true)) { fake, base in
            let environment = [
                "WHATSAPP_APP_SECRET": "wa-secret", "WHATSAPP_ACCESS_TOKEN": "wa-token", "WHATSAPP_PHONE_NUMBER_ID": "106540352200001",
                "WHATSAPP_SENDS_PER_SECOND": "1000", "GRAPH_API_BASE": base, "RULESD_REPLY_CONCURRENCY": "\(inFlight)",
            ]
            let current = CurrentServer()
            current.set(try await ServeProcess.start(rules: rules.path, db: db, environment: environment, in: directory))
            let client = AsyncHTTPTransport()
            // Posts a body until it gets 200, as Meta retries; the server may be down meanwhile.
            @Sendable func deliver(_ body: Data) async {
                let signature = WebhookSignature.sign(body: body, secret: "wa-secret")
                for _ in 0..<400 {
                    if let server = current.value {
                        let request = OutboundRequest(
                            method: "POST", url: server.base + "/webhooks/whatsapp",
                            headers: ["Content-Type": "application/json", WebhookSignature.header: signature], body: body)
                        if (try? await client.execute(request, timeout: .seconds(5)))?.status == 200 { return }
                    }
                    try? await Task.sleep(for: .milliseconds(25))
                }
                Issue.record("a webhook was never accepted")
            }
            let bodies = (0..<messageCount).map { index in
                ServeProcess.whatsappBody(mid: "wamid.crash.\(index)", from: "54911\(index % 100)", text: "order n=\(index)")
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for lane in 0..<8 {
                    group.addTask {
                        for index in stride(from: lane, to: messageCount, by: 8) {
                            await deliver(bodies[index])
                            if index % 10 == 3 { await deliver(bodies[index / 2]) }  // a duplicate delivery
                            try await Task.sleep(for: .milliseconds(5))
                        }
                    }
                }
                group.addTask {
                    for _ in 0..<kills {
                        try await Task.sleep(for: .milliseconds(400))
                        guard let server = current.value else { continue }
                        current.set(nil)
                        try await server.stop(SIGKILL)
                        current.set(try await ServeProcess.start(rules: rules.path, db: db, environment: environment, in: directory))
                    }
                }
                try await group.waitForAll()
            }
            let server = try #require(current.value)
            let drained = await eventually(within: .seconds(30)) { (try? await server.get("/healthz"))?.body.contains(#""outbox_backlog":0"#) == true }
            #expect(drained)
            try await Task.sleep(for: .milliseconds(500))
            try await server.stop()
            try? await client.shutdown()

            let connection = try SQLiteConnection(path: db)
            let journal = try connection.query("SELECT id FROM journal") { $0.text(0) ?? "" }
            #expect(journal.count == messageCount && Set(journal).count == messageCount, "every accepted message exactly once")
            let pending = try connection.query("SELECT (SELECT COUNT(*) FROM journal WHERE status = 'pending') + (SELECT COUNT(*) FROM outbox WHERE status = 'pending')") { Int($0.integer(0)) }
            #expect(pending == [0], "nothing left pending")
            let replies = await fake.requests.filter { $0.method == "POST" && $0.path.hasSuffix("/messages") }.compactMap(\.replyText)
            let delivered = Dictionary(grouping: replies, by: { $0 })
            #expect((0..<messageCount).allSatisfy { delivered["ack order n=\($0)"] != nil }, "every reply delivered at least once")
            // Replies go to 16 contacts at once: a kill may repeat at most the replies that were on their way.
            #expect(replies.count - delivered.count <= kills * inFlight, "at most the replies in flight repeated per kill")
            let counts = try connection.query("SELECT state FROM contacts") { ContactState(storedJSON: $0.text(0) ?? "")?.messageCount ?? -1 }
            #expect(counts.count == 100 && counts.allSatisfy { $0 == 2 }, "each contact's two messages counted once: \(counts.filter { $0 != 2 })")
        }
    }
}
