import Engine
import Foundation

/// One contact as the console's list and `contacts list` show it: who, their state, and the last message.
struct ConversationSummary: Sendable {
    /// `channel:account:contact`, as the store writes it.
    var key: String
    var state: ContactState
    /// The newest message of the conversation, either way (rulesd's own echoes left out); nil before any.
    var lastMessage: Message?
    /// When the shop last wrote by hand (in the app or the console): takeover starts from there.
    var lastShopMessageAt: Date?
    /// When the last message was written (for a contact with none, when it was last changed, by an import).
    var lastActivity: Date

    var contactKey: ContactKey? { ContactKey(storedKey: key) }
}

/// Everything one conversation holds: the messages both ways, what was decided for each customer message,
/// every outbox entry with its delivery status, what is still to come, and what was done by hand.
struct ConversationRecord: Sendable {
    var summary: ConversationSummary
    /// The journal's messages of the contact, oldest first (rulesd's own echoes left out), with whether
    /// each is still waiting for the worker.
    var messages: [(message: Message, pending: Bool)]
    /// What was decided, by message id.
    var decisions: [String: DecisionRecord]
    /// Replies, answers under comments and forwards, in the order they were decided.
    var outbox: [SentEntry]
    /// Follow-ups waiting to fire.
    var pendingFollowUps: [(name: String, dueAt: Date)]
    /// What was done by hand, oldest first.
    var actions: [ContactActionRecord]
}

/// An outbox entry as the console shows it: what it was, and how its delivery went.
struct SentEntry: Sendable {
    var key: String
    var messageID: String
    var kind: OutboxEntry.Kind
    /// The reply's text, or the forward's endpoint JSON.
    var payload: String
    var status: OutboxEntry.Status
    var attempts: Int
    var lastError: String?
    var rule: String?
    var createdAt: Date
    var nextAttempt: Date
    /// WhatsApp's latest status for it (delivered, read, failed), with its time and error.
    var delivery: (status: String, at: Date, error: String?)?
    /// The buttons, link or one-tap question sent with a reply (``ReplyChoices`` JSON).
    var choices: String? = nil

    /// Whether the seller typed it in the console (its journaled message is the shop's own).
    var isManual: Bool { key.hasPrefix(ContactChange.manualReplyPrefix) }
}

/// One thing done to a contact by hand, as `contact_actions` keeps it.
struct ContactActionRecord: Sendable, Equatable {
    var at: Date
    /// tag, untag, pause, resume, reply
    var action: String
    var detail: String
    /// "console" or "command line".
    var by: String
}

extension ContactKey {
    /// A key as the store writes it (`channel:account:contact`); nil for anything else.
    init?(storedKey: String) {
        let parts = storedKey.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let channel = Channel(rawValue: String(parts[0])), !parts[1].isEmpty, !parts[2].isEmpty else { return nil }
        self.init(channel: channel, account: String(parts[1]), contact: String(parts[2]))
    }
}

extension MessageStore {
    /// Every contact with its last message, the most recently active first; with `search`, only those whose
    /// name, username, id or any message's text contains it, case and accents aside ("lucia" finds "Lucía").
    func conversations(search: String? = nil, scope: ContactScope = .everyone) throws -> [ConversationSummary] {
        var filter = "WHERE " + scope.expression(on: "c.key")
        var parameters: [SQLValue] = []
        if let search = search?.trimmingCharacters(in: .whitespaces), !search.isEmpty {
            let pattern = "%" + SQLiteConnection.fold(search).replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
            filter += """
                 AND (rulesd_fold(c.key) LIKE ?1 ESCAPE '\\' OR rulesd_fold(COALESCE(json_extract(c.state, '$.name'), '')) LIKE ?1 ESCAPE '\\'
                    OR rulesd_fold(COALESCE(json_extract(c.state, '$.username'), '')) LIKE ?1 ESCAPE '\\'
                    OR EXISTS (SELECT 1 FROM journal s WHERE s.contact_key = c.key AND s.status != 'own_echo'
                        AND rulesd_fold(COALESCE(json_extract(s.message, '$.text'), '')) LIKE ?1 ESCAPE '\\'))
                """
            parameters.append(.text(pattern))
        }
        return try connection.query(
            """
            SELECT c.key, c.state, c.updated_at,
                (SELECT j.message FROM journal j WHERE j.contact_key = c.key AND j.status != 'own_echo' ORDER BY j.seq DESC LIMIT 1),
                (SELECT MAX(j.at) FROM journal j WHERE j.contact_key = c.key AND j.status != 'own_echo'
                    AND json_extract(j.message, '$.kind') = 'echo')
            FROM contacts c \(filter)
            """, parameters
        ) { row in
            try Self.summary(row)
        }
        .sorted { $0.lastActivity > $1.lastActivity }
    }

    /// One contact's summary; nil for a contact never stored.
    func conversation(_ key: String) throws -> ConversationSummary? {
        try connection.query(
            """
            SELECT c.key, c.state, c.updated_at,
                (SELECT j.message FROM journal j WHERE j.contact_key = c.key AND j.status != 'own_echo' ORDER BY j.seq DESC LIMIT 1),
                (SELECT MAX(j.at) FROM journal j WHERE j.contact_key = c.key AND j.status != 'own_echo'
                    AND json_extract(j.message, '$.kind') = 'echo')
            FROM contacts c WHERE c.key = ?
            """, [.text(key)]
        ) { try Self.summary($0) }.first
    }

    private static func summary(_ row: any SQLRow) throws -> ConversationSummary {
        let state = try decodeState(row.text(1) ?? "{}")
        let last = try row.text(3).map(decodeMessage)
        let updated = Date(timeIntervalSince1970: row.real(2))
        return ConversationSummary(
            key: row.text(0) ?? "", state: state, lastMessage: last,
            lastShopMessageAt: row.isNull(4) ? nil : Date(timeIntervalSince1970: row.real(4)),
            lastActivity: last?.at ?? updated)
    }

    /// One conversation, whole (its newest `limit` messages); nil for a contact never stored.
    func conversationRecord(_ key: String, limit: Int = 300) throws -> ConversationRecord? {
        guard let summary = try conversation(key) else { return nil }
        let messages = try connection.query(
            """
            SELECT message, status FROM (
                SELECT seq, message, status FROM journal WHERE contact_key = ? AND status != 'own_echo' ORDER BY seq DESC LIMIT ?
            ) AS recent ORDER BY seq
            """, [.text(key), .integer(Int64(limit))]
        ) { row in (try Self.decodeMessage(row.text(0) ?? ""), row.text(1) == "pending") }
        var decisions: [String: DecisionRecord] = [:]
        _ = try connection.query("SELECT message_id, fired, actions, why FROM decisions WHERE contact_key = ?", [.text(key)]) { row in
            decisions[row.text(0) ?? ""] = DecisionRecord(firedJSON: row.text(1) ?? "[]", actionsJSON: row.text(2) ?? "[]", whyJSON: row.text(3))
        }
        let outbox = try connection.query(
            "SELECT \(Self.sentEntryColumns) FROM outbox o LEFT JOIN deliveries d ON d.platform_id = o.platform_id WHERE o.contact_key = ? ORDER BY o.rowid",
            [.text(key)], row: Self.sentEntry)
        let followUps = try connection.query(
            "SELECT name, due_at FROM followups WHERE contact_key = ? AND status = 'pending' ORDER BY due_at", [.text(key)]
        ) { row in (name: row.text(0) ?? "", dueAt: Date(timeIntervalSince1970: row.real(1))) }
        return ConversationRecord(
            summary: summary, messages: messages, decisions: decisions, outbox: outbox, pendingFollowUps: followUps,
            actions: try contactActions(key))
    }

    /// The columns ``sentEntry(_:)`` reads, from `outbox o` joined with `deliveries d`.
    static let sentEntryColumns = """
        o.key, o.message_id, o.kind, o.payload, o.status, o.attempts, o.last_error, o.rule, o.created_at, o.next_attempt, d.status, d.at, d.error,
        o.choices
        """

    /// An outbox entry with its delivery, from a row of ``sentEntryColumns``.
    static func sentEntry(_ row: any SQLRow) -> SentEntry {
        SentEntry(
            key: row.text(0) ?? "", messageID: row.text(1) ?? "", kind: OutboxEntry.Kind(rawValue: row.text(2) ?? "") ?? .reply,
            payload: row.text(3) ?? "", status: OutboxEntry.Status(rawValue: row.text(4) ?? "") ?? .pending, attempts: Int(row.integer(5)),
            lastError: row.text(6), rule: row.text(7), createdAt: Date(timeIntervalSince1970: row.real(8)),
            nextAttempt: Date(timeIntervalSince1970: row.real(9)),
            delivery: row.isNull(10) ? nil : (row.text(10) ?? "", Date(timeIntervalSince1970: row.real(11)), row.text(12)),
            choices: row.text(13))
    }

    /// What was done to a contact by hand, oldest first.
    func contactActions(_ key: String) throws -> [ContactActionRecord] {
        try connection.query("SELECT at, action, detail, by FROM contact_actions WHERE contact_key = ? ORDER BY seq", [.text(key)]) { row in
            ContactActionRecord(at: Date(timeIntervalSince1970: row.real(0)), action: row.text(1) ?? "", detail: row.text(2) ?? "", by: row.text(3) ?? "")
        }
    }

    /// The contacts whose key, id or @username is `reference` (`contacts show ana.shop`, `@ana.shop`,
    /// `instagram:1784...:6100...` or `6100...`).
    func contactKeys(matching reference: String) throws -> [String] {
        let wanted = reference.hasPrefix("@") ? String(reference.dropFirst()) : reference
        if try storedState(key: wanted) != nil { return [wanted] }
        return try connection.query(
            """
            SELECT key FROM contacts WHERE key LIKE ? ESCAPE '\\' OR json_extract(state, '$.username') = ? ORDER BY key
            """, [.text("%:" + wanted.replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")), .text(wanted)]
        ) { $0.text(0) ?? "" }
    }
}
