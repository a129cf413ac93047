import Connectors
import Engine
import Foundation

/// What the platforms say about the messages rulesd sent: WhatsApp delivery statuses, and the echoes
/// of its own replies, which must not look like the seller taking over.
extension MessageStore {
    /// How far a WhatsApp status has got. Statuses arrive out of order; a lower rank never replaces a
    /// higher one. `failed` and `deleted` end the story, so they rank above `read`.
    static func rank(ofDeliveryStatus status: String) -> Int {
        switch status {
        case "sent": 1
        case "delivered": 2
        case "read": 3
        case "failed": 4
        case "deleted": 5
        default: 0
        }
    }

    /// Stores delivery statuses, keeping for each sent message the most advanced one; returns how many
    /// changed what was stored (a status older than the stored one changes nothing). A `failed` status
    /// marks the outbox entry that sent the message failed, with the platform's reason.
    @discardableResult
    func apply(_ statuses: [DeliveryStatus]) throws -> Int {
        let changed = try record(statuses)
        // A reply the customer never got was not heard: its rule's cooldown is lifted, as for one that expired.
        for status in statuses where status.status == "failed" {
            let entries = try connection.query(
                "SELECT key, contact_key, rule FROM outbox WHERE platform_id = ? AND kind = 'reply'", [.text(status.messageID)]
            ) { row in
                OutboxEntry(key: row.text(0) ?? "", messageID: "", contactKey: row.text(1) ?? "", kind: .reply, payload: "", nextAttempt: Date(), rule: row.text(2))
            }
            for entry in entries { try releaseCooldown(ofUnheard: entry) }
        }
        return changed
    }

    private func record(_ statuses: [DeliveryStatus]) throws -> Int {
        try connection.transaction {
            var changed = 0
            for status in statuses {
                let error = status.errorCode.map { code in "\(code): \(status.errorMessage ?? "delivery failed")" } ?? status.errorMessage
                changed += try connection.run(
                    """
                    INSERT INTO deliveries (platform_id, status, rank, at, error) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (platform_id) DO UPDATE SET status = excluded.status, rank = excluded.rank, at = excluded.at,
                        error = COALESCE(excluded.error, deliveries.error)
                    WHERE excluded.rank > deliveries.rank
                    """,
                    [.text(status.messageID), .text(status.status), .integer(Int64(Self.rank(ofDeliveryStatus: status.status))),
                     .date(status.at), .optional(error)])
                if status.status == "failed" {
                    // Accepted with a 200, then not delivered: the outbox says so, with the platform's reason.
                    try connection.run(
                        "UPDATE outbox SET status = 'failed', last_error = ? WHERE platform_id = ?",
                        [.text("the platform accepted the message, then reported it failed: \(error ?? "no reason given")"), .text(status.messageID)])
                }
            }
            return changed
        }
    }

    /// The platform's latest word on the message an outbox entry sent: status and error, or nil.
    func delivery(ofOutboxEntry key: String) throws -> (status: String, error: String?)? {
        try connection.query(
            "SELECT d.status, d.error FROM outbox o JOIN deliveries d ON d.platform_id = o.platform_id WHERE o.key = ?",
            [.text(key)]
        ) { row in (row.text(0) ?? "", row.text(1)) }.first
    }

    /// Whether a business message (or any comment) is the echo of a reply rulesd sent: its id is the id the
    /// platform gave the reply or the public answer, or, for a direct message only (when the send's answer
    /// was lost, as on a timeout), the same text went to the same contact in the `window` before it.
    func isOwnReply(_ echo: Message, window: TimeInterval = 600) throws -> Bool {
        // A reply typed in the console is the seller answering (its id says so), never rulesd's own echo,
        // even when rulesd sent the same words a moment ago: its outbox entry is its own send, not an echo.
        guard echo.from == .business || echo.kind.isComment, !ContactChange.isTypedInConsole(echo) else { return false }
        let byID = try connection.query("SELECT 1 FROM outbox WHERE platform_id = ? AND kind IN ('reply', 'public_reply') LIMIT 1", [.text(echo.id)]) { _ in true }
        if !byID.isEmpty { return true }
        guard echo.from == .business, !echo.kind.isComment, let text = echo.text else { return false }
        let byText = try connection.query(
            """
            SELECT 1 FROM outbox WHERE contact_key = ? AND kind = 'reply' AND payload = ? AND created_at >= ? AND created_at <= ?
                AND status != 'expired' LIMIT 1
            """,
            [.text(echo.contactKey.description), .text(text), .date(echo.at.addingTimeInterval(-window)), .date(echo.at.addingTimeInterval(60))]
        ) { _ in true }
        return !byText.isEmpty
    }
}
