import Foundation
import Synchronization
import Testing

@testable import rulesd

/// The databases the store tests run on: SQLite always, and PostgreSQL when a server is at hand: the one
/// `RULESD_TEST_POSTGRES_URL` names (`.ci/run` starts one), or one this test process starts with
/// `scripts/test-postgres.sh` and stops when it exits. Under CI (`CI` set) PostgreSQL must be there: its
/// tests fail, saying why, rather than being left out.
enum TestDatabases {
    /// The backends every store test runs against.
    static let backends: [StoreBackend] = postgres.base != nil || ProcessInfo.processInfo.environment["CI"] != nil ? [.sqlite, .postgres] : [.sqlite]

    /// The server's address (its database `rulesd`), or why there is none.
    static let postgres: (base: String?, problem: String?) = {
        if let url = ProcessInfo.processInfo.environment["RULESD_TEST_POSTGRES_URL"], !url.isEmpty { return (url, nil) }
        if ProcessInfo.processInfo.environment["RULESD_TEST_POSTGRES"] == "off" { return (nil, "RULESD_TEST_POSTGRES=off") }
        let script = RulesdProcess.repositoryRoot.appendingPathComponent("scripts/test-postgres.sh").path
        guard let (status, printed, complaint) = try? run(["/bin/bash", script, "start"]) else {
            return (nil, "scripts/test-postgres.sh could not run")
        }
        let words = printed.split(whereSeparator: \.isWhitespace).map(String.init)
        guard status == 0, words.count == 2 else { return (nil, "scripts/test-postgres.sh start failed (\(status)): \(complaint)") }
        startedFolder.withLock { $0 = words[1] }
        atexit { TestDatabases.stopStartedServer() }
        return (words[0], nil)
    }()

    /// The folder of the server this process started, to stop it at exit.
    private static let startedFolder = Mutex<String?>(nil)

    static func stopStartedServer() {
        guard let folder = startedFolder.withLock({ $0 }) else { return }
        _ = try? run(["/bin/bash", RulesdProcess.repositoryRoot.appendingPathComponent("scripts/test-postgres.sh").path, "stop", folder])
    }

    /// Runs a program to its end: its exit status, output and errors. Waits with `waitpid`: Foundation's
    /// `waitUntilExit` missed the end of the script that starts the server through `runuser`.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        var status: Int32 = 0
        waitpid(process.processIdentifier, &status, 0)
        return ((status >> 8) & 0xFF, printed, complaint)
    }

    /// A new, empty database: a file's path for SQLite, a new database's address for PostgreSQL (made by
    /// `psql` on a thread of its own: waiting for it must not hold one of the cooperative pool's few threads,
    /// which the other tests running meanwhile need).
    static func fresh(_ backend: StoreBackend) async throws -> String {
        guard backend == .postgres else { return try freshNow(backend) }
        return try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try freshNow(backend) }) }.start()
        }
    }

    private static func freshNow(_ backend: StoreBackend) throws -> String {
        switch backend {
        case .sqlite:
            return try RulesdProcess.temporaryDirectory().appendingPathComponent("rulesd.sqlite").path
        case .postgres:
            guard let base = postgres.base else {
                throw TestDatabaseError(description: "no PostgreSQL for the tests: \(postgres.problem ?? "none found")")
            }
            // A schema of its own in the server's one database: a new database copies a template (megabytes
            // of writes each time, which slowed the whole test run), a schema costs nothing.
            let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            try psql(base, "CREATE SCHEMA \(name)")
            var components = URLComponents(string: base)!
            components.queryItems = (components.queryItems ?? []) + [URLQueryItem(name: "options", value: "-csearch_path=\(name)")]
            return components.string!
        }
    }

    /// Runs one statement with `psql`.
    static func psql(_ url: String, _ statement: String) throws {
        let (status, _, complaint) = try run(["/usr/bin/env", "psql", url, "-v", "ON_ERROR_STOP=1", "-q", "-c", statement])
        guard status == 0 else { throw TestDatabaseError(description: "psql '\(statement)' failed: \(complaint)") }
    }

    /// A store on a new, empty database of `backend`.
    static func store(_ backend: StoreBackend) async throws -> MessageStore {
        try await MessageStore.open(path: try await fresh(backend))
    }
}

struct TestDatabaseError: Error, CustomStringConvertible {
    var description: String
}
