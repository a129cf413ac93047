import ArgumentParser
import Engine
import Foundation
import RulesDSL

/// `rulesd check RULES...`: every problem of a rule set, with file:line:col.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check rule files and report every problem.",
        discussion: "Exit status: 0 when there are no errors (warnings allowed), 1 when there are, 2 for usage or I/O problems."
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Output format: text, or json for editors.")
    var format: OutputFormat = .text

    @Flag(help: "Colour the diagnostics even when standard output is not a terminal.")
    var color = false

    @Argument(help: "Rule files or directories of .rules files; together they form one rule set.")
    var rules: [String] = []

    func run() throws {
        let sources: [SourceFile]
        do { sources = try RuleSources.load(rules) } catch { fail(error) }
        let result = FrontEnd.check(sources)
        switch format {
        case .json:
            print(result.diagnostics.renderedAsJSON())
        case .text:
            let renderer = DiagnosticRenderer(colors: color || isatty(STDOUT_FILENO) == 1)
            print(renderer.render(result.diagnostics), terminator: "")
            print(FrontEnd.summary(result, files: sources.count))
        }
        if result.diagnostics.hasErrors { throw ExitCode(ExitStatus.problems) }
    }
}

/// The whole front end: parse every file, then check them together.
enum FrontEnd {
    struct Result {
        var ruleSet: CheckedRuleSet?
        var diagnostics: [Diagnostic]
        var ruleCount: Int
    }

    static func check(_ sources: [SourceFile]) -> Result {
        var diagnostics: [Diagnostic] = []
        var files: [RuleFile] = []
        for source in sources {
            let (file, parseDiagnostics) = Parser.parse(source)
            files.append(file)
            diagnostics += parseDiagnostics
        }
        let ruleCount = files.reduce(0) { $0 + $1.rules.count }
        // The checker runs even after syntax errors, so one run reports every problem it can see.
        let syntaxErrors = diagnostics.hasErrors
        let (ruleSet, checkDiagnostics) = RuleSetChecker.check(files)
        return Result(ruleSet: syntaxErrors ? nil : ruleSet, diagnostics: diagnostics + checkDiagnostics, ruleCount: ruleCount)
    }

    /// "14 rules in 2 files: no problems" or "2 errors, 1 warning".
    static func summary(_ result: Result, files: Int) -> String {
        let errors = result.diagnostics.count { $0.severity == .error }
        let warnings = result.diagnostics.count { $0.severity == .warning }
        let scope = "\(result.ruleCount) \(result.ruleCount == 1 ? "rule" : "rules") in \(files) \(files == 1 ? "file" : "files")"
        if errors == 0, warnings == 0 { return "\(scope): no problems" }
        let parts = [
            errors > 0 ? "\(errors) \(errors == 1 ? "error" : "errors")" : nil,
            warnings > 0 ? "\(warnings) \(warnings == 1 ? "warning" : "warnings")" : nil,
        ].compactMap(\.self)
        return "\(scope): " + parts.joined(separator: ", ")
    }
}
