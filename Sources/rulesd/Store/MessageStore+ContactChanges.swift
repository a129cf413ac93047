import Engine
import Foundation

/// A change the seller makes to a contact by hand, from the console or `rulesd contacts`.
enum ContactChange: Sendable, Equatable {
    case tag(String)
    case untag(String)
    /// No automatic replies until then (`Date.distantFuture`: until resumed).
    case pause(until: Date)
    /// Automatic replies again, whether a rule, the seller taking over or a pause by hand stopped them.
    case resume

    /// The outbox key of a reply typed by hand starts with this.
    static let manualReplyPrefix = "manual:"
    /// The journal id of a reply typed by hand starts with this.
    static let consoleMessagePrefix = "console-"

    /// Whether the shop typed this message in the console (or with rulesd on the command line).
    static func isTypedInConsole(_ message: Message) -> Bool {
        message.from == .business && message.id.hasPrefix(consoleMessagePrefix)
    }

    /// The longest reply each platform takes: Instagram 1,000 characters, WhatsApp 4,096.
    static func replyLimit(_ channel: Channel) -> Int { channel == .instagram ? 1000 : 4096 }

    /// How `contact_actions` names it.
    var action: String {
        switch self {
        case .tag: "tag"
        case .untag: "untag"
        case .pause: "pause"
        case .resume: "resume"
        }
    }

    /// What was done, in the seller's words, times in the shop's time zone.
    func detail(_ clock: DisplayTime) -> String {
        switch self {
        case .tag(let tag): "tagged \(tag)"
        case .untag(let tag): "removed the tag \(tag)"
        case .pause(let until) where until >= Self.untilResumed: "paused automatic replies until resumed"
        case .pause(let until): "paused automatic replies until \(clock.format(until))"
        case .resume: "resumed automatic replies"
        }
    }

    /// A pause with no end: far enough that no one will see it end.
    static let untilResumed = Date(timeIntervalSince1970: 32_503_680_000)  // 3000-01-01
}

/// Why a change by hand was refused, in words for the seller.
struct ContactChangeError: Error, CustomStringConvertible, Equatable {
    var description: String
}

extension MessageStore {
    /// Applies a change to a stored contact and records it, in one transaction; returns the new state.
    /// The worker keeps changes made while it evaluates (``ContactState/carrying(changesFrom:to:)``).
    @discardableResult
    func change(_ key: String, _ change: ContactChange, by: String, now: Date, clock: DisplayTime = .utc) throws -> ContactState {
        try connection.transaction {
            guard var state = try storedState(key: key) else {
                throw ContactChangeError(description: "no contact \(key) in this database")
            }
            switch change {
            case .tag(let tag), .untag(let tag):
                let name = tag.trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty, name.count <= 64, !name.contains(where: \.isNewline) else {
                    throw ContactChangeError(description: "a tag is one word or a short phrase (at most 64 characters), not '\(tag)'")
                }
                if case .tag = change {
                    _ = state.tags.insert(name)
                } else if state.tags.remove(name) == nil {
                    throw ContactChangeError(description: "This customer does not have the tag \(name).")
                }
            case .pause(let until):
                guard until > now else { throw ContactChangeError(description: "a pause must end in the future") }
                // A shorter pause never cuts a longer one short (the shop taking over, a rule's pause):
                // resume first to end it sooner.
                state.pausedUntil = max(state.pausedUntil ?? until, until)
            case .resume:
                guard let until = state.pausedUntil, until > now else {
                    throw ContactChangeError(description: "Automatic replies are already on for this customer.")
                }
                state.pausedUntil = nil
            }
            try saveState(state, key: key, now: now)
            let detail = if case .pause = change, let until = state.pausedUntil { ContactChange.pause(until: until).detail(clock) } else { change.detail(clock) }
            try recordContactAction(key, action: change.action, detail: detail, by: by, at: now)
            return state
        }
    }

    /// Stores a reply the seller typed: the shop's own message in the journal (the worker reads it as the
    /// seller answering, so takeover starts as when the seller answers in the app) and an outbox entry that
    /// sends it, with its own delivery status. Refused when the customer's 24-hour window has closed.
    /// Returns the outbox entry's key.
    @discardableResult
    func recordManualReply(_ text: String, to key: String, by: String, now: Date, clock: DisplayTime = .utc) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ContactChangeError(description: "write the reply first: it is empty") }
        guard let contact = ContactKey(storedKey: key) else { throw ContactChangeError(description: "no contact \(key) in this database") }
        let limit = ContactChange.replyLimit(contact.channel)
        guard trimmed.count <= limit else {
            throw ContactChangeError(
                description: "Not sent: \(contact.channel.displayName) takes at most \(limit) characters in a message, and this one has \(trimmed.count). Shorten it, or send it in two parts.")
        }
        // Durable before the seller is told it is on its way, as a webhook's message is before Meta is told 200.
        return try durably { try connection.transaction {
            guard let state = try storedState(key: key) else { throw ContactChangeError(description: "no contact \(key) in this database") }
            try Self.checkWindow(state, channel: contact.channel, now: now, clock: clock)
            let id = ContactChange.consoleMessagePrefix + UUID().uuidString.lowercased()
            let message = Message(
                id: id, at: now, channel: contact.channel, account: contact.account, contact: contact.contact, kind: .echo, text: trimmed)
            try connection.run(
                "INSERT INTO journal (id, contact_key, at, message, received_at, status) VALUES (?, ?, ?, ?, ?, 'pending')",
                [.text(id), .text(key), .date(now), .text(message.normalizedJSON), .date(now)])
            let entryKey = ContactChange.manualReplyPrefix + id
            try connection.run(
                """
                INSERT INTO outbox (key, message_id, contact_key, kind, payload, status, attempts, next_attempt, created_at)
                VALUES (?, ?, ?, 'reply', ?, 'pending', 0, ?, ?)
                """, [.text(entryKey), .text(id), .text(key), .text(trimmed), .date(now), .date(now)])
            try recordContactAction(key, action: "reply", detail: "answered by hand", by: by, at: now)
            return entryKey
        } }
    }

    /// Throws, in the seller's words, when the platform no longer takes a free-form message to this contact.
    static func checkWindow(_ state: ContactState, channel: Channel, now: Date, clock: DisplayTime = .utc) throws {
        guard let last = state.lastInboundAt else {
            throw ContactChangeError(description: "This customer has not written to you yet, so \(channel.displayName) does not let you write first.")
        }
        let closes = last.addingTimeInterval(MessagingWindow.seconds)
        guard now < closes else {
            let advice = channel == .whatsapp
                ? "Send an approved template from WhatsApp Manager, or wait for the customer to write again."
                : "Wait for the customer to write again, or answer in the Instagram app."
            throw ContactChangeError(
                description: "Not sent: the customer's 24-hour window closed at \(clock.format(closes)) (24 hours after their last message), "
                    + "and \(channel.displayName) only lets a shop answer inside it. \(advice)")
        }
    }

    /// Appends to a contact's record of changes by hand.
    func recordContactAction(_ key: String, action: String, detail: String, by: String, at now: Date) throws {
        try connection.run(
            "INSERT INTO contact_actions (contact_key, at, action, detail, by) VALUES (?, ?, ?, ?, ?)",
            [.text(key), .date(now), .text(action), .text(detail), .text(by)])
    }

    // MARK: Settings

    /// The tags that need attention by default, until the seller chooses: the example rules' tag for it.
    static let defaultAttentionTags = ["needs-attention"]

    /// The tags the seller marked as needing attention (the console's "needs attention" status).
    /// Each shop of `--shops` has its own (`shop`); the one shop of `--rules` has the plain setting.
    func attentionTags(shop: String = "") throws -> [String] {
        guard let value = try connection.query("SELECT value FROM settings WHERE key = ?", [.text(Self.attentionKey(shop))], row: { $0.text(0) ?? "" }).first else {
            return Self.defaultAttentionTags
        }
        return value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Replaces the tags that need attention.
    func setAttentionTags(_ tags: [String], shop: String = "") throws {
        let value = tags.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: ",")
        try connection.run(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [.text(Self.attentionKey(shop)), .text(value)])
    }

    /// The settings key of a shop's attention tags.
    private static func attentionKey(_ shop: String) -> String { shop.isEmpty ? "attention_tags" : "attention_tags:" + shop }
}

extension Channel {
    /// The platform's name as sellers write it.
    var displayName: String {
        switch self {
        case .instagram: "Instagram"
        case .whatsapp: "WhatsApp"
        }
    }
}
