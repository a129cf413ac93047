import Connectors
import Engine
import FakeMeta
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import RulesDSL
import Synchronization
import Testing

@testable import rulesd

/// Issue 29: faults `serve` cannot handle are visible on `/healthz` and in the log, never silent, and lose
/// nothing: each test plays the sequence the fault probe found.
@Suite struct ServeFaultTests {
    static let time: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_760_002_500) }

    func configuration(_ directory: URL, environment extra: [String: String] = [:]) -> ServerConfiguration {
        var configuration = ServerConfiguration(environment: [
            "INSTAGRAM_APP_SECRET": "ig-secret", "WHATSAPP_APP_SECRET": "wa-secret", "INSTAGRAM_ACCESS_TOKEN": "ig-token",
            "WHATSAPP_ACCESS_TOKEN": "wa-token", "WHATSAPP_PHONE_NUMBER_ID": "106540352200001", "GRAPH_API_BASE": "http://127.0.0.1:9",
        ].merging(extra) { $1 })
        configuration.databasePath = directory.appendingPathComponent("db.sqlite").path
        configuration.rulesPaths = [directory.appendingPathComponent("shop.rules").path]
        return configuration
    }

    func program(_ text: String, in directory: URL) throws -> RuleProgram {
        let file = directory.appendingPathComponent("shop.rules")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = FrontEnd.check([SourceFile(name: file.path, text: text)])
        return RuleProgram(try #require(result.ruleSet, "\(result.diagnostics.map(\.message.text))"), scorer: LexiconSentimentScorer())
    }

    func signed(_ body: Data, secret: String = "ig-secret") -> (ByteBuffer, HTTPFields) {
        ServeRoutesTests.signed(body: body, secret: secret)
    }

    func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    // MARK: 2. The database deleted or replaced

    @Test(arguments: ["deleted", "replaced"])
    func aDatabaseDeletedOrReplacedUnderTheServerIsRefusedNotAcknowledged(_ how: String) async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let db = directory.appendingPathComponent("db.sqlite").path
        let rules = directory.appendingPathComponent("shop.rules")
        try #"rule "hi" when true then tag "seen" end"#.write(to: rules, atomically: true, encoding: .utf8)
        let serve = try await ServeProcess.start(rules: rules.path, db: db, environment: ["INSTAGRAM_APP_SECRET": "ig-secret"], in: directory)
        #expect(try await serve.post("/webhooks/instagram", body: ServeProcess.instagramBody(mid: "m_before", from: "9001", text: "hi"), secret: "ig-secret") == 200)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        if how == "replaced" { _ = try MessageStore(path: db) }  // a fresh file at the same path (a restored copy, say)

        var refused = 0
        for index in 0..<5 {
            let body = ServeProcess.instagramBody(mid: "m_after_\(index)", from: "9001", text: "hi \(index)")
            if try await serve.post("/webhooks/instagram", body: body, secret: "ig-secret") == 503 { refused += 1 }
        }
        #expect(refused == 5, "nothing is acknowledged that the next start would not find")
        let health = try await serve.get("/healthz")
        #expect(health.status == 503)
        #expect(health.body.contains("was \(how) while rulesd was running"), "\(health.body)")
        #expect(await eventually(within: .seconds(5)) { serve.log.contains("error") && serve.log.contains("was \(how)") }, "\(serve.log)")
        try await serve.stop()

        // The next start opens the file at the path: Meta's retries of the refused messages land there.
        let restarted = try await ServeProcess.start(rules: rules.path, db: db, environment: ["INSTAGRAM_APP_SECRET": "ig-secret"], in: directory)
        #expect(try await restarted.post("/webhooks/instagram", body: ServeProcess.instagramBody(mid: "m_after_0", from: "9001", text: "hi 0"), secret: "ig-secret") == 200)
        #expect(try await restarted.get("/healthz").status == 200)
        try await restarted.stop()
        #expect(try await MessageStore(path: db).journalStatus(ofMessage: "m_after_0") != nil)
    }

    // MARK: 3. A store that cannot write

    @Test func aStoreThatCannotWriteAnswers503WithTheReasonAndRecoversByItself() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let program = try program(#"rule "hi" when true then tag "seen" end"#, in: directory)
        let (logger, logs) = CapturingLogHandler.logger()
        let (app, context) = try await buildApplication(
            configuration: configuration(directory), program: program, transport: ScriptedTransport([]), logger: logger, clock: Self.time)
        try await app.test(.router) { client in
            // Every write now fails as on a read-only file (SQLITE_READONLY).
            try await context.store.setReadOnly(true)
            for index in 0..<3 {
                let (body, headers) = signed(ServeProcess.instagramBody(mid: "m_ro_\(index)", from: "9002", text: "hi"))
                try await client.execute(uri: "/webhooks/instagram", method: .post, headers: headers, body: body) { response in
                    #expect(response.status == .serviceUnavailable, "503, not 500: Meta sends it again later")
                    #expect(String(buffer: response.body).contains("is read-only"))
                }
            }
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                let json = try json(response)
                #expect(json["status"] as? String == "unavailable")
                #expect((json["store"] as? String)?.contains("is read-only") == true, "\(json)")
            }
            #expect(logs.messages(at: .error).filter { $0.contains("is read-only") }.count == 1, "logged once a minute, not per webhook")

            try await context.store.setReadOnly(false)
            try await Task.sleep(for: .milliseconds(1100))  // the health reading is at most a second old
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
            let (body, headers) = signed(ServeProcess.instagramBody(mid: "m_ro_0", from: "9002", text: "hi again"))
            try await client.execute(uri: "/webhooks/instagram", method: .post, headers: headers, body: body) { #expect($0.status == .ok) }
        }
        #expect(try await context.store.journalStatus(ofMessage: "m_ro_0") != nil)
    }

    /// Found in review: the worker's failed writes were logged twice a second and never reached /healthz.
    @Test func theWorkersFailedWritesReachHealthAndTheLogOnce() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let program = try program(#"rule "hi" when true then tag "seen" end"#, in: directory)
        let (logger, logs) = CapturingLogHandler.logger()
        let (app, context) = try await buildApplication(
            configuration: configuration(directory), program: program, transport: ScriptedTransport([]), logger: logger, clock: Self.time)
        _ = try await context.store.append([ServeProcess.message(id: "m_w", contact: "9501", at: Self.time())], receivedAt: Self.time())
        try await context.store.setReadOnly(true)
        for _ in 0..<3 { await context.pipeline.evaluate() }
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                let store = try json(response)["store"] as? String
                #expect(store?.contains("is read-only") == true)
            }
        }
        #expect(logs.messages(at: .error).filter { $0.contains("is read-only") }.count == 1, "\(logs.all)")
        try await context.store.setReadOnly(false)
        await context.pipeline.evaluate()
        #expect(try await context.store.journalStatus(ofMessage: "m_w") == "done")
    }

    /// Found in review: a database reached through a symbolic link was compared by the link, not its file.
    @Test func aDatabaseBehindASymbolicLinkIsWatchedByItsFile() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let real = directory.appendingPathComponent("real.sqlite").path, link = directory.appendingPathComponent("db.sqlite").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let store = try MessageStore(path: link)
        #expect(FileIdentity.of(link) == FileIdentity.of(real) && FileIdentity.of(link) != nil)
        #expect(await store.verifyFile() == nil)
        try FileManager.default.removeItem(atPath: real)
        _ = try MessageStore(path: real)  // another file where the link points
        #expect(await store.verifyFile()?.kind == .fileLost)
    }

    @Test func writeFailuresAreNamedInPlainWords() {
        let path = "/var/lib/rulesd/shop.sqlite"
        let full = StoreFault.writeFailure(SQLiteError(code: 13, message: "database or disk is full"), path: path)
        #expect(full?.reason == "the disk holding /var/lib/rulesd/shop.sqlite is full; free some space")
        let readOnly = StoreFault.writeFailure(SQLiteError(code: 8 | (5 << 8), message: "attempt to write a readonly database"), path: path)
        #expect(readOnly?.kind == .cannotWrite && readOnly?.reason.contains("is read-only") == true)
        #expect(StoreFault.writeFailure(SQLiteError(code: 10 | (3 << 8), message: "disk I/O error"), path: path)?.reason.contains("input/output error") == true)
        #expect(StoreFault.writeFailure(SQLiteError(code: 1, message: "no such table: x"), path: path) == nil, "a bug is not a store fault")
    }

    @Test func aDatabaseThatCannotBeUsedAtStartIsAClearErrorNamingThePath() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try #"rule "hi" when true then tag "seen" end"#.write(to: directory.appendingPathComponent("shop.rules"), atomically: true, encoding: .utf8)
        let missing = try RulesdProcess.run(["serve", "--rules", "shop.rules", "--db", "no/such/folder/db.sqlite", "--port", "0"], in: directory, environment: [:])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("rulesd: error: cannot use the database file no/such/folder/db.sqlite: the folder no/such/folder does not exist"), "\(missing.stderr)")

        // An immutable file (chattr +i; root may write anything else) cannot be written.
        let db = directory.appendingPathComponent("locked.sqlite").path
        _ = try MessageStore(path: db)
        let chattr = try RulesdProcess.runTool("/usr/bin/chattr", ["+i", db])
        guard chattr == 0 else { return }  // a file system without immutable files
        defer { _ = try? RulesdProcess.runTool("/usr/bin/chattr", ["-i", db]) }
        let locked = try RulesdProcess.run(["serve", "--rules", "shop.rules", "--db", db, "--port", "0"], in: directory, environment: [:])
        #expect(locked.status == 2)
        #expect(locked.stderr.contains("cannot use the database file \(db): the database file \(db) is read-only"), "\(locked.stderr)")
    }

    // MARK: 4. Rule files half written or emptied

    @Test func theWatcherLoadsOnlyFilesThatStoppedChanging() {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let original = ["a.rules": FileStamp(modified: start, size: 100)]
        var debounce = ReloadDebounce(loaded: original, quiet: 1)
        let half = ["a.rules": FileStamp(modified: start.addingTimeInterval(10), size: 40)]
        let whole = ["a.rules": FileStamp(modified: start.addingTimeInterval(10.5), size: 120)]
        var loads: [Bool] = []
        loads.append(debounce.observe(original, at: start.addingTimeInterval(9)))
        loads.append(debounce.observe(half, at: start.addingTimeInterval(10)))  // a change is only noted
        loads.append(debounce.observe(whole, at: start.addingTimeInterval(10.6)))  // still changing: the half-written file is never loaded
        loads.append(debounce.observe(whole, at: start.addingTimeInterval(11.2)))
        loads.append(debounce.observe(whole, at: start.addingTimeInterval(11.7)))  // quiet for a second: load
        loads.append(debounce.observe(whole, at: start.addingTimeInterval(13)))  // loaded once
        #expect(loads == [false, false, false, false, true, false])
    }

    @Test func anEmptiedFileNeverReplacesTheRulesThroughTheWatcher() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let file = directory.appendingPathComponent("shop.rules")
        try #"rule "hi" when true then tag "seen" end"#.write(to: file, atomically: true, encoding: .utf8)
        let holder = RuleProgramHolder(try program(#"rule "hi" when true then tag "seen" end"#, in: directory))
        let (logger, logs) = CapturingLogHandler.logger()
        let reloader = RulesReloader(paths: [directory.path], rules: holder, logger: logger, pollInterval: .seconds(1))
        try "".write(to: file, atomically: true, encoding: .utf8)
        #expect(!reloader.reload(.watcher))
        #expect(holder.program.ruleNames == ["hi"])
        #expect(logs.messages(at: .warning).contains { $0.contains("hold no rules") && $0.contains("SIGHUP") })
        #expect(holder.history.lastReload?.outcome == .keptNonEmpty)
        #expect(reloader.reload(.signal), "SIGHUP loads an empty set on purpose")
        #expect(holder.program.ruleNames.isEmpty)
    }

    @Test func healthShowsTheLoadedRulesAndTheLastReload() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let program = try program(#"rule "hi" when true then tag "seen" end"#, in: directory)
        let (app, context) = try await buildApplication(
            configuration: configuration(directory), program: program, transport: ScriptedTransport([]), logger: Logger(label: "t"), clock: Self.time)
        try #"rule "hi" when then tag "seen" end"#.write(to: directory.appendingPathComponent("shop.rules"), atomically: true, encoding: .utf8)
        #expect(!context.reloader.reload(.signal))
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                let rules = try #require(try json(response)["rules"] as? [String: Any])
                #expect(rules["rules"] as? Int == 1 && (rules["version"] as? String)?.isEmpty == false && rules["loaded_at"] is String)
                let reload = try #require(rules["last_reload"] as? [String: Any])
                #expect(reload["outcome"] as? String == "rejected" && reload["reason"] as? String == "SIGHUP")
                #expect((reload["diagnostics"] as? String)?.contains("shop.rules:1:") == true, "\(reload)")
            }
        }
    }

    // MARK: 5 and 6. Failing deliveries, and recovery

    @Test func aFailingEndpointIsNamedOnHealthAndWarnedAboutOnceAMinute() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let program = try program("""
            endpoint crm = "https://crm.example/hook"
            rule "fwd" when true then forward to crm end
            """, in: directory)
        let (logger, logs) = CapturingLogHandler.logger()
        let refused = ScriptedTransport([.failure(TransportError("connection refused (errno: 111)"))])
        let clock = TestClock(Self.time())
        let (app, context) = try await buildApplication(
            configuration: configuration(directory), program: program, transport: refused, logger: logger, clock: { clock.now })
        try await app.test(.router) { client in
            for index in 0..<4 {
                let (body, headers) = signed(ServeProcess.instagramBody(mid: "m_fwd_\(index)", from: "900\(index)", text: "hi", at: clock.now))
                try await client.execute(uri: "/webhooks/instagram", method: .post, headers: headers, body: body) { #expect($0.status == .ok) }
            }
            await context.pipeline.cycle()
            // Retried half a minute later: still failing, not warned about again within the minute.
            clock.advance(30)
            try await context.store.retryNow(.endpoint("crm"), now: clock.now)
            await context.pipeline.deliver()
            #expect(logs.messages(at: .warning).filter { $0.contains("endpoint crm is failing") }.count == 1, "\(logs.all)")
            clock.advance(90)
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok, "degraded is still 200: a load balancer keeps the server")
                let json = try json(response)
                #expect(json["status"] as? String == "degraded")
                let failing = try #require((json["failing"] as? [[String: Any]])?.first)
                #expect(failing["destination"] as? String == "endpoint crm")
                #expect((failing["last_error"] as? String)?.contains("connection refused") == true)
                #expect(failing["waiting"] as? Int == 4)
                #expect((failing["oldest_waiting_seconds"] as? Int ?? 0) >= 120)
            }
        }
    }

    @Test func aFixedEndpointSendsWhatWaitsAtOnce() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let program = try program("""
            endpoint crm = "https://old-crm.example/hook"
            rule "fwd" when true then forward to crm end
            """, in: directory)
        let transport = RoutedTransport(failing: "old-crm.example", refusing: "wrong-path.example")
        let clock = TestClock(Self.time())
        let (_, context) = try await buildApplication(
            configuration: configuration(directory), program: program, transport: transport, logger: Logger(label: "t"), clock: { clock.now })
        /// The seller edits the endpoint's URL and the rules are reloaded.
        func pointCRM(at url: String) throws {
            try """
                endpoint crm = "\(url)"
                rule "fwd" when true then forward to crm end
                """.write(to: directory.appendingPathComponent("shop.rules"), atomically: true, encoding: .utf8)
            #expect(context.reloader.reload(.signal))
        }
        _ = try await context.store.append([ServeProcess.message(id: "m_fix", contact: "9101", at: clock.now)], receivedAt: clock.now)
        await context.pipeline.cycle()
        #expect(try await context.store.entry("m_fix:fwd:0")?.status == .pending, "waiting for its retry")
        try pointCRM(at: "https://new-crm.example/hook")
        let released = await eventually(within: .seconds(5)) {
            await context.pipeline.deliver()
            return (try? await context.store.entry("m_fix:fwd:0"))?.status == .sent
        }
        #expect(released, "sent to the fixed URL without waiting for its backoff or a restart")
        #expect(await transport.urls.last == "https://new-crm.example/hook")

        // A URL the endpoint refuses (404) fails the forward for good; fixing the URL sends it after all.
        try pointCRM(at: "https://wrong-path.example/hook")
        _ = try await context.store.append([ServeProcess.message(id: "m_fix2", contact: "9102", at: clock.now)], receivedAt: clock.now)
        await context.pipeline.cycle()
        #expect(try await context.store.entry("m_fix2:fwd:0")?.status == .failed)
        try pointCRM(at: "https://new-crm.example/hook")
        let resent = await eventually(within: .seconds(5)) {
            await context.pipeline.deliver()
            return (try? await context.store.entry("m_fix2:fwd:0"))?.status == .sent
        }
        #expect(resent, "the refused forward goes out once the seller fixes the endpoint")
    }

    @Test func afterAGraphAPIOutageWaitingRepliesGoOutWithinThirtySeconds() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let program = try program(#"rule "hi" when true then reply "hello" end"#, in: directory)
        let transport = OutageTransport()
        let clock = TestClock(Self.time())
        let (_, context) = try await buildApplication(
            configuration: configuration(directory), program: program, transport: transport, logger: Logger(label: "t"), clock: { clock.now })
        let messages = (0..<5).map { ServeProcess.message(id: "m_out_\($0)", contact: "92\($0)", at: clock.now) }
        _ = try await context.store.append(messages, receivedAt: clock.now)
        await context.pipeline.evaluate()
        // The outage: every attempt fails, and the entries back off (5 s, 30 s, 120 s...).
        for _ in 0..<12 {
            await context.pipeline.deliver()
            clock.advance(15)
        }
        await transport.setDown(false)
        let outageEnded = clock.now
        var allSent = false
        while clock.now.timeIntervalSince(outageEnded) <= 30, !allSent {
            await context.pipeline.deliver()
            var sent = 0
            for message in messages where try await context.store.entry("\(message.id):hi:0")?.status == .sent { sent += 1 }
            allSent = sent == messages.count
            if !allSent { clock.advance(1) }
        }
        #expect(allSent, "every waiting reply sent within 30 s of the outage's end")
        #expect(clock.now.timeIntervalSince(outageEnded) <= 30)
    }

    // MARK: 9. Dry mode

    @Test func dryModeRepliesAreCountedAsDryNotSent() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let program = try program(#"rule "hi" when true then reply "hello" end"#, in: directory)
        var dry = ServerConfiguration(environment: ["INSTAGRAM_APP_SECRET": "ig-secret"])
        dry.databasePath = directory.appendingPathComponent("db.sqlite").path
        let (app, context) = try await buildApplication(configuration: dry, program: program, transport: ScriptedTransport([]), logger: Logger(label: "t"), clock: Self.time)
        try await app.test(.router) { client in
            let (body, headers) = signed(ServeProcess.instagramBody(mid: "m_dry", from: "9301", text: "hi", at: Self.time()))
            try await client.execute(uri: "/webhooks/instagram", method: .post, headers: headers, body: body) { #expect($0.status == .ok) }
            await context.pipeline.cycle()
            // The running service may be the one that took the reply: its count lands once its send is recorded.
            var samples: [String: Double] = [:]
            #expect(try await eventually(within: .seconds(10)) {
                let response = try await client.execute(uri: "/metrics", method: .get, headers: [:], body: nil)
                samples = ServeRoutesTests.samples(String(buffer: response.body))
                return samples[#"rulesd_actions_total{kind="reply",outcome="dry"}"#] != nil
            })
            #expect(samples[#"rulesd_actions_total{kind="reply",outcome="dry"}"#] == 1)
            #expect(samples[#"rulesd_actions_total{kind="reply",outcome="sent"}"#] == nil)
        }
    }

    @Test func aSuccessWithoutAMessageIDIsSentOnceWithAWarning() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let program = try program(#"rule "hi" when true then reply "hello" end"#, in: directory)
        let transport = ScriptedTransport([.success(HTTPResult(status: 200, body: Data("{}".utf8)))])
        let (logger, logs) = CapturingLogHandler.logger()
        let (_, context) = try await buildApplication(
            configuration: configuration(directory), program: program, transport: transport, logger: logger, clock: Self.time)
        _ = try await context.store.append([ServeProcess.message(id: "m_noid", contact: "9401", at: Self.time())], receivedAt: Self.time())
        await context.pipeline.cycle()
        await context.pipeline.cycle()
        let entry = try #require(try await context.store.entry("m_noid:hi:0"))
        #expect(entry.status == .sent && entry.platformID == nil && entry.attempts == 1)
        #expect(await transport.requests.filter { $0.method == "POST" }.count == 1, "never sent twice")
        #expect(logs.messages(at: .warning).contains { $0.contains("without a message id") })
    }
}

/// A clock the tests move by hand.
final class TestClock: Sendable {
    private let instant: Mutex<Date>
    init(_ start: Date) { instant = Mutex(start) }
    var now: Date { instant.withLock { $0 } }
    func advance(_ seconds: TimeInterval) { instant.withLock { $0 = $0.addingTimeInterval(seconds) } }
}

/// Refuses connections to one host, answers 404 from another, 204 elsewhere; keeps the URLs asked.
actor RoutedTransport: HTTPTransport {
    let failing: String
    let refusing: String
    private(set) var urls: [String] = []
    init(failing: String, refusing: String = "nowhere.example") {
        self.failing = failing
        self.refusing = refusing
    }

    func execute(_ request: OutboundRequest, timeout: Duration) async throws(TransportError) -> HTTPResult {
        urls.append(request.url)
        if request.url.contains(failing) { throw TransportError("connection refused (errno: 111)") }
        if request.url.contains(refusing) { return HTTPResult(status: 404) }
        return HTTPResult(status: 204)
    }
}

/// A Graph API that answers 503 while down and sends replies once up again.
actor OutageTransport: HTTPTransport {
    private var down = true
    func setDown(_ value: Bool) { down = value }

    func execute(_ request: OutboundRequest, timeout: Duration) async throws(TransportError) -> HTTPResult {
        if down { return HTTPResult(status: 503, body: Data("unavailable".utf8)) }
        if request.method == "GET" { return HTTPResult(status: 404) }
        return HTTPResult(status: 200, body: Data(#"{"message_id":"m_ok"}"#.utf8))
    }
}

extension ServeProcess {
    /// A customer's Instagram text message, normalized.
    static func message(id: String, contact: String, at: Date, text: String = "hi") -> Message {
        Message(id: id, at: at, channel: .instagram, account: "17841400000000001", contact: contact, kind: .text, text: text)
    }
}

extension RulesdProcess {
    /// Runs another program; returns its exit status (-1 when it cannot start).
    static func runTool(_ path: String, _ arguments: [String]) throws -> Int32 {
        try runTool(path, arguments, in: nil).status
    }

    /// Runs another program in `directory`; returns its exit status and what it printed (both streams).
    static func runTool(_ path: String, _ arguments: [String], in directory: URL?) throws -> (status: Int32, output: String) {
        guard FileManager.default.isExecutableFile(atPath: path) else { return (-1, "\(path) is not there") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
