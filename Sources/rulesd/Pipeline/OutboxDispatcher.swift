import Connectors
import Engine
import Foundation
import RulesDSL

/// Sends due outbox entries through the connectors: replies through the platform, forwards to CRM
/// endpoints. Retryable failures come back later (``RetryPolicy``), permanent ones stop with the reason
/// kept, and a reply whose customer's 24-hour window has closed is not sent and is recorded as expired.
struct OutboxDispatcher: Sendable {
    let store: MessageStore
    let rules: RuleProgramHolder
    let meta: MetaClient
    let crm: CRMClient
    let limiter: SendRateLimiter
    let retryPolicy: RetryPolicy
    /// Environment variables, for endpoint secrets (`secret env "NAME"`).
    let environment: [String: String]
    /// With no Meta credentials: replies are decided and recorded, not sent (CRM forwards still go out).
    let dryMode: Bool
    /// Outcomes of attempts and send latency.
    var metrics = ServeMetrics()
    /// The platforms' messaging window.
    static let messagingWindow: TimeInterval = 24 * 3600

    /// Attempts up to `limit` due entries; returns how many were attempted (entries a rate limit holds
    /// back are postponed together in one write and not counted, so a pass that could only postpone
    /// ends the dispatcher's loop until the next wake-up). Contacts are served concurrently; one contact's
    /// entries go one after another, in the order they were decided.
    func runOnce(now: Date, limit: Int = 64, random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }) async throws -> Int {
        let entries = try await store.due(at: now, limit: limit)
        var byContact: [String: [OutboxEntry]] = [:]
        var order: [String] = []
        for entry in entries {
            if byContact[entry.contactKey] == nil { order.append(entry.contactKey) }
            byContact[entry.contactKey, default: []].append(entry)
        }
        let postponed = try await withThrowingTaskGroup(of: [(key: String, until: Date)].self) { group in
            for contact in order {
                let queue = byContact[contact] ?? []
                group.addTask {
                    var postponed: [(key: String, until: Date)] = []
                    for entry in queue {
                        if let until = try await attempt(entry, now: now, random: random()) { postponed.append((entry.key, until)) }
                    }
                    return postponed
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        if !postponed.isEmpty { try await store.postpone(postponed) }
        return entries.count - postponed.count
    }

    /// Attempts one entry and records the outcome; returns when to try again if a rate limit held it back.
    private func attempt(_ entry: OutboxEntry, now: Date, random: Double) async throws -> Date? {
        guard let message = try await store.message(entry.messageID) else {
            try await store.record(entry.key, status: .failed, attemptAt: now, error: "the journaled message is missing")
            return nil
        }
        let state = try await store.state(for: message.contactKey)
        let outcome: Result<String?, DeliveryFailure>
        switch entry.kind {
        case .reply:
            if let last = state.lastInboundAt ?? Optional(message.at), now.timeIntervalSince(last) > Self.messagingWindow {
                try await store.record(entry.key, status: .expired, attemptAt: now, error: "the customer's 24-hour messaging window closed before the reply could be sent")
                metrics.action(entry.kind.rawValue, .expired)
                return nil
            }
            if dryMode {
                try await store.record(entry.key, status: .sent, attemptAt: now, platformID: "dry-run")
                metrics.action(entry.kind.rawValue, .sent)
                return nil
            }
            let wait = await limiter.delay(channel: message.channel.rawValue, account: message.account, recipient: message.contact, at: now)
            if wait > .zero { return now.addingTimeInterval(wait.timeInterval) }
            let started = ContinuousClock.now
            outcome = await meta.sendReply(entry.payload, answering: message, now: now).map { Optional($0) }
            metrics.sent(in: ContinuousClock.now - started)
        case .forward:
            let started = ContinuousClock.now
            outcome = await forward(entry, message: message, state: state, now: now)
            metrics.sent(in: ContinuousClock.now - started)
        }
        switch outcome {
        case .success(let platformID):
            try await store.record(entry.key, status: .sent, attemptAt: now, platformID: platformID)
            metrics.action(entry.kind.rawValue, .sent)
        case .failure(let failure) where failure.isOutsideMessagingWindow:
            try await store.record(entry.key, status: .expired, attemptAt: now, error: failure.description)
            metrics.action(entry.kind.rawValue, .expired)
        case .failure(let failure):
            let first = try await store.entry(entry.key)?.firstAttempt ?? entry.firstAttempt ?? now
            if let next = retryPolicy.nextAttempt(after: entry.attempts + 1, firstAttempt: first, failure: failure, now: now, random: random) {
                try await store.record(entry.key, status: .pending, attemptAt: now, nextAttempt: next, error: failure.description)
                metrics.action(entry.kind.rawValue, .retried)
            } else {
                let reason = failure.isRetryable ? "gave up after \(entry.attempts + 1) attempts: \(failure)" : failure.description
                try await store.record(entry.key, status: .failed, attemptAt: now, error: reason)
                metrics.action(entry.kind.rawValue, .failed)
            }
        }
        return nil
    }

    private func forward(_ entry: OutboxEntry, message: Message, state: ContactState, now: Date) async -> Result<String?, DeliveryFailure> {
        let fields = (try? JSONSerialization.jsonObject(with: Data(entry.payload.utf8))) as? [String: String] ?? [:]
        guard let name = fields["endpoint"], let endpoint = rules.program.ruleSet.endpoints[name] else {
            return .failure(.permanent("endpoint '\(fields["endpoint"] ?? "?")' is no longer in the rules"))
        }
        let secret = endpoint.secretEnvironmentVariable.flatMap { environment[$0.value] }
        let payload = CRMPayload(
            message: message, contactName: state.name, contactUsername: state.username, tags: state.tags,
            rule: fields["rule"] ?? "", forwardedAt: now)
        return await crm.deliver(payload, to: endpoint.url.value, secret: secret, idempotencyKey: entry.key, now: now).map { nil }
    }
}
