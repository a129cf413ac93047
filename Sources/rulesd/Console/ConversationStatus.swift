import Engine
import Foundation

/// Where a conversation stands for the seller: automatic replies running, paused (by a rule or by hand),
/// taken over by the shop (the seller answered, so rulesd keeps quiet for the takeover time), or needing
/// attention (it carries a tag the seller marked so).
struct ConversationStatus: Sendable, Equatable {
    enum Kind: String, Sendable, CaseIterable {
        case active, paused, takeover, attention
    }

    var kind: Kind
    /// In the seller's words: "paused until 7 Dec 18:00", "taken over by the shop until ...".
    var text: String
    /// Also true for a paused or taken-over conversation that carries an attention tag.
    var needsAttention: Bool

    /// Whether the `--status` / console filter `wanted` matches.
    func matches(_ wanted: Kind) -> Bool { wanted == .attention ? needsAttention : kind == wanted }

    init(_ summary: ConversationSummary, attentionTags: [String], takeover: Duration, now: Date, clock: DisplayTime) {
        needsAttention = attentionTags.contains { summary.state.tags.contains($0) }
        if let until = summary.state.pausedUntil, until > now {
            let byShop = summary.lastShopMessageAt.map { shop in
                takeover > .zero && abs(shop.addingTimeInterval(takeover.timeInterval).timeIntervalSince(until)) < 2
            } ?? false
            if byShop {
                kind = .takeover
                text = "taken over by the shop until \(clock.format(until))"
            } else {
                kind = .paused
                text = until >= ContactChange.untilResumed ? "paused until resumed" : "paused until \(clock.format(until))"
            }
        } else if needsAttention {
            kind = .attention
            text = "needs attention"
        } else {
            kind = .active
            text = "automatic replies on"
        }
        if needsAttention, kind != .attention { text += " · needs attention" }
    }
}

/// Times as the seller reads them: in the shop's time zone (the first `hours` declaration's, else UTC).
struct DisplayTime: Sendable {
    let timeZone: TimeZone

    init(_ ruleSet: CheckedRuleSet) {
        timeZone = ruleSet.hours.values.map(\.timeZone).sorted { $0.identifier < $1.identifier }.first ?? TimeZone(identifier: "UTC")!
    }

    init(timeZone: TimeZone) { self.timeZone = timeZone }

    static let utc = DisplayTime(timeZone: TimeZone(identifier: "UTC")!)

    /// "2026-12-07 16:40 UTC"
    func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let zone = timeZone.identifier == "UTC" || timeZone.identifier == "GMT" ? "UTC" : timeZone.abbreviation(for: date) ?? timeZone.identifier
        return String(format: "%04d-%02d-%02d %02d:%02d ", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0) + zone
    }
}
