import Engine
import Foundation
import RulesDSL
import Synchronization

/// The rule program in use, swapped whole on reload: a message is evaluated entirely by the old program or
/// entirely by the new one. It also remembers when the set was loaded and how the last reload went, for
/// `/healthz`.
final class RuleProgramHolder: Sendable {
    private struct Loaded {
        var program: RuleProgram
        var version: String
        var loadedAt: Date
        var lastReload: ReloadRecord?
    }

    private let current: Mutex<Loaded>

    init(_ program: RuleProgram, loadedAt: Date = Date()) {
        current = Mutex(Loaded(program: program, version: Self.version(of: program), loadedAt: loadedAt))
    }

    var program: RuleProgram { current.withLock { $0.program } }

    /// The rule set in use and its version: a hash of its files' bytes, computed once per load.
    var loaded: (ruleSet: CheckedRuleSet, version: String) { current.withLock { ($0.program.ruleSet, $0.version) } }

    /// When the rules in use were loaded, and the last reload's outcome (nil before any).
    var history: (loadedAt: Date, lastReload: ReloadRecord?) { current.withLock { ($0.loadedAt, $0.lastReload) } }

    func replace(with program: RuleProgram, at now: Date = Date()) {
        let version = Self.version(of: program)
        current.withLock {
            $0.program = program
            $0.version = version
            $0.loadedAt = now
        }
    }

    /// Remembers how a reload went.
    func record(_ reload: ReloadRecord) {
        current.withLock { $0.lastReload = reload }
    }

    static func version(of program: RuleProgram) -> String {
        String(NormalizedText.hash(program.ruleSet.files.flatMap(\.file.bytes)), radix: 16)
    }
}

/// How one reload went: when, why, whether the new rules were taken, and their diagnostics.
struct ReloadRecord: Sendable, Equatable {
    enum Outcome: String, Sendable {
        /// The new rules serve now.
        case loaded
        /// They had errors: the previous rules keep serving.
        case rejected
        /// The watcher saw a set with no rules and kept the previous ones (SIGHUP loads it on purpose).
        case keptNonEmpty = "kept_previous_rules"
    }

    var at: Date
    var reason: String
    var outcome: Outcome
    /// The diagnostics, rendered as `rulesd check` prints them (warnings too); empty when clean.
    var diagnostics: String
}
