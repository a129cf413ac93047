import Engine
import Foundation
import RulesDSL

/// Loads a rule set for the commands that run it (dry-run, serve, bench): the whole front end, diagnostics
/// printed to standard error, and a compiled program when there are no errors.
enum RuleSetLoading {
    /// The compiled program of the rule files at `paths`.
    /// - Throws: ``UsageError`` when files are missing, ``RuleSetErrors`` when the rules have errors
    ///   (already printed).
    static func load(_ paths: [String], scorer: any SentimentScorer = PlaceholderSentimentScorer()) throws -> RuleProgram {
        let sources = try RuleSources.load(paths)
        let result = FrontEnd.check(sources)
        if !result.diagnostics.isEmpty {
            FileHandle.standardError.write(Data(DiagnosticRenderer(colors: isatty(STDERR_FILENO) == 1).render(result.diagnostics).utf8))
        }
        guard let ruleSet = result.ruleSet else { throw RuleSetErrors(summary: FrontEnd.summary(result, files: sources.count)) }
        return RuleProgram(ruleSet, scorer: scorer)
    }
}

/// The rule set has errors; the diagnostics have been printed.
struct RuleSetErrors: Error, CustomStringConvertible {
    var summary: String
    var description: String { "the rules have errors (\(summary))" }
}
