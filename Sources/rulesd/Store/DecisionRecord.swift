import Engine
import Foundation

/// What was decided for one evaluated message, as the store keeps it: the fired rules, the actions
/// (replies with their text, tags, forwards, pauses) and why, each as JSON. `rulesd simulate`, `export
/// --decisions` and the console read it back.
struct DecisionRecord: Sendable, Equatable {
    /// `["rule", ...]`
    var firedJSON: String
    /// `[{"type": "reply", "rule": ..., "text": ..., "template": ...}, ...]`
    var actionsJSON: String
    /// `{"notes": [...], "rules": [{"rule": ..., "reasons": [...]}, ...]}`: why each rule fired (the matched
    /// word, the score, a reply not sent and why), and notes on the message; nil for decisions stored before
    /// schema 6.
    var whyJSON: String?

    init(firedJSON: String, actionsJSON: String, whyJSON: String? = nil) {
        self.firedJSON = firedJSON
        self.actionsJSON = actionsJSON
        self.whyJSON = whyJSON
    }

    init(_ decision: Decision) {
        firedJSON = Self.encode(decision.firedRules)
        var why = JSONBytes()
        why.raw(#"{"notes":"#)
        why.strings(decision.trace.notes)
        why.raw(#","rules":["#)
        for (index, trace) in decision.trace.rules.filter(\.fired).enumerated() {
            why.raw(index > 0 ? #",{"reasons":"# : #"{"reasons":"#)
            why.strings(trace.reasons)
            why.raw(#","rule":"#)
            why.string(trace.rule)
            why.raw("}")
        }
        why.raw("]}")
        whyJSON = String(decoding: why.bytes, as: UTF8.self)
        var actions = JSONBytes()
        actions.raw("[")
        for (index, action) in decision.actions.enumerated() {
            if index > 0 { actions.raw(",") }
            actions.action(action, withRule: true)
        }
        actions.raw("]")
        actionsJSON = String(decoding: actions.bytes, as: UTF8.self)
    }

    /// The fired rules' names, in order.
    var firedRules: [String] { (try? JSONSerialization.jsonObject(with: Data(firedJSON.utf8))) as? [String] ?? [] }

    /// The actions, in order, as JSON objects.
    var actions: [[String: Any]] { (try? JSONSerialization.jsonObject(with: Data(actionsJSON.utf8))) as? [[String: Any]] ?? [] }

    /// The notes on the message (its language, its sentiment, a pause) and each fired rule's reasons.
    var why: (notes: [String], reasons: [String: [String]]) {
        guard let whyJSON, let object = (try? JSONSerialization.jsonObject(with: Data(whyJSON.utf8))) as? [String: Any] else { return ([], [:]) }
        var reasons: [String: [String]] = [:]
        for rule in object["rules"] as? [[String: Any]] ?? [] {
            if let name = rule["rule"] as? String { reasons[name] = rule["reasons"] as? [String] ?? [] }
        }
        return (object["notes"] as? [String] ?? [], reasons)
    }

    private static func encode(_ value: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

extension MessageStore {
    /// What the worker decided for a message: nil while it is still pending, or for a message no rule ran on.
    func decision(ofMessage id: String) throws -> DecisionRecord? {
        try connection.query("SELECT fired, actions, why FROM decisions WHERE message_id = ?", [.text(id)]) { row in
            DecisionRecord(firedJSON: row.text(0) ?? "[]", actionsJSON: row.text(1) ?? "[]", whyJSON: row.text(2))
        }.first
    }

    /// A journaled message's status: pending, done, own_echo; nil when the journal does not hold it.
    func journalStatus(ofMessage id: String) throws -> String? {
        try connection.query("SELECT status FROM journal WHERE id = ?", [.text(id)]) { $0.text(0) }.first ?? nil
    }

    /// The outbox entries of a message, in the order they were decided.
    func outboxEntries(ofMessage id: String) throws -> [OutboxEntry] {
        try connection.query(
            "SELECT key, kind, payload, status, attempts, last_error, platform_id, next_attempt, rule FROM outbox WHERE message_id = ? ORDER BY rowid",
            [.text(id)]
        ) { row in
            OutboxEntry(
                key: row.text(0) ?? "", messageID: id, contactKey: "", kind: OutboxEntry.Kind(rawValue: row.text(1) ?? "") ?? .reply,
                payload: row.text(2) ?? "", status: OutboxEntry.Status(rawValue: row.text(3) ?? "") ?? .pending,
                attempts: Int(row.integer(4)), nextAttempt: Date(timeIntervalSince1970: row.real(7)), lastError: row.text(5),
                platformID: row.text(6), rule: row.text(8))
        }
    }
}
