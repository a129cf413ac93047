import ArgumentParser
import Engine
import Foundation
import RulesDSL

/// Loads a rule set for the commands that run it (dry-run, serve, bench): the whole front end, diagnostics
/// printed to standard error, and a compiled program when there are no errors.
enum RuleSetLoading {
    /// The compiled program of the rule files at `paths`.
    /// - Throws: ``UsageError`` when files are missing, ``RuleSetErrors`` when the rules have errors
    ///   (already printed).
    ///
    /// The sentiment scorer uses the built-in lexicon, extended by `lexicon` when given, else by the rule
    /// set's `option lexicon` (a path relative to the rules).
    static func load(_ paths: [String], lexicon: String? = nil) throws -> RuleProgram {
        let sources = try RuleSources.load(paths)
        let result = FrontEnd.check(sources)
        if !result.diagnostics.isEmpty {
            FileHandle.standardError.write(Data(DiagnosticRenderer(colors: isatty(STDERR_FILENO) == 1).render(result.diagnostics).utf8))
        }
        guard let ruleSet = result.ruleSet else { throw RuleSetErrors(summary: FrontEnd.summary(result, files: sources.count)) }
        let extra = lexicon ?? ruleSet.options.lexiconPath.map { relativeToRules($0, paths: paths) }
        return RuleProgram(ruleSet, scorer: try SentimentLoading.scorer(extraLexicon: extra))
    }

    /// A path from a rule file, taken relative to the rules (the directory, or a file's directory).
    static func relativeToRules(_ path: String, paths: [String]) -> String {
        guard !path.hasPrefix("/"), let first = paths.first else { return path }
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory)
        let base = isDirectory.boolValue ? first : (first as NSString).deletingLastPathComponent
        return base.isEmpty ? path : (base as NSString).appendingPathComponent(path)
    }
}

/// The rule set has errors; the diagnostics have been printed.
struct RuleSetErrors: Error, CustomStringConvertible {
    var summary: String
    var description: String { "the rules have errors (\(summary))" }
}

extension ParsableCommand {
    /// ``RuleSetLoading/load(_:lexicon:)`` for a command: a missing file is a usage error (exit 2), rules
    /// with errors end the command with exit 1 once their diagnostics are printed.
    func loadRules(_ paths: [String], lexicon: String? = nil) throws -> RuleProgram {
        do {
            return try RuleSetLoading.load(paths, lexicon: lexicon)
        } catch let error as UsageError {
            fail(error)
        } catch let error as RuleSetErrors {
            printError("rulesd: \(error)")
            throw ExitCode(ExitStatus.problems)
        }
    }
}
