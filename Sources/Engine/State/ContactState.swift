import Foundation

/// What the engine remembers about one contact between messages.
public struct ContactState: Sendable, Hashable, Codable {
    /// When the contact's first message arrived; nil before any.
    public var firstSeen: Date?
    /// When the contact's last evaluated message was sent (opens the platforms' 24-hour window).
    public var lastInboundAt: Date?
    /// How many messages the contact has sent (evaluated kinds only).
    public var messageCount: Int = 0
    public var tags: TagSet = []
    /// Per rule name, until when its cooldown runs for this contact.
    public var cooldowns = Cooldowns()
    /// Until when automatic replies are paused (by `pause`, or by the seller's own message).
    public var pausedUntil: Date?
    /// When automatic replies were sent, newest last, kept for the `max_replies` window.
    public var recentReplies: [Date] = []
    public var name: String?
    public var username: String?
    /// When the contact was imported from the seller's existing customers (`rulesd contacts import`):
    /// such a contact is known, so its first message here is not a "first contact".
    public var importedAt: Date?
    /// The last language the contact wrote in that rulesd was sure of: a short or unclear message ("ok",
    /// "👍") is read in it.
    public var language: Language?
    /// The email the customer gave with a one-tap email button (`buttons email`).
    public var email: String?
    /// The phone number the customer gave with a one-tap phone button (`buttons phone`).
    public var phone: String?
    /// When a message last arrived on Instagram's standby channel: another app (Meta's inbox, a person's
    /// tool) owns the conversation then. Cleared when a message arrives on the normal channel again.
    public var standbySince: Date?

    public init() {}

    /// Whether the contact is new to the shop: no message seen and not imported.
    public var isNew: Bool { messageCount == 0 && importedAt == nil }

    /// Whether automatic replies are paused at an instant.
    public func isPaused(at now: Date) -> Bool { pausedUntil.map { $0 > now } ?? false }

    /// Forgets cooldowns and reply times that can no longer matter at `now`, so the state stays small.
    public mutating func prune(now: Date, replyWindow: Duration?) {
        prune(now: now, replyWindow: replyWindow?.timeInterval)
    }

    /// ``prune(now:replyWindow:)`` with the window in seconds, as the engine keeps it.
    mutating func prune(now: Date, replyWindow: TimeInterval?) {
        cooldowns.removeExpired(now: now)
        if let window = replyWindow {
            let horizon = now.addingTimeInterval(-window)
            if recentReplies.first.map({ $0 <= horizon }) == true { recentReplies.removeAll { $0 <= horizon } }
        } else if !recentReplies.isEmpty {
            recentReplies.removeAll()
        }
        if let paused = pausedUntil, paused <= now { pausedUntil = nil }
    }
}

extension Duration {
    /// The duration in seconds, as Foundation measures intervals.
    public var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}

/// Where contact state lives between messages: in memory for dry-run, in SQLite for serve.
public protocol ContactStateStore: Sendable {
    /// The contact's state; a fresh state for a contact never seen.
    func state(for contact: ContactKey) async throws -> ContactState
    /// Replaces the contact's state.
    func save(_ state: ContactState, for contact: ContactKey) async throws
}

/// Contact state kept in memory, for dry-runs and tests.
public actor InMemoryContactStateStore: ContactStateStore {
    private var states: [ContactKey: ContactState] = [:]

    public init() {}

    public func state(for contact: ContactKey) -> ContactState { states[contact] ?? ContactState() }

    public func save(_ state: ContactState, for contact: ContactKey) { states[contact] = state }

    /// Every contact seen so far.
    public var contacts: [ContactKey: ContactState] { states }
}
