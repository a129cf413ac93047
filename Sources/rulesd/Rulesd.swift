import ArgumentParser
import Foundation

/// The `rulesd` command: checks, formats and replays rule files, and serves Meta's webhooks.
@main
struct Rulesd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rulesd",
        abstract: "Automate Instagram and WhatsApp direct messages with rules you write.",
        subcommands: [
            Check.self, Format.self, DryRun.self, Serve.self, Simulate.self, Contacts.self, Export.self, Sentiment.self, Lang.self, ConnectTest.self,
            Posts.self, Profile.self, Doctor.self, Bench.self,
        ]
    )

    /// Runs the command line, mapping usage errors to exit code 2 as documented.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

/// The exit codes every subcommand shares.
enum ExitStatus {
    /// Everything was fine (warnings allowed).
    static let success: Int32 = 0
    /// The input has errors (diagnostics printed) or, for `fmt --check`, files would change.
    static let problems: Int32 = 1
    /// Usage or I/O problems: a missing file, an unknown flag.
    static let usage: Int32 = 2
    /// A server could not be reached at all (`connect-test`, `simulate`, `contacts import instagram`).
    static let unreachable: Int32 = 3
}

/// An error the user caused outside the rules themselves (a missing file); printed as one line, exit 2.
struct UsageError: Error, CustomStringConvertible {
    var description: String
}

extension ParsableCommand {
    /// Prints a usage or I/O error as `rulesd: error: ...` and exits with status 2.
    func fail(_ error: UsageError) -> Never {
        FileHandle.standardError.write(Data("rulesd: error: \(error.description)\n".utf8))
        Foundation.exit(ExitStatus.usage)
    }
}

/// Writes to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
