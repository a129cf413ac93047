import RulesDSL

/// The whole front end: parse every file of a rule set, then check them together.
///
/// ```swift
/// let result = FrontEnd.check([SourceFile(name: "shop.rules", text: text)])
/// if let ruleSet = result.ruleSet { ... } else { print(DiagnosticRenderer().render(result.diagnostics)) }
/// ```
public enum FrontEnd {
    public struct Result: Sendable {
        public var ruleSet: CheckedRuleSet?
        public var diagnostics: [Diagnostic]
        public var ruleCount: Int
    }

    public static func check(_ sources: [SourceFile]) -> Result {
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
    public static func summary(_ result: Result, files: Int) -> String {
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
