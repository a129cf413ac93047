import Connectors
import Engine
import Foundation
import Logging
import RulesDSL

/// Sends due outbox entries through the connectors: replies through the platform, forwards to CRM
/// endpoints. Retryable failures come back later (``RetryPolicy``), permanent ones stop with the reason
/// kept, and a reply whose customer's 24-hour window has closed is not sent and is recorded as expired.
struct OutboxDispatcher: Sendable, CustomStringConvertible {
    let store: MessageStore
    let rules: RuleProgramHolder
    let meta: MetaClient
    let crm: CRMClient
    let limiter: SendRateLimiter
    let retryPolicy: RetryPolicy
    /// Environment variables, for endpoint secrets (`secret env "NAME"`), redacted.
    let environment: SecretEnvironment
    /// With no Meta credentials: replies are decided and recorded, not sent (CRM forwards still go out).
    let dryMode: Bool
    /// Outcomes of attempts and send latency.
    var metrics = ServeMetrics()
    /// Failing destinations, for `/healthz`, the log and the probes.
    var health = DeliveryHealth()
    /// Warnings about failing destinations, at most once a minute each.
    var faultLog = RateLimitedLog()
    var logger = Logger(label: "rulesd")
    /// How often a failing destination is tried with its oldest waiting entry, whatever its backoff says:
    /// once it answers again, everything waiting for it is sent at once.
    var probeInterval: TimeInterval = 30
    /// Runs between ``claimDue(now:)``'s first read and its claims: tests put another lane's send there.
    var betweenReadAndClaim: (@Sendable (OutboxEntry.Kind) async throws -> Void)?
    /// The contacts this dispatcher serves: one shop's (under `--shops`), or every contact.
    var scope: @Sendable () -> ContactScope = { .everyone }
    /// Who claims send lanes in a store several processes share.
    var owner = MessageStore.processOwner
    /// How long a lane's claim lasts in a shared store: a process that dies sending keeps that contact's
    /// entries waiting this long at most.
    var laneLease: TimeInterval = 120
    /// The credentials of the shop's accounts as its rules declare them now; nil: `meta`'s own.
    var credentials: (@Sendable () -> MetaCredentials)?

    /// The Meta client for a send: `meta` with the shop's current credentials.
    private var client: MetaClient {
        guard let credentials else { return meta }
        return meta.with(credentials())
    }

    /// The contacts being served right now, so a slow endpoint holds up only its own contact.
    let claims = OutboxClaims()
    /// At most this many contacts are served at once, for each kind of entry: replies and forwards have
    /// places of their own, so a CRM endpoint that never answers cannot hold up replies.
    ///
    /// Replies go to 16 contacts at once by default (`RULESD_REPLY_CONCURRENCY`), at most one in flight per
    /// contact (so each contact's replies keep their order): one recipient whose send hangs holds up only
    /// itself. A send whose answer a crash cuts off is sent again on restart (the platforms have no
    /// idempotency key), so a crash may repeat at most the replies in flight. Forwards carry an idempotency
    /// key (`webhook-id`), so receivers can drop repeats.
    var maximumInFlight: [OutboxEntry.Kind: Int] = [.reply: 16, .forward: 32, .publicReply: 4]

    /// How many contacts' entries one place may carry, for each kind: one, so that a slow send (a Graph API
    /// call that hangs for one recipient, a CRM endpoint that never answers) holds up only its own contact.
    var contactsPerPlace: [OutboxEntry.Kind: Int] = [.reply: 1, .forward: 1, .publicReply: 1]

    /// Claims the due entries of contacts nobody is serving, up to the free places of each kind, and
    /// shares them out: each returned lane is one place's entries, to be sent in order by one task. A
    /// contact's entries are all in one lane, and a lane keeps the order its entries came due in.
    func claimDue(now: Date) async throws -> [[DueEntry]] {
        for destination in health.due(forProbeAt: now, interval: probeInterval) {
            health.probed(destination, at: now)
            try await store.retryNow(destination, now: now, limit: 1, scope: scope())
        }
        var lanes: [[DueEntry]] = []
        for (kind, maximum) in maximumInFlight.sorted(by: { $0.key.rawValue > $1.key.rawValue }) {
            let free = await claims.free(of: maximum, kind: kind)
            guard free > 0 else { continue }
            let perPlace = contactsPerPlace[kind] ?? 1
            // A few more than the places take, to step over contacts being served.
            let due = try await store.dueForSending(at: now, limit: free * perPlace + 16, kind: kind, scope: scope())
            var seen = Set<String>()
            let contacts = due.map(\.entry.contactKey).filter { seen.insert($0).inserted }
            try await betweenReadAndClaim?(kind)
            let claimed = await claims.claim(contacts, kind: kind, places: free, contactsPerPlace: perPlace)
            guard !claimed.contacts.isEmpty else { continue }
            // In a store several processes share, each contact's lane is claimed there too: a contact another
            // process is serving is left to it (its lane comes out empty below, and is given back).
            var held = claimed.contacts
            if store.isShared {
                let taken = try await store.claim(claimed.contacts.map { Self.laneKey($0, kind) }, owner: owner, until: now.addingTimeInterval(laneLease), now: now)
                held = claimed.contacts.filter { taken.contains(Self.laneKey($0, kind)) }
            }
            // Read again now that the contacts are ours: a lane that was sending one of them may have sent
            // and released it after the first read, and its entries must not go out twice.
            let fresh = try await store.dueForSending(at: now, limit: free * perPlace + 16, kind: kind, contacts: held)
            var laneOfContact: [String: Int] = [:]
            for (position, contact) in claimed.contacts.enumerated() { laneOfContact[contact] = position % claimed.places }
            // Each lane keeps the order the entries came due in, across its contacts.
            var kindLanes = [[DueEntry]](repeating: [], count: claimed.places)
            for entry in fresh { if let lane = laneOfContact[entry.entry.contactKey] { kindLanes[lane].append(entry) } }
            // A contact whose entries all went out meanwhile is given back at once.
            let empty = kindLanes.enumerated().filter(\.element.isEmpty).map(\.offset)
            if !empty.isEmpty {
                let idle = claimed.contacts.filter { contact in laneOfContact[contact].map(empty.contains) ?? false }
                try await store.release(idle.map { Self.laneKey($0, kind) }, owner: owner)
                await claims.release(idle, kind: kind, places: empty.count)
            }
            lanes += kindLanes.filter { !$0.isEmpty }
        }
        return lanes
    }

    /// Sends one lane's entries in order, then releases its contacts and its place. Stops between entries
    /// when the task is cancelled (what is left stays pending for the next start).
    func send(_ lane: [DueEntry], now: @Sendable () -> Date, random: @Sendable () -> Double) async throws {
        guard let kind = lane.first?.entry.kind else { return }
        let contacts = Array(Set(lane.map(\.entry.contactKey)))
        do {
            // A contact whose entry is left waiting (a retry, a rate limit) sends nothing after it now: its
            // replies keep their order.
            var heldBack = Set<String>()
            for due in lane where !Task.isCancelled && !heldBack.contains(due.entry.contactKey) {
                if try await attempt(due, now: now(), random: random()) == .waiting { heldBack.insert(due.entry.contactKey) }
            }
        } catch {
            // The shared claim first: once the lane's place is free here, another local lane may claim it.
            try? await store.release(contacts.map { Self.laneKey($0, kind) }, owner: owner)
            await claims.release(contacts, kind: kind)
            throw error
        }
        try? await store.release(contacts.map { Self.laneKey($0, kind) }, owner: owner)
        await claims.release(contacts, kind: kind)
    }

    /// A contact's send lane of a kind, as claimed in a shared store.
    static func laneKey(_ contact: String, _ kind: OutboxEntry.Kind) -> String { "send:\(kind.rawValue):\(contact)" }

    /// Claims and sends everything due, waiting until done; returns how many entries were attempted.
    func runOnce(now: Date, random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }) async throws -> Int {
        let lanes = try await claimDue(now: now)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for lane in lanes { group.addTask { try await send(lane, now: { now }, random: random) } }
            try await group.waitForAll()
        }
        return lanes.reduce(0) { $0 + $1.count }
    }

    /// Whether an attempt finished its entry (sent, failed, expired) or left it waiting for a later try.
    enum AttemptEnd { case finished, waiting }

    /// Attempts one entry and records the outcome.
    @discardableResult
    private func attempt(_ due: DueEntry, now: Date, random: Double) async throws -> AttemptEnd {
        let entry = due.entry
        guard let message = try due.message() else {
            try await store.record(entry.key, status: .failed, attemptAt: now, error: "the journaled message is missing")
            return .finished
        }
        // Read when the lane was claimed: a newer message can only have moved the window's start later.
        let state = try due.state()
        var outcome: Result<String?, DeliveryFailure>
        switch entry.kind {
        case .reply where message.kind.isComment:
            // A private reply: Meta's limits for comments, not the 24-hour window (PLATFORMS.md §9.5).
            if let stop = try await CommentReplyLimits.privateReplyStop(for: message, now: now, store: store) {
                return try await finishUnheard(entry, status: stop.status, reason: stop.reason, now: now)
            }
            if dryMode { return try await recordUnsent(entry, now: now) }
            let wait = try await limiter.privateReplyDelay(account: message.account, at: now) { since in
                try await store.privateReplyTimes(account: message.account, since: since)
            }
            if wait > .zero {
                try await store.postpone(entry.key, until: now.addingTimeInterval(wait.timeInterval))
                return .waiting
            }
            let started = ContinuousClock.now
            outcome = await client.sendReply(entry.payload, choices: entry.choices.flatMap(ReplyChoices.init(json:)), answering: message, now: now)
            metrics.sent(in: ContinuousClock.now - started)
            if case .success = outcome {
                try await store.recordCommentAnswer(message.id, account: message.account, way: .privately, by: "rulesd", at: now)
            }
        case .publicReply:
            if let stop = try await CommentReplyLimits.publicReplyStop(for: message, store: store) {
                return try await finishUnheard(entry, status: .failed, reason: stop, now: now)
            }
            if dryMode { return try await recordUnsent(entry, now: now) }
            let started = ContinuousClock.now
            outcome = await client.sendPublicReply(entry.payload, toComment: message.id, now: now)
            metrics.sent(in: ContinuousClock.now - started)
            switch outcome {
            case .success:
                try await store.recordCommentAnswer(message.id, account: message.account, way: .publicly, by: "rulesd", at: now)
            case .failure(let failure) where failure.isNoAnswer:
                // The comment may have been posted and its answer lost: Meta would take a second one, so it
                // is not sent again (PLATFORMS.md §9.6).
                let reason = "no answer from the Graph API (\(failure)); not sent again, so the comment cannot get two public answers"
                try await store.record(entry.key, status: .failed, attemptAt: now, error: reason)
                metrics.action(entry.kind.rawValue, .failed)
                return .finished
            case .failure:
                break
            }
        case .reply:
            // An approved WhatsApp template goes out whatever the window; a reply with one to fall back on
            // sends it once the window has closed.
            let fallback = message.channel == .whatsapp ? entry.fallback.flatMap(WhatsAppTemplateMessage.init(json:)) : nil
            var template = entry.approvedTemplate.flatMap(WhatsAppTemplateMessage.init(json:))
            if template == nil, let last = state.lastInboundAt ?? Optional(message.at), now.timeIntervalSince(last) > MessagingWindow.seconds {
                guard let fallback else {
                    return try await finishUnheard(
                        entry, status: .expired, reason: "the customer's 24-hour messaging window closed before the reply could be sent", now: now)
                }
                template = fallback
            }
            if let template, let stop = try await store.templateStop(template) {
                return try await finishUnheard(entry, status: .failed, reason: stop, now: now)
            }
            if dryMode { return try await recordUnsent(entry, now: now) }
            // A short rate-limit wait (the account's pace) is waited out holding the place; a long one (a
            // WhatsApp user's pace) gives the place back and moves the entry's next attempt.
            var waited: TimeInterval = 0
            while true {
                let wait = await limiter.delay(channel: message.channel.rawValue, account: message.account, recipient: message.contact, at: now.addingTimeInterval(waited))
                if wait == .zero { break }
                if wait > .seconds(1) {
                    try await store.postpone(entry.key, until: now.addingTimeInterval(waited + wait.timeInterval))
                    return .waiting
                }
                try await Task.sleep(for: wait)
                waited += wait.timeInterval
            }
            let started = ContinuousClock.now
            if let template {
                outcome = await client.sendTemplate(template, answering: message, marketing: try await marketing(template), now: now)
            } else {
                let choices = entry.choices.flatMap(ReplyChoices.init(json:))
                let listButton = rules.program.ruleSet.options.listButton(for: state.language)
                outcome = await client.sendReply(entry.payload, choices: choices, listButton: listButton, answering: message, now: now)
                // WhatsApp says the window has closed (the clocks disagree by a moment): the template now.
                if case .failure(let failure) = outcome, failure.isOutsideMessagingWindow, let fallback {
                    outcome = await client.sendTemplate(fallback, answering: message, marketing: try await marketing(fallback), now: now)
                }
            }
            metrics.sent(in: ContinuousClock.now - started)
        case .forward:
            let started = ContinuousClock.now
            outcome = await forward(entry, message: message, state: state, now: now)
            metrics.sent(in: ContinuousClock.now - started)
        }
        let destination = Self.destination(of: entry, message: message)
        switch outcome {
        case .success(let platformID):
            try await store.record(entry.key, status: .sent, attemptAt: now, platformID: platformID)
            metrics.action(entry.kind.rawValue, .sent)
            if entry.kind != .forward, platformID == nil {
                logger.warning(
                    "the Graph API accepted a reply without a message id; recorded as sent, not sent again",
                    metadata: ["channel": "\(message.channel.rawValue)", "entry": "\(entry.key)"])
            }
            if health.succeeded(destination) {
                faultLog.clear(destination.name)
                let released = try await store.retryNow(destination, now: now, scope: scope())
                logger.info("\(destination.name) works again; its waiting entries go out now", metadata: ["waiting": "\(released)"])
            }
        case .failure(let failure) where failure.isOutsideMessagingWindow:
            return try await finishUnheard(entry, status: .expired, reason: failure.description, now: now)
        case .failure(let failure):
            // An endpoint no longer in the rules is not failing: it is gone.
            let endpointGone = if case .endpoint(let name) = destination { rules.program.ruleSet.endpoints[name] == nil } else { false }
            if failure.isDestinationFault, !endpointGone {
                health.failed(destination, error: failure.description, at: now)
                if faultLog.shouldLog(destination.name, now: now) {
                    logger.warning(
                        "\(destination.name) is failing: \(failure.description); entries wait and are retried",
                        metadata: ["destination": "\(destination.name)"])
                }
            }
            let first = try await store.entry(entry.key)?.firstAttempt ?? entry.firstAttempt ?? now
            if let next = retryPolicy.nextAttempt(after: entry.attempts + 1, firstAttempt: first, failure: failure, now: now, random: random) {
                try await store.record(entry.key, status: .pending, attemptAt: now, nextAttempt: next, error: failure.description)
                metrics.action(entry.kind.rawValue, .retried)
                return .waiting
            } else {
                let reason = failure.isRetryable ? "gave up after \(entry.attempts + 1) attempts: \(failure)" : failure.description
                return try await finishUnheard(entry, status: .failed, reason: reason, now: now)
            }
        }
        return .finished
    }

    /// Whether a template goes to `/marketing_messages`: its latest category is MARKETING (§11.2, from the
    /// category updates) and the number is onboarded to the Marketing Messages API
    /// (`WHATSAPP_MARKETING_MESSAGES=on`; without it Meta still takes marketing templates on `/messages`).
    private func marketing(_ template: WhatsAppTemplateMessage) async throws -> Bool {
        guard environment["WHATSAPP_MARKETING_MESSAGES"]?.value == "on" else { return false }
        return try await store.templateStatus(name: template.name, language: template.language)?.category == "MARKETING"
    }

    /// Ends an entry that will never be heard (failed, or expired): the reason kept, its rule's cooldown
    /// released, the outcome counted.
    private func finishUnheard(_ entry: OutboxEntry, status: OutboxEntry.Status, reason: String, now: Date) async throws -> AttemptEnd {
        try await store.record(entry.key, status: status, attemptAt: now, error: reason)
        try await store.releaseCooldown(ofUnheard: entry)
        metrics.action(entry.kind.rawValue, status == .expired ? .expired : .failed)
        return .finished
    }

    /// Dry mode (no Meta credentials): the entry is recorded as decided, not sent.
    private func recordUnsent(_ entry: OutboxEntry, now: Date) async throws -> AttemptEnd {
        try await store.record(entry.key, status: .sent, attemptAt: now, platformID: "dry-run")
        metrics.action(entry.kind.rawValue, .dry)
        return .finished
    }

    /// Where an entry goes: its channel's Graph API, or its endpoint.
    static func destination(of entry: OutboxEntry, message: Message) -> Destination {
        switch entry.kind {
        case .reply, .publicReply: return .graphAPI(channel: message.channel.rawValue)
        case .forward:
            let fields = (try? JSONSerialization.jsonObject(with: Data(entry.payload.utf8))) as? [String: String]
            return .endpoint(fields?["endpoint"] ?? "?")
        }
    }

    private func forward(_ entry: OutboxEntry, message: Message, state: ContactState, now: Date) async -> Result<String?, DeliveryFailure> {
        let fields = (try? JSONSerialization.jsonObject(with: Data(entry.payload.utf8))) as? [String: String] ?? [:]
        guard let name = fields["endpoint"], let endpoint = rules.program.ruleSet.endpoints[name] else {
            return .failure(.permanent("endpoint '\(fields["endpoint"] ?? "?")' is no longer in the rules"))
        }
        let secret = endpoint.secretEnvironmentVariable.flatMap { environment[$0.value]?.value }
        let payload = CRMPayload(
            message: message, contactName: state.name, contactUsername: state.username, tags: state.tags,
            rule: fields["rule"] ?? "", forwardedAt: now, contactEmail: state.email, contactPhone: state.phone)
        return await crm.deliver(payload, to: endpoint.url.value, secret: secret, idempotencyKey: entry.key, now: now).map { nil }
    }

    /// What ServiceLifecycle and debug logs show of it: no credentials, no environment.
    var description: String { "OutboxDispatcher(dry mode: \(dryMode))" }
}
