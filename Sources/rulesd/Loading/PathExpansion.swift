import Foundation

/// Expands command-line paths into files: a file stands for itself, a directory for the files below it
/// with one of the given extensions, in name order.
enum PathExpansion {
    static func files(in paths: [String], extensions: [String], noneFound: (String) -> String) throws(UsageError) -> [String] {
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
                .filter { extensions.contains(($0 as NSString).pathExtension) }
                .sorted()
                .map { (path.hasSuffix("/") ? path : path + "/") + $0 }
            guard !found.isEmpty else { throw UsageError(description: noneFound(path)) }
            result += found
        }
        return result
    }
}
