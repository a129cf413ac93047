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

    @Option(help: "How many cores share the contacts (default: all); the output is the same whatever the number.")
    var cores: Int?

    @Option(help: "An extra sentiment lexicon (term<TAB>valence per line); overrides the rules' option lexicon.")
    var lexicon: String?

    @Option(help: ArgumentHelp(
        "Play follow-ups due after the last message up to this time: an ISO 8601 time, or +DURATION after the last message (default +24h).",
        valueName: "time"))
    var until: String?

    @Argument(help: "Recorded chats: files or directories.")
    var chats: [String] = ["examples/chats"]

    func run() async throws {
        do { _ = try PlayUntil.parse(until, after: Date()) } catch { fail(error) }
        let program = try loadRules(rules, lexicon: lexicon)
        let sources: [ChatSource]
        do {
            sources = try RecordingReader.files(in: chats).map { path throws(UsageError) in try ChatSource(path: path) }
        } catch {
            fail(error)
        }
        for name in explainRules where !program.ruleNames.contains(name) {
            let hint = Spelling.suggestion(for: name, among: program.ruleNames).map { "; did you mean \"\($0)\"?" } ?? ""
            fail(UsageError(description: "--explain-rule: the rule set has no rule \"\(name)\"\(hint)"))
        }

        let report = DryRunReport(format: format == .json ? .json : .text, explain: explain, explainRules: explainRules, options: program.ruleSet.options)
        let tracing: TraceLevel = explain || !explainRules.isEmpty ? .full : .fired
        let merge = ChatMerge(sources)
        let templates = Array(program.ruleSet.templates.keys) + program.ruleSet.whatsappTemplates.keys
        let output = BufferedOutput()
        let progress = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) == 1)
        // Contacts are independent: each core replays its share of them, and the output keeps input order.
        let parts = (0..<max(1, min(8, cores ?? ProcessInfo.processInfo.activeProcessorCount))).map { _ in ReplayPart() }
        var summary = ReplaySummary()
        var seen = Set<String>()
        var reading = true
        var replaying: Task<[ArraySlice<UInt8>], Never>?
        var messagesRead = 0
        while reading {
            var batch: [RecordedMessage] = []
            var duplicate: [Bool] = []
            while batch.count < 4096 {
                let next = merge.next()
                for problem in merge.takeProblems() {
                    switch problem.kind {
                    case .brokenExpectation:
                        summary.brokenExpectations += 1
                        printError("rulesd: \(problem)")
                    case .outOfOrder:
                        printError("rulesd: \(problem)")
                    case .skipped:
                        summary.malformed += 1
                        printError("rulesd: skipped \(problem)")
                    }
                }
                guard var item = next else {
                    reading = false
                    break
                }
                // Chat files are tests: an expectation naming what the rule set does not have fails the run.
                if let expectation = item.expectation {
                    let unknown = expectation.unknownNames(rules: program.ruleNames, templates: templates, followUps: Array(program.ruleSet.followUps.keys))
                    if !unknown.isEmpty {
                        for problem in unknown { printError("rulesd: \(item.origin): expectation: \(problem)") }
                        summary.brokenExpectations += unknown.count
                        item.expectation = nil
                    }
                }
                duplicate.append(!seen.insert(item.message.id).inserted)
                batch.append(item)
            }
            // The batch before is written once replayed; this one replays while the next is read.
            if let replaying { for piece in await replaying.value { output.write(piece) } }
            replaying = nil
            guard !batch.isEmpty else { break }
            let ready = batch, duplicates = duplicate
            replaying = Task {
                await ReplayPart.replay(
                    ready, duplicate: duplicates, parts: parts, program: program, tracing: tracing, report: report, explaining: explainRules,
                    separator: format == .text ? "\n" : "")
            }
            messagesRead += ready.count
            progress.advance(messages: messagesRead, bytes: merge.progress)
        }
        if let replaying { for piece in await replaying.value { output.write(piece) } }
        progress.finish()
        // What falls due after the chats' last message, up to --until, in time order across contacts.
        let lastMessage = parts.compactMap(\.lastMessageAt).max()
        if let lastMessage {
            let end = (try? PlayUntil.parse(until, after: lastMessage)) ?? lastMessage.addingTimeInterval(86_400)
            let separator = format == .text ? "\n" : ""
            let debounce = program.ruleSet.options.debounce
            let bursts = parts.flatMap {
                $0.flushRemainingBursts(debounce: debounce, program: program, tracing: tracing, report: report, explaining: explainRules, separator: separator)
            }
            for piece in bursts.sorted(by: { ($0.due, $0.contact) < ($1.due, $1.contact) }) { output.write(ArraySlice(piece.output)) }
            let remaining = parts.flatMap { $0.playRemaining(until: end, program: program, report: report, separator: separator) }
            for piece in remaining.sorted(by: { ($0.due, $0.contact) < ($1.due, $1.contact) }) { output.write(ArraySlice(piece.output)) }
        }
        for part in parts {
            for failure in part.unmetFollowUpExpectations() {
                output.write(format == .text ? "✗ \(failure)\n" : DryRunReport.line(["expectation_failed": failure]))
                part.summary.expectationsFailed += 1
            }
        }
        for part in parts { summary.merge(part.summary) }
        summary.finish(ruleNames: program.ruleNames, contacts: parts.reduce(0) { $0 + $1.states.count })
        output.write(report.render(summary))
        output.flush()
        if summary.expectationsFailed > 0 || summary.brokenExpectations > 0 { throw ExitCode(ExitStatus.problems) }
    }
}

/// One core's share of a replay: the contacts whose key hashes to it, their states, and its counts. Used by
/// one task at a time (batch after batch).
final class ReplayPart: @unchecked Sendable {
    var states: [ContactKey: ContactState] = [:]
    var summary = ReplaySummary()
    /// Each contact's follow-ups not yet due, played in the chats' own time.
    var followUps: [ContactKey: [PendingFollowUp]] = [:]
    /// Follow-ups expectations named (`"followups"`), by the id of the message that must schedule them,
    /// until they fire; and the lines that named them.
    var expectedFollowUps: [String: Set<String>] = [:]
    var expectationOrigins: [String: String] = [:]
    /// The latest message time seen: `--until +D` counts from it.
    var lastMessageAt: Date?
    /// Each contact's texts held in a burst (`option debounce`), until they are answered together.
    var bursts: [ContactKey: [RecordedMessage]] = [:]

    /// Replays a batch: each part takes its contacts' messages in order, in a task of its own; returns each
    /// message's rendered output, in the batch's order.
    static func replay(
        _ batch: [RecordedMessage], duplicate: [Bool], parts: [ReplayPart], program: RuleProgram, tracing: TraceLevel,
        report: DryRunReport, explaining: [String], separator: String
    ) async -> [ArraySlice<UInt8>] {
        var shares = [[Int]](repeating: [], count: parts.count)
        for (index, item) in batch.enumerated() {
            shares[abs(item.message.contactKey.hashValue % parts.count)].append(index)
        }
        return await withTaskGroup(of: (share: [Int], output: JSONBytes, ends: [Int]).self) { group in
            for (part, share) in zip(parts, shares) where !share.isEmpty {
                group.addTask {
                    // The share's outputs one after the other in one buffer, with where each ends.
                    var output = JSONBytes()
                    var ends: [Int] = []
                    ends.reserveCapacity(share.count)
                    for index in share {
                        part.replay(
                            batch[index], duplicate: duplicate[index], program: program, tracing: tracing, report: report, explaining: explaining,
                            separator: separator, into: &output)
                        output.raw(separator)
                        ends.append(output.bytes.count)
                    }
                    return (share, output, ends)
                }
            }
            var pieces = [ArraySlice<UInt8>](repeating: [], count: batch.count)
            for await part in group {
                var start = 0
                for (index, end) in zip(part.share, part.ends) {
                    pieces[index] = part.output.bytes[start..<end]
                    start = end
                }
            }
            return pieces
        }
    }

    /// Evaluates one message (a duplicate delivery is not evaluated again) and renders it into `output`.
    func replay(
        _ item: RecordedMessage, duplicate: Bool, program: RuleProgram, tracing: TraceLevel, report: DryRunReport, explaining: [String],
        separator: String = "", into output: inout JSONBytes
    ) {
        let result: ReplayResult
        var scheduled: Decision?
        if duplicate {
            result = ReplayResult(recorded: item, decision: nil, failures: [])
        } else {
            let key = item.message.contactKey
            lastMessageAt = max(lastMessageAt ?? item.message.at, item.message.at)
            let debounce = program.ruleSet.options.debounce
            if debounce > 0, holdInBurst(item, debounce: debounce, program: program, tracing: tracing, report: report, explaining: explaining, separator: separator, into: &output) {
                return
            }
            // What came due for this contact before this message happens first, in the chat's own time.
            if !followUps.isEmpty { playFollowUps(of: key, until: item.message.at, program: program, report: report, separator: separator, into: &output) }
            let decision = program.evaluate(item.message, state: states.removeValue(forKey: key) ?? ContactState(), now: item.message.at, tracing: tracing)
            states[key] = decision.state
            result = ReplayResult(recorded: item, decision: decision, failures: item.expectation?.failures(for: decision) ?? [])
            if let names = item.expectation?.followUps, !names.isEmpty {
                expectedFollowUps[item.message.id, default: []].formUnion(names)
                expectationOrigins[item.message.id] = item.origin
            }
            scheduled = decision
        }
        summary.add(result, explaining: explaining)
        if report.format == .json {
            report.appendJSON(result, to: &output)
        } else {
            output.raw(report.render(result))
        }
        if let scheduled, !followUps.isEmpty || scheduled.actions.contains(where: { if case .followUp = $0 { true } else { false } }) {
            followUps(after: item.message, decision: scheduled, report: report, separator: separator, into: &output)
        }
    }
}

/// Standard output written in large blocks: a replay prints a line or more per message.
final class BufferedOutput {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 16) }

    deinit { flush() }

    func write(_ text: String) {
        write(ArraySlice(text.utf8))
    }

    func write(_ bytes: ArraySlice<UInt8>) {
        buffer.append(contentsOf: bytes)
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
        guard enabled else { return }
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
