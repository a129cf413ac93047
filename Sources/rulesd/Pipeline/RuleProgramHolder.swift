import Engine
import Synchronization

/// The rule program in use, swapped whole on reload: a message is evaluated entirely by the old program or
/// entirely by the new one.
final class RuleProgramHolder: Sendable {
    private let current: Mutex<RuleProgram>

    init(_ program: RuleProgram) {
        current = Mutex(program)
    }

    var program: RuleProgram { current.withLock { $0 } }

    func replace(with program: RuleProgram) { current.withLock { $0 = program } }
}
