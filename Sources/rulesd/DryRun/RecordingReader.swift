import Connectors
import Engine
import Foundation

/// One message read from a recording, with where it came from and what is expected of it.
struct RecordedMessage: Sendable {
    var message: Message
    var expectation: Expectation?
    /// `file:line` (or the file alone for a whole-file webhook body).
    var origin: String
}

/// A line or file that could not be read, reported and skipped.
struct RecordingProblem: Sendable, CustomStringConvertible {
    var origin: String
    var reason: String
    /// A chat file is a test: a broken expectation fails the run (exit 1), where a line that is not a
    /// message at all is only skipped.
    var failsRun = false
    var description: String { "\(origin): \(reason)" }
}

/// Reads what dry-run replays: normalized message JSON lines (ARCHITECTURE.md), raw Meta webhook bodies
/// (a `.json` file holding one body, or one body per line), what `rulesd export` wrote, and directories
/// of such files (`.jsonl`, `.ndjson`, `.json`, in name order).
enum RecordingReader {
    static let extensions = ["jsonl", "ndjson", "json"]

    /// The recording files behind the paths, directories expanded in name order.
    static func files(in paths: [String]) throws(UsageError) -> [String] {
        try PathExpansion.files(in: paths, extensions: extensions) { "no .jsonl or .json recordings in \($0)" }
    }

    /// Reads one file's messages and the problems met on the way.
    static func read(file path: String, data: Data) -> (messages: [RecordedMessage], problems: [RecordingProblem]) {
        // A file that is one JSON document (a pretty-printed webhook body, an array) is read whole.
        if let whole = try? JSONSerialization.jsonObject(with: data), !(isJSONLines(data)) {
            var messages: [RecordedMessage] = []
            var problems: [RecordingProblem] = []
            let items = (whole as? [Any]) ?? [whole]
            for (index, item) in items.enumerated() {
                let origin = items.count == 1 ? path : "\(path)[\(index)]"
                read(item, origin: origin, into: &messages, problems: &problems)
            }
            return (messages, problems)
        }
        var messages: [RecordedMessage] = []
        var problems: [RecordingProblem] = []
        let text = String(decoding: data, as: UTF8.self)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), !trimmed.hasPrefix("//") else { continue }
            let origin = "\(path):\(index + 1)"
            guard let item = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) else {
                problems.append(RecordingProblem(origin: origin, reason: "not valid JSON"))
                continue
            }
            read(item, origin: origin, into: &messages, problems: &problems)
        }
        return (messages, problems)
    }

    /// Whether the data holds more than one JSON document, one per line.
    private static func isJSONLines(_ data: Data) -> Bool {
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").filter {
            !$0.trimmingCharacters(in: .whitespaces).isEmpty
        }
        return lines.count > 1 && lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil }
    }

    private static func read(_ item: Any, origin: String, into messages: inout [RecordedMessage], problems: inout [RecordingProblem]) {
        guard let object = item as? [String: Any] else {
            problems.append(RecordingProblem(origin: origin, reason: "expected a JSON object"))
            return
        }
        do {
            let data = try JSONSerialization.data(withJSONObject: object)
            if object["object"] != nil {
                let contents = try WebhookParser.parse(data)
                for skipped in contents.skipped {
                    problems.append(RecordingProblem(origin: origin, reason: "webhook item skipped: \(skipped)"))
                }
                messages += contents.messages.map { RecordedMessage(message: $0, expectation: nil, origin: origin) }
                return
            }
            let message = try JSONDecoder().decode(Message.self, from: data)
            let expectation = try (object["expect"] as? [String: Any]).map(Expectation.init(json:))
            if object["expect"] != nil, expectation == nil {
                throw ExpectationError(description: "'expect' must be an object")
            }
            messages.append(RecordedMessage(message: message, expectation: expectation, origin: origin))
        } catch let error as DecodingError {
            problems.append(RecordingProblem(origin: origin, reason: Self.describe(error)))
        } catch let error as ExpectationError {
            problems.append(RecordingProblem(origin: origin, reason: error.description, failsRun: true))
        } catch {
            problems.append(RecordingProblem(origin: origin, reason: String(describing: error)))
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): "missing field '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            "field '\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type"
        case .dataCorrupted(let context):
            context.codingPath.isEmpty ? context.debugDescription
                : "field '\(context.codingPath.map(\.stringValue).joined(separator: "."))': \(context.debugDescription)"
        @unknown default: "\(error)"
        }
    }
}
