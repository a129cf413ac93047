import Engine
import Foundation
import Logging
import RulesDSL
import ServiceLifecycle
import Synchronization
import UnixSignals

/// Reloads the rules when rulesd gets SIGHUP or a file under the rules path changes. The watcher waits
/// until the files have stopped changing (about a second), so a half-written file is never loaded, and it
/// never replaces a set that has rules with one that has none (an emptied file); SIGHUP may. The new set is
/// checked first: with errors the old set keeps serving and the diagnostics are logged; otherwise the
/// program is swapped whole, between two messages.
struct RulesReloader: Service, CustomStringConvertible {
    let paths: [String]
    let rules: RuleProgramHolder
    let logger: Logger
    /// How often to look at the files' modification times and sizes.
    let pollInterval: Duration
    /// How long the files must stay unchanged before the watcher loads them.
    var quiet: TimeInterval = 1
    /// Called with the previous and the new rule set after a successful reload.
    var onReload: @Sendable (_ previous: CheckedRuleSet, _ new: CheckedRuleSet) -> Void = { _, _ in }
    /// What keeps a clean set from serving (a shop's accounts: one another shop declares, a token variable
    /// that is not set): each problem a sentence; the previous rules keep serving while there are any.
    var validate: @Sendable (CheckedRuleSet) -> [String] = { _ in [] }
    /// One reload at a time (SIGHUP and the watcher run in tasks of their own), and the files as the last
    /// reload read them, so the watcher does not load again what SIGHUP just loaded.
    private let serial = ReloadSerial()

    /// Why a reload was asked for: the watcher never replaces rules with an empty set, SIGHUP may.
    enum Trigger: Sendable {
        case signal
        case watcher
        case other(String)

        var reason: String {
            switch self {
            case .signal: "SIGHUP"
            case .watcher: "rule files changed"
            case .other(let reason): reason
            }
        }
    }

    /// Checks and compiles the rules at `paths`; swaps them in when they are clean (and, from the watcher,
    /// when they hold at least one rule or the rules in use hold none). Returns whether it did.
    @discardableResult
    func reload(_ trigger: Trigger, now: Date = Date()) -> Bool {
        serial.run {
            let stamps = fingerprint()
            let loaded = reloadNow(trigger, now: now)
            if loaded { serial.loadedStamps = stamps }
            return loaded
        }
    }

    private func reloadNow(_ trigger: Trigger, now: Date) -> Bool {
        let reason = trigger.reason
        do {
            let sources = try RuleSources.load(paths)
            let result = FrontEnd.check(sources)
            let diagnostics = DiagnosticRenderer().render(result.diagnostics)
            guard let ruleSet = result.ruleSet else {
                logger.error(
                    "rules not reloaded: they have errors; the previous rules keep serving",
                    metadata: ["reason": "\(reason)", "diagnostics": "\(diagnostics)"])
                rules.record(ReloadRecord(at: now, reason: reason, outcome: .rejected, diagnostics: diagnostics))
                return false
            }
            let problems = validate(ruleSet)
            if !problems.isEmpty {
                let text = problems.joined(separator: "\n")
                logger.error(
                    "rules not reloaded: their accounts cannot be served; the previous rules keep serving",
                    metadata: ["reason": "\(reason)", "problems": "\(text)"])
                rules.record(ReloadRecord(at: now, reason: reason, outcome: .rejected, diagnostics: text))
                return false
            }
            let previous = rules.loaded.ruleSet
            if case .watcher = trigger, ruleSet.rules.isEmpty, !previous.rules.isEmpty {
                logger.warning(
                    "the rule files now hold no rules; the watcher keeps the \(previous.rules.count) rules in use (send SIGHUP to load an empty set on purpose)",
                    metadata: ["reason": "\(reason)"])
                rules.record(ReloadRecord(
                    at: now, reason: reason, outcome: .keptNonEmpty,
                    diagnostics: "the files hold no rules; the previous rules keep serving (SIGHUP loads an empty set)"))
                return false
            }
            let scorer = try SentimentLoading.scorer(extraLexicon: ruleSet.options.lexiconPath.map { RuleSetLoading.relativeToRules($0, paths: paths) })
            let program = RuleProgram(ruleSet, scorer: scorer)
            program.prepareEveryLanguage()
            rules.replace(with: program, at: now)
            rules.record(ReloadRecord(at: now, reason: reason, outcome: .loaded, diagnostics: diagnostics))
            logger.info("rules reloaded", metadata: ["reason": "\(reason)", "rules": "\(ruleSet.rules.count)"])
            onReload(previous, ruleSet)
            return true
        } catch {
            logger.error("rules not reloaded; the previous rules keep serving", metadata: ["reason": "\(reason)", "error": "\(error)"])
            rules.record(ReloadRecord(at: now, reason: reason, outcome: .rejected, diagnostics: "\(error)"))
            return false
        }
    }

    /// The rule files with their modification times and sizes, to notice changes.
    func fingerprint() -> [String: FileStamp] {
        guard let files = try? RuleSources.files(in: paths) else { return [:] }
        var result: [String: FileStamp] = [:]
        for file in files {
            let attributes = try? FileManager.default.attributesOfItem(atPath: file)
            result[file] = FileStamp(
                modified: attributes?[.modificationDate] as? Date ?? .distantPast, size: (attributes?[.size] as? NSNumber)?.intValue ?? -1)
        }
        return result
    }

    /// What ServiceLifecycle logs when it starts and stops the service.
    var description: String { "RulesReloader(\(paths))" }

    func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    for await _ in signals { reload(.signal) }
                }
                group.addTask {
                    var debounce = ReloadDebounce(loaded: fingerprint(), quiet: quiet)
                    while !Task.isCancelled {
                        try? await Task.sleep(for: pollInterval)
                        if let loaded = serial.takeLoadedStamps() { debounce = ReloadDebounce(loaded: loaded, quiet: quiet) }
                        if debounce.observe(fingerprint(), at: Date()) { reload(.watcher) }
                    }
                }
                await group.next()
                group.cancelAll()
            }
        }
    }
}

/// Runs reloads one at a time and remembers the files the last successful one read.
final class ReloadSerial: Sendable {
    private let lock = Mutex<[String: FileStamp]?>(nil)
    private let running = Mutex<Void>(())

    /// Runs `body` alone among reloads.
    func run<T>(_ body: () -> T) -> T {
        running.withLock { _ in body() }
    }

    /// The files as the last successful reload read them.
    var loadedStamps: [String: FileStamp]? {
        get { lock.withLock { $0 } }
        set { lock.withLock { $0 = newValue } }
    }

    /// Takes (and clears) the stamps of a reload the watcher has not seen yet.
    func takeLoadedStamps() -> [String: FileStamp]? {
        lock.withLock { stamps in
            defer { stamps = nil }
            return stamps
        }
    }
}
