import Connectors
import Engine
import Foundation

/// Evaluates journaled messages in arrival order (so in order per contact) and records each decision in
/// one transaction: the contact's new state, the outbox entries, and the message marked done.
struct MessageWorker: Sendable {
    let store: MessageStore
    let rules: RuleProgramHolder
    /// Evaluation latency and fires per rule.
    var metrics = ServeMetrics()
    /// Looks up an Instagram contact's name before its first evaluation; nil when it fails (the template's
    /// fallback is used then).
    let profileLookup: @Sendable (String) async -> (name: String?, username: String?)?

    /// Handles up to `limit` pending messages; returns how many.
    func runOnce(now: Date, limit: Int = 100) async throws -> Int {
        let messages = try await store.pending(limit: limit)
        for message in messages { try await handle(message, now: now) }
        return messages.count
    }

    func handle(_ message: Message, now: Date) async throws {
        if message.from == .business, try await store.isOwnReply(message) {
            // The platform echoing a reply rulesd sent: not the seller taking over.
            try await store.markOwnEcho(message)
            return
        }
        var state = try await store.state(for: message.contactKey)
        if message.isEvaluated, message.channel == .instagram, state.messageCount == 0, state.name == nil, message.name == nil,
            let profile = await profileLookup(message.contact)
        {
            state.name = profile.name
            state.username = profile.username ?? state.username
        }
        let started = ContinuousClock.now
        let decision = rules.program.evaluate(message, state: state, now: now, tracing: .fired)
        metrics.evaluated(in: ContinuousClock.now - started)
        for rule in decision.firedRules { metrics.ruleFired(rule) }
        try await store.complete(message, state: decision.state, outbox: Self.outbox(for: decision, now: now), now: now)
    }

    /// The outbox entries of a decision: replies and forwards. Keys come from the message, the rule and the
    /// action's place, so evaluating the same message again can never enqueue twice.
    static func outbox(for decision: Decision, now: Date) -> [OutboxEntry] {
        let message = decision.message
        return decision.actions.enumerated().compactMap { index, action in
            let key = "\(message.id):\(action.rule):\(index)"
            switch action {
            case .reply(let reply):
                return OutboxEntry(key: key, messageID: message.id, contactKey: message.contactKey.description, kind: .reply, payload: reply.text, nextAttempt: now)
            case .forward(let endpoint, let rule):
                let payload = (try? JSONSerialization.data(withJSONObject: ["endpoint": endpoint, "rule": rule], options: [.sortedKeys]))
                    .map { String(decoding: $0, as: UTF8.self) } ?? "{}"
                return OutboxEntry(key: key, messageID: message.id, contactKey: message.contactKey.description, kind: .forward, payload: payload, nextAttempt: now)
            case .tag, .untag, .pause:
                return nil
            }
        }
    }
}
