import Foundation
import RulesDSL

/// Finds and reads the `.rules` files named on the command line.
///
/// A path is a file, or a directory whose `.rules` files (searched recursively) load in name order.
/// All files given together form one rule set with one namespace.
enum RuleSources {
    /// The files behind the paths, read as ``SourceFile``s named by their paths.
    static func load(_ paths: [String]) throws(UsageError) -> [SourceFile] {
        try files(in: paths).map { path throws(UsageError) in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw UsageError(description: "cannot read \(path)")
            }
            return SourceFile(name: path, bytes: Array(data))
        }
    }

    /// The `.rules` file paths behind the given paths, directories expanded in name order.
    static func files(in paths: [String]) throws(UsageError) -> [String] {
        guard !paths.isEmpty else { throw UsageError(description: "no rule files given") }
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw UsageError(description: "no such file or directory: \(path)")
            }
            guard isDirectory.boolValue else {
                result.append(path)
                continue
            }
            let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".rules") }
                .sorted()
                .map { (path.hasSuffix("/") ? path : path + "/") + $0 }
            guard !found.isEmpty else { throw UsageError(description: "no .rules files in \(path)") }
            result += found
        }
        return result
    }
}

/// A rule set loaded from disk and run through the whole front end.
struct LoadedRuleSet {
    var sources: [SourceFile]
    var files: [RuleFile]
    var diagnostics: [Diagnostic]
}
