import Foundation
import Testing

/// Runs the built `rulesd` executable, as a user would, and captures what it prints.
struct RulesdProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `rulesd` binary next to the test bundle in the build folder.
    static var executable: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("rulesd")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rulesd")
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Runs `rulesd ARGUMENTS` in `directory` (the repository root by default).
    /// With `environment`, the process gets exactly those variables (plus PATH), nothing of the test's own.
    static func run(_ arguments: [String], in directory: URL = repositoryRoot, stdin: String? = nil, environment: [String: String]? = nil) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment {
            process.environment = environment.merging(["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]) { a, _ in a }
        }
        process.currentDirectoryURL = directory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        if let stdin {
            let input = Pipe()
            process.standardInput = input
            try process.run()
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        } else {
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// ``run(_:in:stdin:environment:)`` on a thread of its own, so a test awaiting it leaves the cooperative
    /// threads free for the servers it talks to (a fake Graph API, `serve`).
    static func runDetached(_ arguments: [String], in directory: URL = repositoryRoot, environment: [String: String]? = nil) async throws -> Output {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try run(arguments, in: directory, environment: environment) })
            }
        }
    }

    /// A fresh temporary directory, inside one folder for the whole test run that is removed when the run
    /// ends (a run used to leave some 25 directories behind in the system's temporary folder).
    static func temporaryDirectory() throws -> URL {
        let url = testRunFolder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static let testRunFolder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rulesd-tests-\(ProcessInfo.processInfo.processIdentifier)")
        atexit { try? FileManager.default.removeItem(at: RulesdProcess.testRunFolder) }
        return folder
    }()
}
