import ArgumentParser
import Engine
import Foundation
import RulesDSL

/// `rulesd dry-run --rules R CHATS...`: replays recorded chats through a rule set and shows, message by
/// message, what would fire and why.
struct DryRun: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dry-run",
        abstract: "Replay recorded chats through a rule set and show what would fire and why.",
        discussion: """
            CHATS are normalized message JSON lines, raw Meta webhook bodies (a .json file or one per line), \
            what `rulesd export` wrote, or directories of such files (docs/chat-files.md). Files are read as \
            they replay, several merged by time; a file out of time order is reported and replayed in file \
            order. A message id seen before is not evaluated again. Lines may carry "expect"; exit status 1 \
            when one is not met or cannot be checked.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "The rule files or directory.")
    var rules: [String] = ["examples/rules"]

    @Option(help: "Output format: text, or json (one JSON object per line, the summary last).")
    var format: OutputFormat = .text

    @Flag(help: "Show the whole trace: every rule, fired or not, and why.")
    var explain = false

    @Option(name: .customLong("explain-rule"), help: "Say for every message why this rule fired or not, and count its reasons (repeatable).")
    var explainRules: [String] = []

    @Flag(help: "No progress line on standard error.")
    var quiet = false

    @Option(help: "An extra sentiment lexicon (term<TAB>valence per line); overrides the rules' option lexicon.")
    var lexicon: String?

    @Argument(help: "Recorded chats: files or directories.")
    var chats: [String] = ["examples/chats"]

    func run() async throws {
        let program: RuleProgram
        let sources: [ChatSource]
        do {
            program = try RuleSetLoading.load(rules, lexicon: lexicon)
            sources = try RecordingReader.files(in: chats).map { path throws(UsageError) in try ChatSource(path: path) }
        } catch let error as UsageError {
            fail(error)
        } catch let error as RuleSetErrors {
            printError("rulesd: \(error)")
            throw ExitCode(ExitStatus.problems)
        }
        for name in explainRules where !program.ruleNames.contains(name) {
            let hint = Spelling.suggestion(for: name, among: program.ruleNames).map { "; did you mean \"\($0)\"?" } ?? ""
            fail(UsageError(description: "--explain-rule: the rule set has no rule \"\(name)\"\(hint)"))
        }

        let report = DryRunReport(format: format == .json ? .json : .text, explain: explain, explainRules: explainRules)
        let tracing: TraceLevel = explain || !explainRules.isEmpty ? .full : .fired
        let merge = ChatMerge(sources)
        let templates = Array(program.ruleSet.templates.keys)
        let output = BufferedOutput()
        let progress = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) == 1)
        var summary = ReplaySummary()
        var states: [ContactKey: ContactState] = [:]
        var seen = Set<String>()
        while true {
            let next = merge.next()
            for problem in merge.takeProblems() {
                if problem.failsRun {
                    summary.brokenExpectations += 1
                    printError("rulesd: \(problem)")
                } else if problem.reason.hasPrefix("this message is older") {
                    printError("rulesd: \(problem)")
                } else {
                    summary.malformed += 1
                    printError("rulesd: skipped \(problem)")
                }
            }
            guard var item = next else { break }
            // Chat files are tests: an expectation naming what the rule set does not have fails the run.
            if let expectation = item.expectation {
                let unknown = expectation.unknownNames(rules: program.ruleNames, templates: templates)
                if !unknown.isEmpty {
                    for problem in unknown { printError("rulesd: \(item.origin): expectation: \(problem)") }
                    summary.brokenExpectations += unknown.count
                    item.expectation = nil
                }
            }
            let result: ReplayResult
            if seen.insert(item.message.id).inserted {
                let key = item.message.contactKey
                let decision = program.evaluate(item.message, state: states.removeValue(forKey: key) ?? ContactState(), now: item.message.at, tracing: tracing)
                states[key] = decision.state
                result = ReplayResult(recorded: item, decision: decision, failures: item.expectation?.failures(for: decision) ?? [])
            } else {
                result = ReplayResult(recorded: item, decision: nil, failures: [])
            }
            summary.add(result, explaining: explainRules)
            output.write(report.render(result) + (format == .text ? "\n" : ""))
            progress.advance(messages: summary.messages, bytes: merge.progress)
        }
        progress.finish()
        summary.finish(ruleNames: program.ruleNames, contacts: states.count)
        output.write(report.render(summary))
        output.flush()
        if summary.expectationsFailed > 0 || summary.brokenExpectations > 0 { throw ExitCode(ExitStatus.problems) }
    }
}

/// Standard output written in large blocks: a replay prints a line or more per message.
final class BufferedOutput {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 16) }

    deinit { flush() }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

/// A progress line on standard error for replays that last more than 2 seconds, on a terminal only:
/// messages so far, messages per second, and the time left (from the bytes read).
final class ProgressLine {
    private let enabled: Bool
    private let started = ContinuousClock.now
    private var lastShown: ContinuousClock.Instant?
    private var shown = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func advance(messages: Int, bytes: (read: Int, total: Int)) {
        guard enabled, messages % 256 == 0 else { return }
        let now = ContinuousClock.now
        let elapsed = (now - started).timeInterval
        guard elapsed > 2, lastShown.map({ (now - $0).timeInterval >= 0.25 }) ?? true else { return }
        lastShown = now
        shown = true
        let rate = Double(messages) / elapsed
        let fraction = bytes.total > 0 ? Double(bytes.read) / Double(bytes.total) : 0
        let left = fraction > 0.01 ? max(0, elapsed / fraction - elapsed) : nil
        let leftText = left.map { "about \(Int($0.rounded(.up))) s left" } ?? "estimating"
        FileHandle.standardError.write(Data("\r\u{1B}[Kreplaying: \(messages) messages, \(Int(rate))/s, \(leftText)".utf8))
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
