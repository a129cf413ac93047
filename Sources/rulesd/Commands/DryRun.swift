import ArgumentParser
import Engine
import Foundation

/// `rulesd dry-run --rules R CHATS...`: replays recorded chats through a rule set and shows, message by
/// message, what would fire and why.
struct DryRun: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dry-run",
        abstract: "Replay recorded chats through a rule set and show what would fire and why.",
        discussion: """
            CHATS are normalized message JSON lines, raw Meta webhook bodies (a .json file or one per line), \
            what `rulesd export` wrote, or directories of such files. Messages replay in time order; a message \
            id seen before is not evaluated again. Lines may carry "expect"; exit status 1 when one is not met.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "The rule files or directory.")
    var rules: [String] = ["examples/rules"]

    @Option(help: "Output format: text, or json (one JSON object per line, the summary last).")
    var format: OutputFormat = .text

    @Flag(help: "Show the whole trace: every rule, fired or not, and why.")
    var explain = false

    @Option(help: "An extra sentiment lexicon (term<TAB>valence per line); overrides the rules' option lexicon.")
    var lexicon: String?

    @Argument(help: "Recorded chats: files or directories.")
    var chats: [String] = ["examples/chats"]

    func run() async throws {
        let program: RuleProgram
        let files: [String]
        do {
            program = try RuleSetLoading.load(rules, lexicon: lexicon)
            files = try RecordingReader.files(in: chats)
        } catch let error as UsageError {
            fail(error)
        } catch let error as RuleSetErrors {
            printError("rulesd: \(error)")
            throw ExitCode(ExitStatus.problems)
        }

        var recorded: [RecordedMessage] = []
        var summary = ReplaySummary()
        var brokenExpectations = 0
        let templates = Array(program.ruleSet.templates.keys)
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { fail(UsageError(description: "cannot read \(file)")) }
            var (messages, problems) = RecordingReader.read(file: file, data: data)
            // Chat files are tests: an expectation naming what the rule set does not have fails the run.
            for index in messages.indices {
                guard let expectation = messages[index].expectation else { continue }
                let unknown = expectation.unknownNames(rules: program.ruleNames, templates: templates)
                guard !unknown.isEmpty else { continue }
                problems += unknown.map { RecordingProblem(origin: messages[index].origin, reason: "expectation: \($0)", failsRun: true) }
                messages[index].expectation = nil
            }
            recorded += messages
            for problem in problems {
                if problem.failsRun {
                    brokenExpectations += 1
                    printError("rulesd: \(problem)")
                } else {
                    summary.malformed += 1
                    printError("rulesd: skipped \(problem)")
                }
            }
        }
        summary.brokenExpectations = brokenExpectations

        let report = DryRunReport(format: format == .json ? .json : .text, explain: explain)
        let store = InMemoryContactStateStore()
        let replay = Replay(program: program, store: store, tracing: .full)
        let progress = Progress(total: recorded.count)
        try await replay.run(recorded) { result in
            summary.add(result)
            print(report.render(result), terminator: format == .text ? "\n" : "")
            progress.advance()
        }
        progress.finish()
        summary.finish(ruleNames: program.ruleNames, contacts: await store.contacts.count)
        print(report.render(summary), terminator: "")
        if summary.expectationsFailed > 0 || summary.brokenExpectations > 0 { throw ExitCode(ExitStatus.problems) }
    }
}

/// A progress line on standard error for long replays, only when standard error is a terminal.
final class Progress {
    private let total: Int
    private var done = 0
    private let enabled: Bool

    init(total: Int) {
        self.total = total
        self.enabled = total >= 500 && isatty(STDERR_FILENO) == 1
    }

    func advance() {
        done += 1
        guard enabled, done % 250 == 0 else { return }
        FileHandle.standardError.write(Data("\rreplaying \(done)/\(total)".utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
