import Foundation

/// The outbox seen by destination (a channel's Graph API, a CRM endpoint): what waits for each, and
/// sending it again at once when the destination recovers or the seller fixes it.
extension MessageStore {
    /// The SQL condition selecting a destination's entries of a status (pending by default), and its
    /// parameter.
    private static func condition(_ destination: Destination, status: OutboxEntry.Status = .pending, scope: ContactScope) -> (String, SQLValue) {
        let (condition, parameter): (String, SQLValue) = switch destination {
        case .graphAPI(let channel):
            ("kind = 'reply' AND status = '\(status.rawValue)' AND substr(contact_key, 1, length(?1) + 1) = ?1 || ':'", .text(channel))
        case .endpoint(let name):
            ("kind = 'forward' AND status = '\(status.rawValue)' AND json_extract(payload, '$.endpoint') = ?1", .text(name))
        }
        return (condition + scope.condition(), parameter)
    }

    /// How many entries wait for a destination, and when the oldest was decided.
    func waiting(for destination: Destination, scope: ContactScope = .everyone) throws -> (count: Int, oldest: Date?) {
        let (condition, parameter) = Self.condition(destination, scope: scope)
        return try connection.query("SELECT COUNT(*), MIN(created_at) FROM outbox WHERE \(condition)", [parameter]) { row in
            (Int(row.integer(0)), row.isNull(1) ? nil : Date(timeIntervalSince1970: row.real(1)))
        }.first ?? (0, nil)
    }

    /// Puts a destination's entries that failed for good in the last `within` back in the queue, due at
    /// `now` (the seller fixed what made them fail: a CRM endpoint's URL or secret); returns how many.
    @discardableResult
    func retryFailed(_ destination: Destination, now: Date, within: TimeInterval = 7 * 86_400, scope: ContactScope = .everyone) throws -> Int {
        let (failed, parameter) = Self.condition(destination, status: .failed, scope: scope)
        return try connection.run(
            "UPDATE outbox SET status = 'pending', next_attempt = ?2, first_attempt = NULL WHERE \(failed) AND created_at >= ?3",
            [parameter, .date(now), .date(now.addingTimeInterval(-within))])
    }

    /// Makes a destination's waiting entries due at `now` (all of them, or the `limit` oldest: a probe);
    /// returns how many.
    @discardableResult
    func retryNow(_ destination: Destination, now: Date, limit: Int? = nil, scope: ContactScope = .everyone) throws -> Int {
        let (condition, parameter) = Self.condition(destination, scope: scope)
        let limited = limit.map { " AND key IN (SELECT key FROM outbox WHERE \(condition) AND next_attempt > ?2 ORDER BY created_at LIMIT \($0))" } ?? ""
        return try connection.run(
            "UPDATE outbox SET next_attempt = ?2 WHERE \(condition) AND next_attempt > ?2\(limited)", [parameter, .date(now)])
    }
}
