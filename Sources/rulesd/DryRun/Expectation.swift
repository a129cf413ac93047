import Engine
import Foundation

/// What a recorded message line says must happen (`"expect": {...}`), so a recorded chat is also a test
/// of the rule set.
struct Expectation: Sendable, Equatable {
    /// Rules that must fire (others may too).
    var fired: [String]?
    /// Rules that must not fire.
    var notFired: [String]?
    /// The replies, in order: empty for no reply, template names (or the texts of inline replies); nil when
    /// not checked. `"reply": "price"` is one reply, `["price", "closed"]` two (`replies_per_message`).
    var replies: [String]?
    /// Tags the contact must carry afterwards.
    var tags: [String]?

    /// Reads `{"fired": [...], "not_fired": [...], "reply": "t" | null, "tags": [...]}`.
    init(json: [String: Any]) throws {
        let known: Set<String> = ["fired", "not_fired", "reply", "tags"]
        if let unknown = json.keys.first(where: { !known.contains($0) }) {
            throw ExpectationError(description: "unknown expectation '\(unknown)'; use fired, not_fired, reply or tags")
        }
        fired = try Self.strings(json["fired"], "fired")
        notFired = try Self.strings(json["not_fired"], "not_fired")
        tags = try Self.strings(json["tags"], "tags")
        if let reply = json["reply"] {
            if reply is NSNull {
                replies = []
            } else if let name = reply as? String {
                replies = [name]
            } else if let names = reply as? [String] {
                replies = names
            } else {
                throw ExpectationError(description: "'reply' must be a template name, a list of names in the order sent, or null")
            }
        }
    }

    private static func strings(_ value: Any?, _ key: String) throws -> [String]? {
        guard let value else { return nil }
        guard let list = value as? [String] else { throw ExpectationError(description: "'\(key)' must be a list of names") }
        return list
    }

    /// What did not happen as expected, one sentence each; empty when all is met.
    func failures(for decision: Decision) -> [String] {
        var failures: [String] = []
        for rule in fired ?? [] where !decision.firedRules.contains(rule) {
            failures.append("expected rule \"\(rule)\" to fire, but it did not")
        }
        for rule in notFired ?? [] where decision.firedRules.contains(rule) {
            failures.append("expected rule \"\(rule)\" not to fire, but it fired")
        }
        if let expected = replies {
            let actual = decision.replies.map { $0.template ?? $0.text }
            if expected != actual {
                let shown = { (names: [String]) in names.isEmpty ? "no reply" : names.map { "\"\($0)\"" }.joined(separator: ", ") }
                failures.append("expected reply \(shown(expected)), got \(shown(actual))")
            }
        }
        for tag in tags ?? [] where !decision.state.tags.contains(tag) {
            failures.append("expected the contact to carry tag \"\(tag)\"")
        }
        return failures
    }
}

struct ExpectationError: Error, CustomStringConvertible {
    var description: String
}
