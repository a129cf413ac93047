import Engine
import Foundation

/// A follow-up scheduled for a contact, as the store keeps it until it fires, is skipped or is cancelled.
struct StoredFollowUp: Sendable, Equatable {
    enum Status: String, Sendable {
        case pending
        /// Its condition held and its actions ran.
        case fired
        /// Due, but its condition did not hold then (the reason is kept).
        case skipped
        /// The customer wrote before it was due, or it was scheduled again.
        case cancelled
    }

    var id: Int64
    var contactKey: String
    var name: String
    /// The message whose rule scheduled it: `message ...` conditions look at it, replies answer it.
    var messageID: String
    var scheduledAt: Date
    var dueAt: Date
    var keep: Bool
    var status: Status
    var outcome: String?
    /// The scheduling message as evaluated (a burst's texts merged), as normalized JSON.
    var messageJSON: String
}

extension MessageStore {
    /// Within a transaction: the customer's message `message` cancels the contact's pending follow-ups
    /// scheduled before it (unless declared `keep`), then the follow-ups its decision scheduled are stored,
    /// each replacing a pending one of the same name.
    func recordFollowUps(after message: Message, scheduling actions: [DecidedAction], now: Date, cancelling: Bool) throws {
        let contact = message.contactKey.description
        if cancelling {
            // Only those not yet due when the customer wrote: one due before is fired, even late.
            try connection.run(
                """
                UPDATE followups SET status = 'cancelled', outcome = 'the customer wrote before it was due', done_at = ?
                WHERE contact_key = ? AND status = 'pending' AND keep = 0 AND message_id != ? AND due_at > ?
                """, [.date(now), .text(contact), .text(message.id), .date(message.at)])
        }
        for case .followUp(let name, let due, let keep, _) in actions {
            try connection.run(
                """
                UPDATE followups SET status = 'cancelled', outcome = 'scheduled again', done_at = ?
                WHERE contact_key = ? AND name = ? AND status = 'pending'
                """, [.date(now), .text(contact), .text(name)])
            try connection.run(
                "INSERT INTO followups (contact_key, name, message_id, message, scheduled_at, due_at, keep) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [.text(contact), .text(name), .text(message.id), .text(message.normalizedJSON), .date(now), .date(due), .integer(keep ? 1 : 0)])
        }
    }

    /// Pending follow-ups due at `now`, the earliest first.
    func dueFollowUps(at now: Date, limit: Int, scope: ContactScope = .everyone) throws -> [StoredFollowUp] {
        try connection.query(
            """
            SELECT f.id, f.contact_key, f.name, f.message_id, f.scheduled_at, f.due_at, f.keep, f.status, f.outcome, f.message FROM followups f
            WHERE f.status = 'pending' AND f.due_at <= ?1\(scope.condition(on: "f.contact_key"))
                -- The customer wrote before it was due and that message waits (in a burst, or behind others):
                -- it decides first whether this one is cancelled.
                AND (f.keep = 1 OR NOT EXISTS (
                    SELECT 1 FROM journal j WHERE j.contact_key = f.contact_key AND j.status = 'pending' AND j.at < f.due_at
                        AND j.id != f.message_id AND json_extract(j.message, '$.from') IS NULL
                        AND json_extract(j.message, '$.kind') != 'echo'))
            ORDER BY f.due_at, f.id LIMIT ?2
            """, [.date(now), .integer(Int64(limit))], row: Self.followUp)
    }

    /// The follow-ups of a contact, oldest first (tests, and what dry-run and the console show).
    func followUps(of contact: ContactKey) throws -> [StoredFollowUp] {
        try connection.query(
            """
            SELECT id, contact_key, name, message_id, scheduled_at, due_at, keep, status, outcome, message FROM followups
            WHERE contact_key = ? ORDER BY id
            """, [.text(contact.description)], row: Self.followUp)
    }

    /// How many follow-ups wait, and how many of them were due more than `late` before `now`.
    func followUpBacklog(now: Date, late: TimeInterval = 60, scope: ContactScope = .everyone) throws -> (pending: Int, overdue: Int) {
        try connection.query(
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN due_at < ? THEN 1 ELSE 0 END), 0) FROM followups WHERE status = 'pending'\(scope.condition())",
            [.date(now.addingTimeInterval(-late))]
        ) { (Int($0.integer(0)), Int($0.integer(1))) }.first ?? (0, 0)
    }

    /// How many follow-ups the store holds in each status.
    func followUpCounts(scope: ContactScope = .everyone) throws -> [String: Int] {
        Dictionary(uniqueKeysWithValues: try connection.query("SELECT status, COUNT(*) FROM followups WHERE TRUE\(scope.condition()) GROUP BY status") { ($0.text(0) ?? "", Int($0.integer(1))) })
    }

    private static func followUp(_ row: any SQLRow) -> StoredFollowUp {
        StoredFollowUp(
            id: row.integer(0), contactKey: row.text(1) ?? "", name: row.text(2) ?? "", messageID: row.text(3) ?? "",
            scheduledAt: Date(timeIntervalSince1970: row.real(4)), dueAt: Date(timeIntervalSince1970: row.real(5)), keep: row.integer(6) != 0,
            status: StoredFollowUp.Status(rawValue: row.text(7) ?? "") ?? .pending, outcome: row.text(8), messageJSON: row.text(9) ?? "")
    }
}
