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
        return try PathExpansion.files(in: paths, extensions: ["rules"]) { "no .rules files in \($0)" }
    }
}
