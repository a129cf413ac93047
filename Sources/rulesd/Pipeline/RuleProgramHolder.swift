import Engine
import RulesDSL
import Synchronization

/// The rule program in use, swapped whole on reload: a message is evaluated entirely by the old program or
/// entirely by the new one.
final class RuleProgramHolder: Sendable {
    private let current: Mutex<(program: RuleProgram, version: String)>

    init(_ program: RuleProgram) {
        current = Mutex((program, Self.version(of: program)))
    }

    var program: RuleProgram { current.withLock { $0.program } }

    /// The rule set in use and its version: a hash of its files' bytes, computed once per load.
    var loaded: (ruleSet: CheckedRuleSet, version: String) { current.withLock { ($0.program.ruleSet, $0.version) } }

    func replace(with program: RuleProgram) {
        let version = Self.version(of: program)
        current.withLock { $0 = (program, version) }
    }

    static func version(of program: RuleProgram) -> String {
        String(NormalizedText.hash(program.ruleSet.files.flatMap(\.file.bytes)), radix: 16)
    }
}
