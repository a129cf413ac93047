import Connectors
import Foundation
import Testing

/// A real `rulesd serve` process on a loopback port the system picks (`--port 0`), its output in a log
/// file, for end-to-end tests.
final class ServeProcess: Sendable {
    let process: Process
    let logURL: URL
    let port: Int
    let client = AsyncHTTPTransport()

    var base: String { "http://127.0.0.1:\(port)" }

    private init(process: Process, logURL: URL, port: Int) {
        self.process = process
        self.logURL = logURL
        self.port = port
    }

    /// A test that fails (throws) before `stop()` still ends the process and closes the client: dropping an
    /// open AsyncHTTPClient is a fatal error in debug builds, and it once crashed the whole test run.
    deinit {
        if process.isRunning { process.terminate() }
        let client = client
        Task { try? await client.shutdown() }
    }

    /// Starts `rulesd serve --rules RULES --db DB --port 0` with exactly `environment` and waits until it listens.
    static func start(rules: String, db: String, environment: [String: String], in directory: URL) async throws -> ServeProcess {
        let logURL = directory.appendingPathComponent("serve-\(UUID().uuidString.prefix(8)).log")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        let log = try FileHandle(forWritingTo: logURL)
        let process = Process()
        process.executableURL = RulesdProcess.executable
        process.arguments = ["serve", "--rules", rules, "--db", db, "--port", "0"]
        process.environment = environment.merging(["PATH": "/usr/bin:/bin", "LOG_LEVEL": "info"]) { a, _ in a }
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = log
        process.standardError = log
        try process.run()
        for _ in 0..<200 {
            let text = (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
            if let match = text.firstMatch(of: /address=127\.0\.0\.1:(\d+)/), let port = Int(match.1) {
                return ServeProcess(process: process, logURL: logURL, port: port)
            }
            if !process.isRunning { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        process.terminate()
        throw TestFailure("rulesd serve did not start listening:\n\((try? String(contentsOf: logURL, encoding: .utf8)) ?? "")")
    }

    /// What the process has logged so far.
    var log: String { (try? String(contentsOf: logURL, encoding: .utf8)) ?? "" }

    /// Sends a signal and waits for the process to end; returns its exit status.
    @discardableResult
    func stop(_ signal: Int32 = SIGTERM) async throws -> Int32 {
        kill(process.processIdentifier, signal)
        for _ in 0..<200 where process.isRunning { try await Task.sleep(for: .milliseconds(50)) }
        if process.isRunning {
            process.terminate()
            throw TestFailure("rulesd serve did not stop within 10 s of signal \(signal)")
        }
        try? await client.shutdown()
        return process.terminationStatus
    }

    /// POSTs a body to a route, signed with `secret` when given; returns the status.
    func post(_ path: String, body: Data, secret: String?) async throws -> Int {
        var headers = ["Content-Type": "application/json"]
        if let secret { headers[WebhookSignature.header] = WebhookSignature.sign(body: body, secret: secret) }
        return try await client.execute(OutboundRequest(method: "POST", url: base + path, headers: headers, body: body), timeout: .seconds(10)).status
    }

    /// GETs a path; returns the status and the body as text.
    func get(_ path: String) async throws -> (status: Int, body: String) {
        let result = try await client.execute(OutboundRequest(method: "GET", url: base + path), timeout: .seconds(10))
        return (result.status, String(decoding: result.body, as: UTF8.self))
    }

    /// An Instagram webhook body with one customer text message sent at `at`.
    static func instagramBody(mid: String, from sender: String, text: String, at: Date = Date()) -> Data {
        let milliseconds = Int(at.timeIntervalSince1970 * 1000)
        let body: [String: Any] = [
            "object": "instagram",
            "entry": [[
                "id": "17841400000000001", "time": milliseconds,
                "messaging": [[
                    "sender": ["id": sender], "recipient": ["id": "17841400000000001"], "timestamp": milliseconds,
                    "message": ["mid": mid, "text": text],
                ]],
            ]],
        ]
        return try! JSONSerialization.data(withJSONObject: body)
    }
}

extension ServeProcess {
    /// A WhatsApp webhook body with one customer text message sent at `at`, to phone number id 106540352200001.
    static func whatsappBody(mid: String, from sender: String, text: String, at: Date = Date()) -> Data {
        let value: [String: Any] = [
            "messaging_product": "whatsapp",
            "metadata": ["display_phone_number": "15550100200", "phone_number_id": "106540352200001"],
            "contacts": [["profile": ["name": "Customer"], "wa_id": sender]],
            "messages": [["from": sender, "id": mid, "timestamp": String(Int(at.timeIntervalSince1970)), "type": "text", "text": ["body": text]]],
        ]
        let body: [String: Any] = [
            "object": "whatsapp_business_account",
            "entry": [["id": "102290129340398", "changes": [["field": "messages", "value": value]]]],
        ]
        return try! JSONSerialization.data(withJSONObject: body)
    }
}

/// A failure of the test harness itself, with its message.
struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Polls `condition` every 100 ms until it holds or `timeout` passes; returns whether it held.
func eventually(within timeout: Duration = .seconds(20), _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(100))
    }
    return try await condition()
}
