import Engine
import Foundation
import RulesDSL

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
    /// The language the message must be read in: `.some(nil)` for none.
    var language: Language??
    /// The answer under a comment (`reply publicly`): a template name or an inline text; `.some(nil)` for
    /// none.
    var publicReply: String??
    /// Follow-ups this message schedules that must fire later in the replay.
    var followUps: [String]?

    /// The keys an expectation may have.
    static let keys = ["fired", "followups", "language", "not_fired", "public_reply", "reply", "tags"]

    /// Reads `{"fired": [...], "not_fired": [...], "reply": "t" | ["t", ...] | null, "tags": [...]}`.
    init(json: [String: Any]) throws {
        if let unknown = json.keys.sorted().first(where: { !Self.keys.contains($0) }) {
            let near = Spelling.suggestion(for: unknown, among: Self.keys)
                ?? Self.keys.first { unknown.lowercased().hasPrefix($0.prefix(4)) || $0.hasPrefix(unknown.lowercased().prefix(4)) }
            let hint = near.map { "; did you mean '\($0)'?" } ?? ""
            throw ExpectationError(description: "unknown expectation '\(unknown)'\(hint) (expectations are fired, not_fired, reply, public_reply, followups, tags and language)")
        }
        fired = try Self.strings(json["fired"], "fired")
        notFired = try Self.strings(json["not_fired"], "not_fired")
        tags = try Self.strings(json["tags"], "tags")
        followUps = try Self.strings(json["followups"], "followups")
        if let language = json["language"] {
            if language is NSNull {
                self.language = .some(nil)
            } else if let code = language as? String, let known = Language(code: code) {
                self.language = known
            } else {
                throw ExpectationError(description: "'language' must be one of \(Language.allCases.map(\.rawValue).joined(separator: ", ")), or null for none")
            }
        }
        if let answer = json["public_reply"] {
            if answer is NSNull {
                publicReply = .some(nil)
            } else if let name = answer as? String {
                publicReply = name
            } else {
                throw ExpectationError(description: "'public_reply' must be a template name (or the text of an inline answer), or null for none")
            }
        }
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

    /// Reads the same from the JSON reader's values.
    init(value: JSONValue) throws {
        guard case .object(let object) = value else { throw ExpectationError(description: "'expect' must be an object") }
        try self.init(json: object.mapValues(\.foundationValue))
    }

    private static func strings(_ value: Any?, _ key: String) throws -> [String]? {
        guard let value else { return nil }
        guard let list = value as? [String] else { throw ExpectationError(description: "'\(key)' must be a list of names") }
        return list
    }

    /// The names this expectation uses that the rule set does not have, each with a hint: a rule named in
    /// `fired` or `not_fired`, a template named in `reply` (a reply with spaces or punctuation is an inline
    /// reply's text, and not checked).
    func unknownNames(rules: [String], templates: [String], followUps known: [String] = []) -> [String] {
        var problems: [String] = []
        for name in followUps ?? [] where !known.contains(name) {
            let hint = Spelling.suggestion(for: name, among: known).map { "; did you mean \"\($0)\"?" } ?? ""
            problems.append("the rule set has no follow-up \"\(name)\"\(hint)")
        }
        for name in (fired ?? []) + (notFired ?? []) where !rules.contains(name) {
            let hint = Spelling.suggestion(for: name, among: rules).map { "; did you mean \"\($0)\"?" } ?? ""
            problems.append("the rule set has no rule \"\(name)\"\(hint)")
        }
        for name in (replies ?? []) + [publicReply ?? nil].compactMap(\.self) where !templates.contains(name) && Self.looksLikeAName(name) {
            let hint = Spelling.suggestion(for: name, among: templates).map { "; did you mean '\($0)'?" } ?? ""
            problems.append("the rule set has no template '\(name)'\(hint) (an inline reply is expected by its text)")
        }
        return problems
    }

    /// A template-like name: letters, digits and `_` only.
    private static func looksLikeAName(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
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
        if let expected = publicReply {
            let actual = decision.actions.lazy.compactMap { if case .publicReply(let reply) = $0 { reply.template ?? reply.text } else { nil } }.first
            if expected != actual {
                let shown = { (name: String?) in name.map { "\"\($0)\"" } ?? "none" }
                failures.append("expected the answer under the comment \(shown(expected)), got \(shown(actual))")
            }
        }
        for tag in tags ?? [] where !decision.state.tags.contains(tag) {
            failures.append("expected the contact to carry tag \"\(tag)\"")
        }
        if let expected = language, expected != decision.language {
            failures.append("expected the message to be read in \(expected?.rawValue ?? "no language"), but it was read in \(decision.language?.rawValue ?? "no language")")
        }
        return failures
    }
}

struct ExpectationError: Error, CustomStringConvertible {
    var description: String
}

extension JSONValue {
    /// The value as `JSONSerialization` gives it (`NSNull` for null), for code written against that.
    var foundationValue: Any {
        switch self {
        case .object(let object): object.mapValues(\.foundationValue)
        case .array(let array): array.map(\.foundationValue)
        case .string(let string): string
        case .number(let number): number
        case .bool(let bool): bool
        case .null: NSNull()
        }
    }
}
