import Engine
import Foundation

/// The conversations list, as its template reads it.
struct ConversationListView {
    struct Option { var value: String; var label: String; var selected: Bool }
    struct Row {
        var key: String
        var link: String
        var channel: String
        var channelName: String
        var name: String
        var username: String?
        var status: String
        var statusClass: String
        var attention: Bool
        var tags: [String]
        var lastFrom: String?
        var lastText: String
        var lastISO: String
        var lastTime: String
    }

    var csrf: String
    var navConversations = true
    var query: String
    var channels: [Option]
    var statuses: [Option]
    var tags: [Option]
    var rows: [Row]
    var countText: String
    var attentionTags: String
    var error: String?
    var notice: String?
}

/// The filters of the conversations list (`/console?q=&channel=&status=&tag=`, and `contacts list`).
struct ConversationFilter: Sendable {
    var search: String?
    var channel: Channel?
    var status: ConversationStatus.Kind?
    var tag: String?

    func keeps(_ summary: ConversationSummary, status: ConversationStatus) -> Bool {
        if let channel, summary.contactKey?.channel != channel { return false }
        if let wanted = self.status, !status.matches(wanted) { return false }
        if let tag, !tag.isEmpty, !summary.state.tags.contains(tag) { return false }
        return true
    }
}

/// One conversation, as its template reads it.
struct ConversationView {
    struct Tag { var name: String }
    struct Why { var rule: String; var reasons: String }
    struct Fired { var rules: [Why] }
    struct Event {
        var side: String
        var who: String
        var iso: String
        var time: String
        var text: String?
        var lines: [String] = []
        var state: String?
        var stateClass: String?
        var fired: Fired?
        var notes: [String] = []
        var order: (Date, Int)
    }

    var csrf: String
    var navConversations = true
    var base: String
    var channel: String
    var channelName: String
    var name: String
    var username: String?
    var contact: String
    var status: String
    var statusClass: String
    var firstSeen: String
    var messageCountText: String
    var window: String?
    var tags: [Tag]
    var paused: Bool
    var pausedText: String
    var events: [Event]
    var pending: [String]
    var hasPending: Bool
    var takeover: String?
    var draft: String
    var error: String?
    var notice: String?
}

/// Builds the conversation pages from what the store holds.
struct ConversationPages {
    let clock: DisplayTime
    let takeover: Duration
    let attentionTags: [String]
    let now: Date
    /// The title of WhatsApp's list button (`option list_button`), for describing a reply's list.
    var listButton = "Options"

    /// The console's link to a conversation.
    static func link(_ key: String) -> String {
        "/console/conversations/" + (key.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? key)
    }

    func status(_ summary: ConversationSummary) -> ConversationStatus {
        ConversationStatus(summary, attentionTags: attentionTags, takeover: takeover, now: now, clock: clock)
    }

    /// The list, filtered first and then cut to `limit` rows (the most recent).
    func list(_ summaries: [ConversationSummary], filter: ConversationFilter, allTags: [String], csrf: String, limit: Int = 500) -> ConversationListView {
        var rows: [ConversationListView.Row] = []
        var matching = 0
        for summary in summaries {
            let status = status(summary)
            guard filter.keeps(summary, status: status) else { continue }
            matching += 1
            guard rows.count < limit else { continue }
            let key = summary.contactKey
            let last = summary.lastMessage
            rows.append(ConversationListView.Row(
                key: summary.key, link: Self.link(summary.key), channel: key?.channel.rawValue ?? "", channelName: key?.channel.displayName ?? "?",
                name: Self.name(summary), username: summary.state.username ?? last?.username, status: status.text, statusClass: status.kind.rawValue,
                attention: status.needsAttention, tags: summary.state.tags.sorted,
                lastFrom: last.map { $0.from == .business ? "Shop" : "Customer" }, lastText: last.map(Self.describe) ?? "",
                lastISO: Timestamps.formatISO8601(summary.lastActivity), lastTime: clock.format(summary.lastActivity)))
        }
        func options(_ values: [(String, String)], selected: String?) -> [ConversationListView.Option] {
            values.map { ConversationListView.Option(value: $0.0, label: $0.1, selected: $0.0 == (selected ?? "")) }
        }
        return ConversationListView(
            csrf: csrf, query: filter.search ?? "",
            channels: options([("", "all"), ("instagram", "Instagram"), ("whatsapp", "WhatsApp")], selected: filter.channel?.rawValue),
            statuses: options(
                [("", "any"), ("active", "automatic replies on"), ("paused", "paused"), ("takeover", "taken over by the shop"), ("attention", "needs attention")],
                selected: filter.status?.rawValue),
            tags: options([("", "any")] + allTags.map { ($0, $0) }, selected: filter.tag),
            rows: rows,
            countText: (matching == 1 ? "1 conversation" : "\(matching) conversations") + (matching > rows.count ? " (the \(rows.count) most recent shown)" : ""),
            attentionTags: attentionTags.joined(separator: ", "))
    }

    func conversation(_ record: ConversationRecord, csrf: String) -> ConversationView {
        let summary = record.summary
        let key = summary.contactKey
        let status = status(summary)
        var events: [ConversationView.Event] = []
        let outboxByMessage = Dictionary(grouping: record.outbox, by: \.messageID)
        for (index, item) in record.messages.enumerated() {
            let message = item.message
            let order = (message.at, index * 100)
            if message.from == .business {
                let manual = outboxByMessage[message.id]?.first { $0.isManual }
                var event = ConversationView.Event(
                    side: "shop", who: manual != nil ? "Shop (typed in the console)" : "Shop (from the app)", iso: Timestamps.formatISO8601(message.at),
                    time: clock.format(message.at), text: Self.describe(message), order: order)
                if let manual { (event.state, event.stateClass) = delivery(manual) }
                events.append(event)
                continue
            }
            var event = ConversationView.Event(
                side: "customer", who: Self.name(summary), iso: Timestamps.formatISO8601(message.at), time: clock.format(message.at),
                text: Self.describe(message), order: order)
            if let post = message.postID { event.lines.append("comment on post \(post)" + (message.surface.map { " (\($0))" } ?? "")) }
            if item.pending {
                event.notes.append("waiting for the rules")
            } else if let decision = record.decisions[message.id] {
                let why = decision.why
                let fired = decision.firedRules
                if fired.isEmpty {
                    event.notes.append("no rule fired")
                } else {
                    event.fired = ConversationView.Fired(rules: fired.map { ConversationView.Why(rule: $0, reasons: (why.reasons[$0] ?? []).joined(separator: "; ")) })
                }
                event.notes += why.notes
                event.lines += decision.actions.compactMap { describeAction($0) }
            } else if !message.isEvaluated {
                event.notes.append("not for the rules (\(message.standby ? "another app answers this chat" : message.kind.rawValue))")
            }
            events.append(event)
            for (offset, entry) in (outboxByMessage[message.id] ?? []).enumerated() where !entry.isManual {
                events.append(sent(entry, order: (message.at, index * 100 + offset + 1), channel: message.channel))
            }
        }
        for (index, action) in record.actions.enumerated() where action.action != "reply" {
            events.append(ConversationView.Event(
                side: "note", who: "\(action.detail) (\(action.by))", iso: Timestamps.formatISO8601(action.at), time: clock.format(action.at),
                order: (action.at, index)))
        }
        events.sort { $0.order.0 == $1.order.0 ? $0.order.1 < $1.order.1 : $0.order.0 < $1.order.0 }
        var pending = record.pendingFollowUps.map { "follow-up \"\($0.name)\" at \(clock.format($0.dueAt))" }
        pending += record.outbox.filter { $0.status == .pending }.map { entry in
            let what = entry.kind == .forward ? "forward to \(Self.endpoint(entry))" : "reply \"\(Self.shorten(entry.payload))\""
            return entry.attempts > 0 ? "\(what): retrying at \(clock.format(entry.nextAttempt)) (\(entry.lastError ?? "failed"))" : "\(what): being sent"
        }
        let paused = summary.state.pausedUntil.map { $0 > now } ?? false
        var window: String?
        if let last = summary.state.lastInboundAt {
            let closes = last.addingTimeInterval(MessagingWindow.seconds)
            window = closes > now ? "you can answer until \(clock.format(closes))" : "the 24-hour window to answer closed \(clock.format(closes))"
        }
        return ConversationView(
            csrf: csrf, base: Self.link(summary.key), channel: key?.channel.rawValue ?? "", channelName: key?.channel.displayName ?? "?",
            name: Self.name(summary), username: summary.state.username, contact: key?.contact ?? summary.key, status: status.text,
            statusClass: status.kind.rawValue, firstSeen: summary.state.firstSeen.map(clock.format) ?? "—",
            messageCountText: summary.state.messageCount == 1 ? "1 message" : "\(summary.state.messageCount) messages",
            window: window, tags: summary.state.tags.sorted.map(ConversationView.Tag.init), paused: paused,
            pausedText: pausedText(summary, status: status),
            events: events, pending: pending, hasPending: !pending.isEmpty,
            takeover: takeover > .zero ? DurationText.words(takeover.timeInterval) : nil, draft: "")
    }

    /// Why rulesd keeps quiet with this customer, in the seller's words.
    private func pausedText(_ summary: ConversationSummary, status: ConversationStatus) -> String {
        guard let until = summary.state.pausedUntil, until > now else { return "" }
        if status.kind == .takeover { return "You answered this customer, so rulesd keeps quiet until \(clock.format(until))." }
        if until >= ContactChange.untilResumed { return "Automatic replies are paused until you resume them." }
        return "Automatic replies are paused until \(clock.format(until))."
    }

    /// A reply, an answer under a comment or a forward, with how its delivery went.
    private func sent(_ entry: SentEntry, order: (Date, Int), channel: Channel) -> ConversationView.Event {
        let (state, stateClass) = delivery(entry)
        switch entry.kind {
        case .forward:
            return ConversationView.Event(
                side: "note", who: "Forwarded to \(Self.endpoint(entry))" + (entry.rule.map { " (rule \($0))" } ?? ""),
                iso: Timestamps.formatISO8601(entry.createdAt), time: clock.format(entry.createdAt), state: state, stateClass: stateClass, order: order)
        case .reply, .publicReply:
            let what = entry.kind == .publicReply ? "rulesd, answering publicly" : "rulesd"
            // The buttons, link or one-tap question it carried, as dry-run describes them.
            let choices = entry.choices.flatMap(ReplyChoices.init(json:)).map {
                ChoicesDescription.lines($0, channel: channel, listButton: listButton)
            } ?? []
            return ConversationView.Event(
                side: "bot", who: what + (entry.rule.map { " · rule \($0)" } ?? ""), iso: Timestamps.formatISO8601(entry.createdAt),
                time: clock.format(entry.createdAt), text: entry.payload, lines: choices, state: state, stateClass: stateClass, order: order)
        }
    }

    /// "sent", "delivered", "read", "failed: reason", "not sent: reason", "waiting".
    private func delivery(_ entry: SentEntry) -> (String, String) {
        switch entry.status {
        case .pending:
            return entry.attempts > 0 ? ("waiting: retrying at \(clock.format(entry.nextAttempt)) (\(entry.lastError ?? "failed"))", "pending") : ("waiting to be sent", "pending")
        case .failed: return ("failed: \(entry.lastError ?? "no reason recorded")", "failed")
        case .expired: return ("not sent: \(entry.lastError ?? "the window closed")", "expired")
        case .sent:
            guard let delivery = entry.delivery else { return ("sent", "sent") }
            if delivery.status == "failed" { return ("failed: \(delivery.error ?? "WhatsApp did not deliver it")", "failed") }
            return ("\(delivery.status) \(clock.format(delivery.at))", delivery.status)
        }
    }

    static func name(_ summary: ConversationSummary) -> String {
        summary.state.name ?? summary.lastMessage?.name ?? summary.state.username.map { "@" + $0 } ?? summary.contactKey?.contact ?? summary.key
    }

    /// A message's text, or what it is when it has none.
    static func describe(_ message: Message) -> String {
        if let text = message.text, !text.isEmpty { return text }
        if let payload = message.payload { return "[tapped: \(payload)]" }
        return "[\(message.kind.rawValue)]"
    }

    /// A stored action other than a reply or a forward (those show with their delivery), in words.
    func describeAction(_ action: [String: Any]) -> String? {
        func time(_ key: String) -> String {
            guard let text = action[key] as? String else { return "" }
            return Timestamps.parseISO8601(text).map { " until \(clock.format($0))" } ?? " until \(text)"
        }
        return switch action["type"] as? String {
        case "tag": "tagged \(action["tag"] as? String ?? "")"
        case "untag": "removed the tag \(action["tag"] as? String ?? "")"
        case "pause": "paused automatic replies" + time("until")
        case "follow_up", "followup": "scheduled the follow-up \"\(action["name"] as? String ?? "")\""
        default: nil
        }
    }

    static func endpoint(_ entry: SentEntry) -> String {
        ((try? JSONSerialization.jsonObject(with: Data(entry.payload.utf8))) as? [String: Any])?["endpoint"] as? String ?? "the CRM"
    }

    static func shorten(_ text: String) -> String { text.count > 60 ? String(text.prefix(57)) + "…" : text }
}

/// Durations in words: "1 hour", "30 minutes", "2 days".
enum DurationText {
    static func words(_ seconds: TimeInterval) -> String {
        let value = Int(seconds)
        func unit(_ count: Int, _ name: String) -> String { "\(count) \(name)\(count == 1 ? "" : "s")" }
        if value % 86_400 == 0 { return unit(value / 86_400, "day") }
        if value % 3600 == 0 { return unit(value / 3600, "hour") }
        if value % 60 == 0 { return unit(value / 60, "minute") }
        return unit(value, "second")
    }
}
