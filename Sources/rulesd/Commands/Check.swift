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

