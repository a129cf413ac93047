import Connectors
import Engine
import Foundation

/// Evaluates journaled messages in arrival order (so in order per contact) and records the decisions of
/// each batch in one transaction: the contacts' new states, the outbox entries, and the messages marked done.
struct MessageWorker: Sendable {
    let store: MessageStore
    let rules: RuleProgramHolder
    /// Evaluation latency and fires per rule.
    var metrics = ServeMetrics()
    /// Looks up an Instagram contact's name before its first evaluation; nil when it fails (the template's
    /// fallback is used then).
    let profileLookup: @Sendable (String) async -> (name: String?, username: String?)?
    /// The contacts this worker evaluates: one shop's (under `--shops`), or every contact.
    var scope: @Sendable () -> ContactScope = { .everyone }
    /// Who claims contacts in a store several processes share (see ``MessageStore/claim(_:owner:until:now:)``).
    var owner = MessageStore.processOwner
    /// How long a claim lasts: a process that dies holding it keeps its contacts waiting this long at most.
    var claimLease: TimeInterval = 30

    /// Handles up to `limit` pending messages in one transaction, then the follow-ups due; returns how many
    /// of both.
    func runOnce(now: Date, limit: Int = 200) async throws -> Int {
        let handled = try await runMessages(now: now, limit: limit)
        return handled + (try await runFollowUps(now: now, limit: limit))
    }

    /// Handles up to `limit` pending messages in one transaction; returns how many (a burst still being
    /// written, with `option debounce`, stays pending and is not counted).
    ///
    /// When several processes share the store, the contacts of the pending messages are claimed first, and
    /// only theirs evaluated (read again once claimed): each contact's messages are evaluated by one process
    /// at a time, in order.
    func runMessages(now: Date, limit: Int = 200) async throws -> Int {
        var pending = try await store.pending(limit: limit, scope: scope())
        guard !pending.isEmpty else { return 0 }
        guard store.isShared else { return try await evaluate(pending, now: now) }
        return try await underClaims(pending.map(\.contactKey.description), now: now) { claimed in
            pending = try await store.pending(limit: limit, scope: scope(), contacts: claimed)
            return try await evaluate(pending, now: now)
        }
    }

    /// Runs `body` with the contacts it could claim (none: it does not run), and gives them back after.
    private func underClaims(_ contacts: [String], now: Date, _ body: (Set<String>) async throws -> Int) async throws -> Int {
        let claimed = try await store.claim(contacts, owner: owner, until: now.addingTimeInterval(claimLease), now: now)
        guard !claimed.isEmpty else { return 0 }
        do {
            let handled = try await body(claimed)
            try await store.release(Array(claimed), owner: owner)
            return handled
        } catch {
            try? await store.release(Array(claimed), owner: owner)
            throw error
        }
    }

    /// Evaluates pending messages (bursts merged, with `option debounce`) and records the decisions in one
    /// transaction; returns how many messages it handled.
    private func evaluate(_ pending: [Message], now: Date) async throws -> Int {
        guard !pending.isEmpty else { return 0 }
        let (messages, fragments) = Self.bursts(pending, now: now, debounce: rules.program.ruleSet.options.debounce)
        guard !messages.isEmpty else { return 0 }
        var batch = BatchStates()
        var completions: [MessageStore.Completion] = []
        completions.reserveCapacity(messages.count)
        for message in messages {
            // The earlier texts of a burst: evaluated within the merged message, marked done with it.
            for fragment in fragments[message.id] ?? [] { completions.append(.merged(fragment)) }
            if message.from == .business || message.kind.isComment, try await store.isOwnReply(message) {
                // The platform echoing a reply rulesd sent (or the comment rulesd posted, known by the id Meta
                // gave it even without the marks of the shop's own comment): not the seller taking over.
                completions.append(.ownEcho(message))
                continue
            }
            if message.from == .business, message.kind.isComment {
                completions.append(.ownComment(message))
                continue
            }
            var state = try await batch.state(of: message.contactKey, in: store)
            // On the contact's first direct message (no window opened yet), comments before it included; not
            // for a comment: Meta gives a profile only after a direct message (PLATFORMS.md §9.2), and the
            // comment carries the username.
            if message.isEvaluated, message.channel == .instagram, !message.kind.isComment, state.lastInboundAt == nil, state.name == nil,
                message.name == nil,
                let profile = await profileLookup(message.contact)
            {
                state.name = profile.name
                state.username = profile.username ?? state.username
            }
            let decision = evaluate(message, state: state, now: now)
            metrics.followUps(scheduled: Self.scheduledCount(decision))
            batch.current[message.contactKey] = decision.state
            completions.append(.decided(
                message, state: decision.state, outbox: Self.outbox(for: decision, of: message, now: now),
                record: decision.evaluated ? DecisionRecord(decision) : nil, base: batch.bases[message.contactKey], scheduling: decision.actions))
        }
        try await store.complete(completions, now: now, owner: store.isShared ? owner : nil)
        return messages.count + fragments.values.reduce(0) { $0 + $1.count }
    }

    /// How many follow-ups a decision schedules.
    static func scheduledCount(_ decision: Decision) -> Int {
        decision.actions.count { if case .followUp = $0 { true } else { false } }
    }

    /// With `option debounce`: each contact's texts sent in quick succession as one message (the texts
    /// joined), and held back while the customer may still be writing; without it, the messages as they are.
    /// - Returns: the messages to evaluate now, in order, and for each merged one the earlier texts it holds.
    static func bursts(_ pending: [Message], now: Date, debounce: TimeInterval) -> (messages: [Message], fragments: [String: [Message]]) {
        guard debounce > 0 else { return (pending, [:]) }
        // Each contact's run of texts not yet closed by another kind of message, and where it began.
        var open: [ContactKey: [Message]] = [:]
        var units: [(order: Int, message: Message, fragments: [Message])] = []
        // A closed burst goes just before the message that closed it: orders 2i and 2i + 1.
        func close(_ contact: ContactKey, order: Int) {
            guard let burst = open.removeValue(forKey: contact), !burst.isEmpty else { return }
            units.append((2 * order, Burst.merge(burst), Array(burst.dropLast())))
        }
        for (order, message) in pending.enumerated() {
            let contact = message.contactKey
            guard message.isEvaluated, Burst.holds(message) else {
                // A tap, a comment, media: never held, and it closes the contact's burst before it.
                close(contact, order: order)
                units.append((2 * order + 1, message, []))
                continue
            }
            if let burst = open[contact], let first = burst.first, let last = burst.last,
                !Burst.continues(first: first.at, last: last.at, next: message.at, debounce: debounce)
            {
                close(contact, order: order)
            }
            open[contact, default: []].append(message)
        }
        // A burst the customer may still be adding to waits; one that has gone quiet is answered.
        for (contact, burst) in open {
            guard let first = burst.first, let last = burst.last, now >= Burst.answerTime(first: first.at, last: last.at, debounce: debounce) else { continue }
            close(contact, order: pending.count)
        }
        let ordered = units.sorted { $0.order < $1.order }
        var fragments: [String: [Message]] = [:]
        for unit in ordered where !unit.fragments.isEmpty { fragments[unit.message.id] = unit.fragments }
        return (ordered.map(\.message), fragments)
    }

    private func evaluate(_ message: Message, state: consuming ContactState, now: Date) -> Decision {
        let started = ContinuousClock.now
        // The journal of decisions keeps why each fired rule fired (and the notes); the rules that did not
        // fire are not explained here (dry-run and the console's playground do that).
        let decision = rules.program.evaluate(message, state: state, now: now, tracing: .journal)
        metrics.evaluated(in: ContinuousClock.now - started)
        for rule in decision.firedRules { metrics.ruleFired(rule) }
        return decision
    }

    /// Fires the follow-ups due at `now` (up to `limit`), in one transaction; returns how many. Each is
    /// completed only if still pending, so two workers racing fire it once.
    func runFollowUps(now: Date, limit: Int = 200) async throws -> Int {
        var due = try await store.dueFollowUps(at: now, limit: limit, scope: scope())
        guard !due.isEmpty else { return 0 }
        guard store.isShared else { return try await fire(due, now: now) }
        // Under the contacts' claims, as their messages: a follow-up changes the contact's state too.
        return try await underClaims(due.map(\.contactKey), now: now) { claimed in
            due = try await store.dueFollowUps(at: now, limit: limit, scope: scope()).filter { claimed.contains($0.contactKey) }
            return try await fire(due, now: now)
        }
    }

    /// Fires follow-ups that came due, in one transaction; returns how many.
    private func fire(_ due: [StoredFollowUp], now: Date) async throws -> Int {
        guard !due.isEmpty else { return 0 }
        var batch = BatchStates()
        var completions: [MessageStore.Completion] = []
        for followUp in due {
            guard let message = try? MessageStore.decodeMessage(followUp.messageJSON) else {
                metrics.followUp("skipped", reason: "message gone")
                completions.append(.followUpSkipped(followUp, outcome: "the message that scheduled it could not be read"))
                continue
            }
            let state = try await batch.state(of: message.contactKey, in: store)
            let decision = rules.program.fireFollowUp(followUp.name, scheduledBy: message, state: state, now: now)
            batch.current[message.contactKey] = decision.state
            let fired = !decision.firedRules.isEmpty
            let reasons = decision.trace.rules.flatMap(\.reasons) + decision.trace.notes
            let outcome = fired ? (["fired"] + reasons).joined(separator: "; ") : (reasons.isEmpty ? "its condition did not hold" : reasons.joined(separator: "; "))
            for rule in decision.firedRules { metrics.ruleFired("followup: " + rule) }
            let gone = rules.program.ruleSet.followUps[followUp.name] == nil
            metrics.followUp(fired ? "fired" : "skipped", reason: fired ? nil : gone ? "not in the rules" : "condition")
            metrics.followUps(scheduled: Self.scheduledCount(decision))
            completions.append(.followUp(
                followUp, message: message, state: decision.state,
                outbox: Self.outbox(for: decision, of: message, now: now, keyPrefix: "\(message.id):followup \(followUp.id)"),
                status: fired ? .fired : .skipped, outcome: outcome, base: batch.bases[message.contactKey], scheduling: decision.actions))
        }
        try await store.complete(completions, now: now, owner: store.isShared ? owner : nil)
        return due.count
    }

    /// The outbox entries of a decision: replies and forwards. Keys come from the message (and for a
    /// follow-up, which one), the rule and the action's place, so evaluating the same message again can
    /// never enqueue twice.
    static func outbox(for decision: Decision, of message: Message, now: Date, keyPrefix: String? = nil) -> [OutboxEntry] {
        return decision.actions.enumerated().compactMap { index, action in
            let key = "\(keyPrefix ?? message.id):\(action.rule):\(index)"
            switch action {
            case .reply(let reply), .publicReply(let reply):
                let kind: OutboxEntry.Kind = if case .publicReply = action { .publicReply } else { .reply }
                return OutboxEntry(
                    key: key, messageID: message.id, contactKey: message.contactKey.description, kind: kind, payload: reply.text,
                    nextAttempt: now, rule: reply.rule, choices: reply.choices?.json, approvedTemplate: reply.whatsappTemplate?.json,
                    fallback: reply.fallback?.json)
            case .forward(let endpoint, let rule):
                let payload = (try? JSONSerialization.data(withJSONObject: ["endpoint": endpoint, "rule": rule], options: [.sortedKeys]))
                    .map { String(decoding: $0, as: UTF8.self) } ?? "{}"
                return OutboxEntry(
                    key: key, messageID: message.id, contactKey: message.contactKey.description, kind: .forward, payload: payload,
                    nextAttempt: now, rule: rule)
            case .tag, .untag, .pause, .followUp:
                return nil
            }
        }
    }
}

/// Each contact's state through one batch of the worker: as the batch left it (the contact's next message
/// or follow-up starts from there), and as read from the store at the start (what the batch's decisions
/// start from, so that another writer's changes since can be carried over when they are written).
struct BatchStates {
    var current: [ContactKey: ContactState] = [:]
    var bases: [ContactKey: ContactState] = [:]

    /// The contact's state now in the batch, read from the store the first time.
    mutating func state(of contact: ContactKey, in store: MessageStore) async throws -> ContactState {
        if let known = current[contact] { return known }
        let stored = try await store.state(for: contact)
        bases[contact] = stored
        return stored
    }
}
