import Engine
import Foundation

/// A journaled message with what was decided for it and how each send went: one line of
/// `rulesd export --decisions`.
struct DecidedMessage: Sendable {
    var message: Message
    /// Nil for a message no rule ran on (the shop's own, a status) or one still pending.
    var decision: DecisionRecord?
    var decidedAt: Date?
    /// The replies, answers and forwards decided for it, with their delivery.
    var sends: [SentEntry]
}

extension MessageStore {
    /// The journal from `since` on, in arrival order, each message with its decision and sends (rulesd's
    /// own echoes left out, as in ``journal(since:)``).
    func decidedJournal(since: Date) throws -> [DecidedMessage] {
        var sends: [String: [SentEntry]] = [:]
        _ = try connection.query(
            """
            SELECT \(Self.sentEntryColumns)
            FROM outbox o JOIN journal j ON j.id = o.message_id LEFT JOIN deliveries d ON d.platform_id = o.platform_id
            WHERE j.at >= ? ORDER BY o.rowid
            """, [.date(since)]
        ) { row in
            let entry = Self.sentEntry(row)
            sends[entry.messageID, default: []].append(entry)
        }
        return try connection.query(
            """
            SELECT j.message, d.fired, d.actions, d.why, d.decided_at FROM journal j LEFT JOIN decisions d ON d.message_id = j.id
            WHERE j.at >= ? AND j.status != 'own_echo' ORDER BY j.seq
            """, [.date(since)]
        ) { row in
            let message = try Self.decodeMessage(row.text(0) ?? "")
            let decision = row.isNull(1) ? nil : DecisionRecord(firedJSON: row.text(1) ?? "[]", actionsJSON: row.text(2) ?? "[]", whyJSON: row.text(3))
            return DecidedMessage(
                message: message, decision: decision, decidedAt: row.isNull(4) ? nil : Date(timeIntervalSince1970: row.real(4)),
                sends: sends[message.id] ?? [])
        }
    }
}

extension DecidedMessage {
    /// The message's normalized JSON with a `decision` object: `{"at", "fired": [{"rule", "reasons"}], "notes",
    /// "actions", "sends": [{"kind", "rule", "text" | "endpoint", "status", "error", "delivery"}]}`. `dry-run`
    /// reads the line as the message and ignores the decision.
    var jsonLine: String {
        var object = (try? JSONSerialization.jsonObject(with: Data(message.normalizedJSON.utf8))) as? [String: Any] ?? [:]
        if let decision {
            let why = decision.why
            var decided: [String: Any] = [
                "fired": decision.firedRules.map { ["rule": $0, "reasons": why.reasons[$0] ?? []] as [String: Any] },
                "notes": why.notes, "actions": decision.actions,
            ]
            if let decidedAt { decided["at"] = Timestamps.formatISO8601(decidedAt) }
            decided["sends"] = sends.map { entry -> [String: Any] in
                var send: [String: Any] = ["kind": entry.kind.rawValue, "status": entry.status.rawValue]
                if entry.kind == .forward {
                    send["endpoint"] = ((try? JSONSerialization.jsonObject(with: Data(entry.payload.utf8))) as? [String: Any])?["endpoint"] ?? NSNull()
                } else {
                    send["text"] = entry.payload
                }
                if let rule = entry.rule { send["rule"] = rule }
                if let error = entry.lastError { send["error"] = error }
                if let delivery = entry.delivery {
                    var status: [String: Any] = ["status": delivery.status, "at": Timestamps.formatISO8601(delivery.at)]
                    if let error = delivery.error { status["error"] = error }
                    send["delivery"] = status
                }
                return send
            }
            object["decision"] = decided
        } else if !sends.isEmpty {
            // The shop's reply typed in the console: its own send.
            object["decision"] = ["sends": sends.map { ["kind": $0.kind.rawValue, "status": $0.status.rawValue, "text": $0.payload] }]
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
