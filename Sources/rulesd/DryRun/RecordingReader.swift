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

/// Something to tell about a recording: a line or item skipped, an expectation that cannot be checked, a
/// file out of time order.
struct RecordingProblem: Sendable, CustomStringConvertible {
    enum Kind: Sendable {
        /// Not a message: reported and skipped.
        case skipped
        /// A chat file is a test: a broken expectation fails the run (exit 1).
        case brokenExpectation
        /// Told, and replayed as written.
        case outOfOrder
    }

    var origin: String
    var reason: String
    var kind = Kind.skipped
    var description: String { "\(origin): \(reason)" }
}

/// Reads what dry-run replays: normalized message JSON lines (ARCHITECTURE.md), raw Meta webhook bodies
/// (a `.json` file holding one body, or one body per line), what `rulesd export` wrote, and directories
/// of such files (`.jsonl`, `.ndjson`, `.json`, in name order). docs/chat-files.md is the reference.
enum RecordingReader {
    static let extensions = ["jsonl", "ndjson", "json"]

    /// The recording files behind the paths, directories expanded in name order.
    static func files(in paths: [String]) throws(UsageError) -> [String] {
        try PathExpansion.files(in: paths, extensions: extensions) { "no .jsonl or .json recordings in \($0)" }
    }

    /// Reads one file's messages and the problems met on the way, all at once (tests; small files).
    static func read(file path: String, data: Data) -> (messages: [RecordedMessage], problems: [RecordingProblem]) {
        var messages: [RecordedMessage] = []
        var problems: [RecordingProblem] = []
        if let whole = wholeDocument(path: path, data: data) {
            readDocument(whole, path: path, into: &messages, problems: &problems)
            return (messages, problems)
        }
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            read(line: Array(line), origin: "\(path):\(index + 1)", into: &messages, problems: &problems)
        }
        return (messages, problems)
    }

    /// A file that is one JSON document spread over lines (a pretty-printed webhook body, an array), read
    /// whole; nil for JSON lines.
    static func wholeDocument(path: String, data: Data) -> JSONValue? {
        // JSON lines: the first line with content is a document of its own.
        let lines = data.split(separator: UInt8(ascii: "\n")).filter { $0.contains { $0 > 0x20 } }
        if let first = lines.first, lines.count > 1, (try? JSONValue.parse(Data(first))) != nil { return nil }
        if lines.count == 1 { return nil }
        return try? JSONValue.parse(data)
    }

    static func readDocument(_ value: JSONValue, path: String, into messages: inout [RecordedMessage], problems: inout [RecordingProblem]) {
        let items = value.array ?? [value]
        for (index, item) in items.enumerated() {
            read(item, origin: items.count == 1 ? path : "\(path)[\(index)]", into: &messages, problems: &problems)
        }
    }

    /// Reads one line: blank lines and `#` or `//` comments are skipped.
    static func read(line: some Collection<UInt8>, origin: @autoclosure () -> String, into messages: inout [RecordedMessage], problems: inout [RecordingProblem]) {
        guard let first = line.firstIndex(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "\r") }) else { return }
        let byte = line[first]
        if byte == UInt8(ascii: "#") { return }
        if byte == UInt8(ascii: "/"), line[line.index(after: first)...].first == UInt8(ascii: "/") { return }
        guard let value = try? JSONValue.parse(Data(line)) else {
            problems.append(RecordingProblem(origin: origin(), reason: "not valid JSON"))
            return
        }
        read(value, origin: origin(), into: &messages, problems: &problems)
    }

    /// Reads one JSON object: a webhook body (its messages) or a normalized message with its expectation.
    static func read(_ item: JSONValue, origin: String, into messages: inout [RecordedMessage], problems: inout [RecordingProblem]) {
        guard case .object(let object) = item else {
            problems.append(RecordingProblem(origin: origin, reason: "expected a JSON object"))
            return
        }
        if object["object"] != nil {
            do {
                let contents = try WebhookParser.parse(item)
                for skipped in contents.skipped {
                    problems.append(RecordingProblem(origin: origin, reason: "webhook item skipped: \(skipped)"))
                }
                messages += contents.messages.map { RecordedMessage(message: $0, expectation: nil, origin: origin) }
            } catch {
                problems.append(RecordingProblem(origin: origin, reason: error.description))
            }
            return
        }
        guard let message = Message(normalized: item) else {
            problems.append(RecordingProblem(origin: origin, reason: describeInvalid(object)))
            return
        }
        var expectation: Expectation?
        if let expect = object["expect"] {
            do {
                expectation = try Expectation(value: expect)
            } catch let error as ExpectationError {
                problems.append(RecordingProblem(origin: origin, reason: error.description, kind: .brokenExpectation))
            } catch {
                problems.append(RecordingProblem(origin: origin, reason: "\(error)", kind: .brokenExpectation))
            }
        }
        messages.append(RecordedMessage(message: message, expectation: expectation, origin: origin))
    }

    /// Why an object is not a normalized message, as precisely as `Codable` can say it.
    private static func describeInvalid(_ object: [String: JSONValue]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object.mapValues(\.foundationValue))) ?? Data()
        do {
            _ = try JSONDecoder().decode(Message.self, from: data)
            return "not a message"
        } catch let error as DecodingError {
            return describe(error)
        } catch {
            return "\(error)"
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
