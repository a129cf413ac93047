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
}

extension MessageStore {
    /// Within a transaction: the customer's message `message` cancels the contact's pending follow-ups
    /// scheduled before it (unless declared `keep`), then the follow-ups its decision scheduled are stored,
    /// each replacing a pending one of the same name.
    func recordFollowUps(after message: Message, scheduling actions: [DecidedAction], now: Date, cancelling: Bool) throws {
        let contact = message.contactKey.description
        if cancelling {
            try connection.run(
                """
                UPDATE followups SET status = 'cancelled', outcome = 'the customer wrote before it was due', done_at = ?
                WHERE contact_key = ? AND status = 'pending' AND keep = 0 AND message_id != ?
                """, [.date(now), .text(contact), .text(message.id)])
        }
        for case .followUp(let name, let due, let keep, _) in actions {
            try connection.run(
                """
                UPDATE followups SET status = 'cancelled', outcome = 'scheduled again', done_at = ?
                WHERE contact_key = ? AND name = ? AND status = 'pending'
                """, [.date(now), .text(contact), .text(name)])
            try connection.run(
                "INSERT INTO followups (contact_key, name, message_id, scheduled_at, due_at, keep) VALUES (?, ?, ?, ?, ?, ?)",
                [.text(contact), .text(name), .text(message.id), .date(now), .date(due), .integer(keep ? 1 : 0)])
        }
    }

    /// Pending follow-ups due at `now`, the earliest first.
    func dueFollowUps(at now: Date, limit: Int) throws -> [StoredFollowUp] {
        try connection.query(
            """
            SELECT id, contact_key, name, message_id, scheduled_at, due_at, keep, status, outcome FROM followups
            WHERE status = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT ?
            """, [.date(now), .integer(Int64(limit))], row: Self.followUp)
    }

    /// The follow-ups of a contact, oldest first (tests, and what dry-run and the console show).
    func followUps(of contact: ContactKey) throws -> [StoredFollowUp] {
        try connection.query(
            """
            SELECT id, contact_key, name, message_id, scheduled_at, due_at, keep, status, outcome FROM followups
            WHERE contact_key = ? ORDER BY id
            """, [.text(contact.description)], row: Self.followUp)
    }

    /// How many follow-ups wait, and how many of them were due more than `late` before `now`.
    func followUpBacklog(now: Date, late: TimeInterval = 60) throws -> (pending: Int, overdue: Int) {
        try connection.query(
            "SELECT COUNT(*), COALESCE(SUM(due_at < ?), 0) FROM followups WHERE status = 'pending'", [.date(now.addingTimeInterval(-late))]
        ) { (Int($0.integer(0)), Int($0.integer(1))) }.first ?? (0, 0)
    }

    /// How many follow-ups the store holds in each status.
    func followUpCounts() throws -> [String: Int] {
        Dictionary(uniqueKeysWithValues: try connection.query("SELECT status, COUNT(*) FROM followups GROUP BY status") { ($0.text(0) ?? "", Int($0.integer(1))) })
    }

    /// A journaled message by id.
    func journaledMessage(_ id: String) throws -> Message? {
        try connection.query("SELECT message FROM journal WHERE id = ?", [.text(id)]) { row in try Self.decodeMessage(row.text(0) ?? "") }.first
    }

    private static func followUp(_ row: SQLiteStatement) -> StoredFollowUp {
        StoredFollowUp(
            id: row.integer(0), contactKey: row.text(1) ?? "", name: row.text(2) ?? "", messageID: row.text(3) ?? "",
            scheduledAt: Date(timeIntervalSince1970: row.real(4)), dueAt: Date(timeIntervalSince1970: row.real(5)), keep: row.integer(6) != 0,
            status: StoredFollowUp.Status(rawValue: row.text(7) ?? "") ?? .pending, outcome: row.text(8))
    }
}
