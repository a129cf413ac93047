import Engine
import Foundation

/// When `serve` last received an event of each channel and webhook field, from its database's journal:
/// a field that stopped arriving (an unsubscribed app, a lost permission) shows here first.
struct EventArrivals: Sendable {
    /// The events of one channel and webhook field.
    struct Arrivals: Sendable, Equatable {
        var channel: String
        var field: String
        var first: Date
        var last: Date
        var count: Int
    }

    var arrivals: [Arrivals]

    /// The order fields are listed in.
    static let fieldOrder = ["messages", "messaging_postbacks", "comments", "live_comments", "message_reactions", "messaging_seen", "standby"]

    /// Reads the journal of the database at `path` (a SQLite file, opened read-only: a running `serve` may
    /// be writing it; or a PostgreSQL address).
    /// - Throws: ``UsageError`` when it cannot be read or has no journal.
    static func read(path: String) async throws(UsageError) -> EventArrivals {
        do {
            if PostgresLocation.isAddress(path) { return try await MessageStore.open(path: path).eventArrivals() }
            return try read(SQLiteConnection(path: path, readOnly: true))
        } catch {
            throw UsageError(description: "cannot read the journal of \(path) (is it the database of rulesd serve?): \(error)")
        }
    }

    /// Reads the journal through `connection`. Replies typed in the console are left out: they say nothing of
    /// whether Meta's webhooks still arrive.
    static func read(_ connection: any SQLDatabase, scope: ContactScope = .everyone) throws -> EventArrivals {
        let sql = """
            SELECT substr(contact_key, 1, instr(contact_key, ':') - 1),
                   CASE WHEN CAST(json_extract(message, '$.standby') AS INTEGER) = 1 THEN 'standby' ELSE json_extract(message, '$.kind') END,
                   MIN(received_at), MAX(received_at), COUNT(*)
            FROM journal WHERE id NOT LIKE '\(ContactChange.consoleMessagePrefix)%'\(scope.condition()) GROUP BY 1, 2
            """
        let rows = try connection.query(sql) { row in
            let channel = row.text(0) ?? ""
            return Arrivals(
                channel: channel, field: Self.field(ofKind: row.text(1) ?? "text", channel: channel),
                first: Date(timeIntervalSince1970: row.real(2)), last: Date(timeIntervalSince1970: row.real(3)),
                count: Int(row.integer(4)))
        }
        var merged: [Arrivals] = []
        for row in rows {
            guard let index = merged.firstIndex(where: { $0.channel == row.channel && $0.field == row.field }) else {
                merged.append(row)
                continue
            }
            merged[index].first = min(merged[index].first, row.first)
            merged[index].last = max(merged[index].last, row.last)
            merged[index].count += row.count
        }
        return EventArrivals(arrivals: merged)
    }

    /// When the last event of each channel arrived, whatever its field.
    var lastPerChannel: [String: Date] {
        arrivals.reduce(into: [:]) { last, entry in last[entry.channel] = max(last[entry.channel] ?? entry.last, entry.last) }
    }

    /// The webhook field a journaled kind arrives in. WhatsApp sends everything in `messages`.
    static func field(ofKind kind: String, channel: String) -> String {
        guard channel == Channel.instagram.rawValue else { return "messages" }
        switch kind {
        case "comment": return "comments"
        case "live_comment": return "live_comments"
        case "postback": return "messaging_postbacks"
        case "reaction": return "message_reactions"
        case "read": return "messaging_seen"
        case "standby": return "standby"
        default: return "messages"
        }
    }

    /// One line per channel and field with the age of its last event; a field the rules need with no
    /// event at all is a problem once the channel has been receiving events for a day, a note before.
    func findings(channels: [Channel], rules: DoctorRules, now: Date) -> [DoctorFinding] {
        var findings: [DoctorFinding] = []
        for channel in channels {
            let name = channel.rawValue
            let mine = arrivals.filter { $0.channel == name }
            guard let oldest = mine.map(\.first).min() else {
                findings.append(.note("\(name): no event received yet (the database has none from \(name))"))
                continue
            }
            for field in Self.fieldOrder {
                guard let entry = mine.first(where: { $0.field == field }) else { continue }
                findings.append(.ok("\(name) \(field): last event \(Self.age(now.timeIntervalSince(entry.last)))"))
            }
            // Customers' messages now arrive on standby only: another app (Meta's inbox, a person's tool)
            // owns the conversations, and rulesd keeps them without answering (PLATFORMS.md §12.4).
            if let standby = mine.first(where: { $0.field == "standby" }),
                standby.last > (mine.first { $0.field == "messages" }?.last ?? .distantPast)
            {
                findings.append(.problem(
                    "\(name): customers' messages now arrive on standby (the last one \(Self.age(now.timeIntervalSince(standby.last)))), not to rulesd: another app owns the conversations, and rulesd does not answer them",
                    fix: "in Meta Business Suite (Settings, Conversation routing or Automations), make rulesd's app the one that answers, "
                        + "or pass the conversations back to it from the Instagram inbox"))
            }
            let needed = ["messages"] + (channel == .instagram && rules.seesComments ? ["comments"] : [])
            for field in needed where !mine.contains(where: { $0.field == field }) {
                guard now.timeIntervalSince(oldest) > 86_400 else {
                    findings.append(.note("\(name) \(field): no event received yet"))
                    continue
                }
                let fix = field == "comments"
                    ? "check the subscription above (comments must be subscribed) and that the account is a public professional account"
                    : "check the subscription above and the callback URL in the App Dashboard (Webhooks): "
                        + "it must reach rulesd serve's /webhooks/\(name)"
                findings.append(.problem(
                    "\(name) \(field): no event received, though the first \(name) event arrived \(Self.age(now.timeIntervalSince(oldest)))",
                    fix: fix))
            }
        }
        return findings
    }

    /// "less than a minute ago", "12 min ago", "3 h ago", "4 days ago".
    static func age(_ seconds: TimeInterval) -> String {
        let whole = max(0, Int(seconds))
        switch whole {
        case ..<60: return "less than a minute ago"
        case ..<3_600: return "\(whole / 60) min ago"
        case ..<(2 * 86_400): return "\(whole / 3_600) h ago"
        default: return "\(whole / 86_400) days ago"
        }
    }
}
