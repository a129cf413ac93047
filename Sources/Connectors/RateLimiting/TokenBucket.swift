import Foundation

/// A token bucket: up to `capacity` sends at once, refilled at `rate` per second. Time is passed in, so
/// tests drive it with a manual clock.
public struct TokenBucket: Sendable, Equatable {
    public let capacity: Double
    public let rate: Double
    private var tokens: Double
    private var updated: Date?

    public init(capacity: Double, perSecond rate: Double) {
        self.capacity = capacity
        self.rate = rate
        self.tokens = capacity
    }

    /// Takes one token if there is one and returns zero; otherwise takes nothing and returns how long until
    /// one will be there.
    public mutating func take(at now: Date) -> Duration {
        let wait = waitTime(at: now)
        if wait == .zero { tokens -= 1 }
        return wait
    }

    /// Whether the bucket is full at `now`: it remembers nothing a fresh bucket would not.
    public mutating func isFull(at now: Date) -> Bool {
        refill(to: now)
        return tokens >= capacity
    }

    /// How long until a token is there (zero: now), without taking it.
    public mutating func waitTime(at now: Date) -> Duration {
        refill(to: now)
        return tokens >= 1 ? .zero : .milliseconds(Int(((1 - tokens) / rate * 1000).rounded(.up)))
    }

    private mutating func refill(to now: Date) {
        if let updated, now > updated {
            tokens = min(capacity, tokens + now.timeIntervalSince(updated) * rate)
        }
        if updated == nil || now > updated! { updated = now }
    }
}

/// The outbound limits per business account and per WhatsApp recipient (PLATFORMS.md §7), shared by every
/// sender in the process.
public actor SendRateLimiter {
    /// The limits; the defaults are the platforms' published ones.
    public struct Limits: Sendable {
        public var instagramPerSecond: Double = 300
        public var whatsappPerSecond: Double = 80
        /// Private replies to comments per account and hour (Meta: 750; PLATFORMS.md §9.5).
        public var privateRepliesPerHour: Double = 750
        /// About one message per 6 seconds to the same WhatsApp user, with small bursts allowed.
        public var whatsappPerUserInterval: Double = 6
        public var whatsappPerUserBurst: Double = 3

        public init() {}

        /// The defaults, with the per-account rates raised where the environment says so:
        /// `INSTAGRAM_SENDS_PER_SECOND`, `WHATSAPP_SENDS_PER_SECOND` (Meta raises a WhatsApp number's
        /// throughput to up to 1,000 messages per second on request).
        public init(environment: [String: String]) {
            if let rate = environment["INSTAGRAM_SENDS_PER_SECOND"].flatMap(Double.init), rate > 0 { instagramPerSecond = rate }
            if let rate = environment["WHATSAPP_SENDS_PER_SECOND"].flatMap(Double.init), rate > 0 { whatsappPerSecond = rate }
        }
    }

    /// Above this many remembered recipients, full buckets are forgotten (a long-running server meets
    /// many customers once).
    static let pruneThreshold = 10_000

    private let limits: Limits
    private var accounts: [String: TokenBucket] = [:]
    private var recipients: [String: TokenBucket] = [:]
    /// Per account, when its private replies of the last hour went out, oldest first.
    private var privateReplies: [String: [Date]] = [:]

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// How long to wait before sending to `recipient` from `account`; zero means send now (and the send is
    /// counted). A positive delay counts nothing: ask again after it.
    public func delay(channel: String, account: String, recipient: String, at now: Date) -> Duration {
        let isWhatsApp = channel == "whatsapp"
        let rate = isWhatsApp ? limits.whatsappPerSecond : limits.instagramPerSecond
        let accountKey = channel + ":" + account
        var accountBucket = accounts[accountKey] ?? TokenBucket(capacity: rate, perSecond: rate)
        if isWhatsApp {
            let userKey = account + ":" + recipient
            var userBucket = recipients[userKey]
                ?? TokenBucket(capacity: limits.whatsappPerUserBurst, perSecond: 1 / limits.whatsappPerUserInterval)
            let wait = max(userBucket.waitTime(at: now), accountBucket.waitTime(at: now))
            if wait == .zero {
                _ = userBucket.take(at: now)
                _ = accountBucket.take(at: now)
            }
            recipients[userKey] = userBucket
            accounts[accountKey] = accountBucket
            if recipients.count > Self.pruneThreshold { prune(at: now) }
            return wait
        }
        let wait = accountBucket.take(at: now)
        accounts[accountKey] = accountBucket
        return wait
    }

    /// How long to wait before the next private reply to a comment from `account`: Meta allows 750 in any
    /// hour, so the 751st waits until the oldest of the last hour is an hour old. Zero means send now (and
    /// it is counted).
    /// - Parameter sentSince: the times of the account's private replies since an instant, as stored: read
    ///   once per account, so that a restart does not forget the hour's replies.
    public func privateReplyDelay(
        account: String, at now: Date, sentSince: (Date) async throws -> [Date] = { _ in [] }
    ) async rethrows -> Duration {
        let hourAgo = now.addingTimeInterval(-3600)
        var times: [Date]
        if let known = privateReplies[account] {
            times = known
        } else {
            let stored = try await sentSince(hourAgo)
            // Another call may have counted a reply while this one read the store.
            times = privateReplies[account] ?? stored
        }
        times.removeAll { $0 <= hourAgo }
        defer { privateReplies[account] = times }
        guard Double(times.count) >= limits.privateRepliesPerHour, let oldest = times.first else {
            times.append(now)
            return .zero
        }
        return .milliseconds(Int64((oldest.timeIntervalSince(hourAgo) * 1000).rounded(.up)))
    }

    /// Forgets recipients whose buckets are full: a fresh bucket behaves the same.
    private func prune(at now: Date) {
        recipients = recipients.filter { _, bucket in
            var bucket = bucket
            return !bucket.isFull(at: now)
        }
    }

    /// How many recipients are remembered (for tests of pruning).
    public var rememberedRecipients: Int { recipients.count }
}
