import Engine
import Foundation

/// What the dispatcher reads to send an entry: the entry, the journaled message it answers and its
/// contact's state, fetched together so that a send costs one read for a whole batch of entries.
struct DueEntry: Sendable {
    var entry: OutboxEntry
    /// The message's journal JSON; nil if it is missing from the journal.
    var messageJSON: String?
    /// The contact's stored state JSON; nil for a contact with no state yet.
    var stateJSON: String?

    /// The journaled message, decoded.
    func message() throws -> Message? { try messageJSON.map(MessageStore.decodeMessage) }

    /// The contact's state, decoded (an empty state when none is stored).
    func state() throws -> ContactState {
        guard let stateJSON else { return ContactState() }
        return try MessageStore.decodeState(stateJSON)
    }
}

extension MessageStore {
    /// Pending entries due at `now` (of one kind, or of both when `kind` is nil), in the order they were
    /// decided (so a retried entry keeps its place before its contact's later ones), each with its
    /// message and its contact's state. An entry waits while an older one of its contact (of its kind) waits
    /// for a retry, so each contact's replies keep their order. The JSON is decoded by the caller, outside the actor.
    ///
    /// With `contacts`, only those contacts' entries: read again once they are claimed, so that an entry
    /// another lane sent between the first read and the claim is not sent twice.
    func dueForSending(at now: Date, limit: Int, kind: OutboxEntry.Kind?, contacts: [String]? = nil, scope: ContactScope = .everyone) throws -> [DueEntry] {
        var parameters: [SQLValue] = [.date(now), .integer(Int64(limit)), kind.map { .text($0.rawValue) } ?? .null]
        var onlyContacts = ""
        if let contacts {
            guard !contacts.isEmpty else { return [] }
            onlyContacts = " AND o.contact_key IN (" + contacts.indices.map { "?\($0 + 4)" }.joined(separator: ",") + ")"
            parameters += contacts.map(SQLValue.text)
        }
        return try connection.query(
            """
            SELECT o.key, o.message_id, o.contact_key, o.kind, o.payload, o.status, o.attempts, o.next_attempt, o.first_attempt,
                   o.last_error, o.platform_id, j.message, c.state, o.rule, o.choices, o.approved_template, o.fallback
            FROM outbox o LEFT JOIN journal j ON j.id = o.message_id LEFT JOIN contacts c ON c.key = o.contact_key
            WHERE o.status = 'pending' AND o.next_attempt <= ?1 AND (CAST(?3 AS TEXT) IS NULL OR o.kind = ?3)\(onlyContacts)\(scope.condition(on: "o.contact_key"))
                AND NOT EXISTS (
                    SELECT 1 FROM outbox w WHERE w.contact_key = o.contact_key AND w.kind = o.kind AND w.status = 'pending'
                        AND w.rowid < o.rowid AND w.next_attempt > ?1)
            ORDER BY o.rowid LIMIT ?2
            """, parameters
        ) { row in
            // Ties (the replies of one message) go in the order they were decided: rule order.
            var entry = Self.outboxEntry(row)
            entry.rule = row.text(13)
            entry.choices = row.text(14)
            entry.approvedTemplate = row.text(15)
            entry.fallback = row.text(16)
            return DueEntry(entry: entry, messageJSON: row.text(11), stateJSON: row.text(12))
        }
    }

    /// An outbox entry from the first eleven columns of a row, in the order they are selected above.
    private static func outboxEntry(_ row: any SQLRow) -> OutboxEntry {
        OutboxEntry(
            key: row.text(0) ?? "", messageID: row.text(1) ?? "", contactKey: row.text(2) ?? "",
            kind: OutboxEntry.Kind(rawValue: row.text(3) ?? "") ?? .reply, payload: row.text(4) ?? "",
            status: OutboxEntry.Status(rawValue: row.text(5) ?? "") ?? .pending, attempts: Int(row.integer(6)),
            nextAttempt: Date(timeIntervalSince1970: row.real(7)),
            firstAttempt: row.isNull(8) ? nil : Date(timeIntervalSince1970: row.real(8)), lastError: row.text(9),
            platformID: row.text(10))
    }
}
