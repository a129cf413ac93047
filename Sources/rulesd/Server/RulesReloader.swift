import Engine
import Foundation
import Logging
import RulesDSL
import ServiceLifecycle
import UnixSignals

/// Reloads the rules when rulesd gets SIGHUP or a file under the rules path changes. The new set is
/// checked first: with errors the old set keeps serving and the diagnostics are logged; otherwise the
/// program is swapped whole, between two messages.
struct RulesReloader: Service, CustomStringConvertible {
    let paths: [String]
    let rules: RuleProgramHolder
    let logger: Logger
    /// How often to look at the files' modification times.
    let pollInterval: Duration

    /// Checks and compiles the rules at `paths`; swaps them in when they are clean. Returns whether it did.
    @discardableResult
    func reload(reason: String) -> Bool {
        do {
            let sources = try RuleSources.load(paths)
            let result = FrontEnd.check(sources)
            guard let ruleSet = result.ruleSet else {
                logger.error(
                    "rules not reloaded: they have errors; the previous rules keep serving",
                    metadata: ["reason": "\(reason)", "diagnostics": "\(DiagnosticRenderer().render(result.diagnostics))"])
                return false
            }
            let scorer = try SentimentLoading.scorer(extraLexicon: ruleSet.options.lexiconPath.map { RuleSetLoading.relativeToRules($0, paths: paths) })
            rules.replace(with: RuleProgram(ruleSet, scorer: scorer))
            logger.info("rules reloaded", metadata: ["reason": "\(reason)", "rules": "\(ruleSet.rules.count)"])
            return true
        } catch {
            logger.error("rules not reloaded; the previous rules keep serving", metadata: ["reason": "\(reason)", "error": "\(error)"])
            return false
        }
    }

    /// The rule files and their modification times, to notice changes.
    func fingerprint() -> [String: Date] {
        guard let files = try? RuleSources.files(in: paths) else { return [:] }
        var result: [String: Date] = [:]
        for file in files {
            result[file] = (try? FileManager.default.attributesOfItem(atPath: file)[.modificationDate]) as? Date ?? .distantPast
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
                    for await _ in signals { reload(reason: "SIGHUP") }
                }
                group.addTask {
                    var last = fingerprint()
                    while !Task.isCancelled {
                        try? await Task.sleep(for: pollInterval)
                        let now = fingerprint()
                        if now != last {
                            last = now
                            reload(reason: "rule files changed")
                        }
                    }
                }
                await group.next()
                group.cancelAll()
            }
        }
    }
}
