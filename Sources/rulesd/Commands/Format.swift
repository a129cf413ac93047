import ArgumentParser
import Foundation
import RulesDSL

/// `rulesd fmt [--check] RULES...`: rewrites rule files in the canonical layout.
struct Format: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Format rule files in the one canonical layout, keeping comments.",
        discussion: "With --check nothing is written: the files that would change are listed and the exit status is 1."
    )

    @Flag(help: "List the files that are not formatted instead of rewriting them; exit 1 if any.")
    var check = false

    @Flag(help: "Print the formatted text to standard output instead of rewriting the files.")
    var stdout = false

    @Argument(help: "Rule files or directories of .rules files.")
    var rules: [String] = []

    func run() throws {
        let sources: [SourceFile]
        do { sources = try RuleSources.load(rules) } catch { fail(error) }
        var unformatted: [String] = []
        var failed = false
        for source in sources {
            let (file, diagnostics) = Parser.parse(source)
            guard !diagnostics.hasErrors else {
                FileHandle.standardError.write(Data(DiagnosticRenderer().render(diagnostics).utf8))
                printError("rulesd: \(source.name) not formatted: fix the errors first")
                failed = true
                continue
            }
            let formatted = Formatter.format(file)
            if stdout {
                print(formatted, terminator: "")
                continue
            }
            guard formatted != source.text else { continue }
            unformatted.append(source.name)
            if !check {
                do {
                    try Data(formatted.utf8).write(to: URL(fileURLWithPath: source.name), options: .atomic)
                } catch {
                    fail(UsageError(description: "cannot write \(source.name): \(error.localizedDescription)"))
                }
            }
        }
        for name in unformatted { print(check ? name : "formatted \(name)") }
        if failed || (check && !unformatted.isEmpty) { throw ExitCode(ExitStatus.problems) }
    }
}
