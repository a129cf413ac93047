import Engine
import Foundation

/// What the rules did, day by day: the console's charts and its list of rules that never fired.
struct RuleActivity: Sendable, Equatable {
    /// Fires per rule per day (`yyyy-MM-dd` in the time zone asked for).
    var fires: [String: [String: Int]] = [:]
    /// Replies sent (and answers under comments) per rule per day.
    var replies: [String: [String: Int]] = [:]
    /// The first decision the store still holds: "never fired" means since then.
    var since: Date?
}

/// The outbox per destination: what waits, what failed or expired recently, and why.
struct DestinationSummary: Sendable, Equatable {
    /// "instagram", "whatsapp", or "CRM NAME".
    var destination: String
    var waiting = 0
    var failed = 0
    var expired = 0
    /// The reasons of recent failures, most frequent first, with their counts.
    var reasons: [(reason: String, count: Int)] = []

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.destination == rhs.destination && lhs.waiting == rhs.waiting && lhs.failed == rhs.failed && lhs.expired == rhs.expired
            && lhs.reasons.map(\.reason) == rhs.reasons.map(\.reason) && lhs.reasons.map(\.count) == rhs.reasons.map(\.count)
    }
}

extension MessageStore {
    /// Fires and replies per rule per day from `since` on, the days counted in `timeZone`.
    func ruleActivity(since: Date, timeZone: TimeZone, scope: ContactScope = .everyone) throws -> RuleActivity {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        func day(_ seconds: Double) -> String {
            let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: seconds))
            return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        }
        var activity = RuleActivity()
        _ = try connection.query(
            "SELECT r.value, d.decided_at FROM decisions d, \(connection.jsonArrayElements("d.fired", as: "r")) WHERE d.decided_at >= ?\(scope.condition(on: "d.contact_key"))", [.date(since)]
        ) { row in
            activity.fires[row.text(0) ?? "", default: [:]][day(row.real(1)), default: 0] += 1
        }
        _ = try connection.query(
            """
            SELECT rule, created_at FROM outbox
            WHERE kind IN ('reply', 'public_reply') AND status = 'sent' AND rule IS NOT NULL AND created_at >= ?\(scope.condition())
            """, [.date(since)]
        ) { row in
            activity.replies[row.text(0) ?? "", default: [:]][day(row.real(1)), default: 0] += 1
        }
        activity.since = try connection.query("SELECT MIN(decided_at) FROM decisions WHERE \(scope.expression())") { $0.isNull(0) ? nil : Date(timeIntervalSince1970: $0.real(0)) }.first ?? nil
        return activity
    }

    /// The rules that fired at least once in the decisions the store holds.
    func rulesEverFired(scope: ContactScope = .everyone) throws -> Set<String> {
        Set(try connection.query("SELECT DISTINCT r.value FROM decisions d, \(connection.jsonArrayElements("d.fired", as: "r")) WHERE \(scope.expression(on: "d.contact_key"))") { $0.text(0) ?? "" })
    }

    /// The outbox per destination: waiting now, and failed or expired since `since`, with their reasons.
    func destinationSummaries(since: Date, scope: ContactScope = .everyone) throws -> [DestinationSummary] {
        let destination = """
            CASE WHEN kind = 'forward' THEN 'CRM ' || COALESCE(json_extract(payload, '$.endpoint'), '?')
                 ELSE substr(contact_key, 1, instr(contact_key, ':') - 1) END
            """
        var summaries: [String: DestinationSummary] = [:]
        _ = try connection.query(
            """
            SELECT \(destination), status, COUNT(*) FROM outbox
            WHERE (status = 'pending' OR (status IN ('failed', 'expired') AND created_at >= ?))\(scope.condition()) GROUP BY 1, 2
            """, [.date(since)]
        ) { row in
            let name = row.text(0) ?? "?"
            var summary = summaries[name] ?? DestinationSummary(destination: name)
            let count = Int(row.integer(2))
            switch row.text(1) {
            case "pending": summary.waiting += count
            case "failed": summary.failed += count
            default: summary.expired += count
            }
            summaries[name] = summary
        }
        _ = try connection.query(
            """
            SELECT \(destination), COALESCE(last_error, 'no reason recorded'), COUNT(*) FROM outbox
            WHERE status IN ('failed', 'expired') AND created_at >= ?\(scope.condition()) GROUP BY 1, 2 ORDER BY 3 DESC
            """, [.date(since)]
        ) { row in
            summaries[row.text(0) ?? "?"]?.reasons.append((row.text(1) ?? "", Int(row.integer(2))))
        }
        return summaries.values.sorted { $0.destination < $1.destination }
    }

    /// When events last arrived, per channel and webhook field, as `rulesd doctor --db` reads them.
    func eventArrivals(scope: ContactScope = .everyone) throws -> EventArrivals {
        try EventArrivals.read(connection, scope: scope)
    }

    // MARK: Retention

    /// Deletes what is older than `before` and finished: decisions, handled messages, sent or failed outbox
    /// entries and their delivery statuses, finished follow-ups and changes by hand. Raw bodies that could not
    /// be read are kept: they are evidence, and rare. Pending work is never deleted. It deletes in batches of
    /// `batch` rows, each its own transaction, so the webhooks' writes wait for one batch at most. Returns how
    /// many rows went, in all.
    @discardableResult
    func prune(before cutoff: Date, batch: Int = 2000) throws -> Int {
        let at = SQLValue.date(cutoff)
        let limit = SQLValue.integer(Int64(batch))
        let statements = [
            "DELETE FROM decisions WHERE rowid IN (SELECT rowid FROM decisions WHERE decided_at < ?1 LIMIT ?2)",
            """
            DELETE FROM deliveries WHERE rowid IN (SELECT d.rowid FROM deliveries d JOIN outbox o ON o.platform_id = d.platform_id
                WHERE d.at < ?1 AND o.status != 'pending' AND o.created_at < ?1 LIMIT ?2)
            """,
            "DELETE FROM outbox WHERE rowid IN (SELECT rowid FROM outbox WHERE status != 'pending' AND created_at < ?1 LIMIT ?2)",
            """
            DELETE FROM journal WHERE seq IN (SELECT seq FROM journal WHERE status != 'pending' AND received_at < ?1
                AND id NOT IN (SELECT message_id FROM outbox) AND id NOT IN (SELECT message_id FROM followups WHERE status = 'pending') LIMIT ?2)
            """,
            "DELETE FROM followups WHERE id IN (SELECT id FROM followups WHERE status != 'pending' AND COALESCE(done_at, due_at) < ?1 LIMIT ?2)",
            "DELETE FROM contact_actions WHERE seq IN (SELECT seq FROM contact_actions WHERE at < ?1 LIMIT ?2)",
        ]
        var removed = 0
        for statement in statements {
            while true {
                let count = try connection.transaction { try connection.run(statement, [at, limit]) }
                removed += count
                if count < batch { break }
            }
        }
        return removed
    }
}
