import Connectors
import Engine
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// The webhook routes: the verification handshake (GET) and event delivery (POST) for Instagram,
/// WhatsApp, and `/webhooks` for both (dispatching on the body's `object`).
struct WebhookController: Sendable {
    let configuration: ServerConfiguration
    let store: MessageStore
    let logger: Logger
    let metrics: ServeMetrics
    /// Store faults are logged through it, at most once a minute each.
    var faultLog = RateLimitedLog()
    /// The names (in WhatsApp Manager) of the approved templates the rules send: a pause of one of those is
    /// a warning, of another an info line.
    var templatesInUse: @Sendable () -> Set<String> = { [] }
    /// The shops, to route each message by its account.
    let directory: ShopDirectory
    /// Called after messages are committed with the names of the shops they are for, to wake their workers.
    let onStored: @Sendable (Set<String>) -> Void

    enum Route: String, CaseIterable { case instagram, whatsapp, combined }

    func register(on router: Router<RulesdRequestContext>) {
        for route in Route.allCases {
            let path = route == .combined ? "webhooks" : "webhooks/\(route.rawValue)"
            router.get(RouterPath(stringLiteral: path)) { request, _ in self.verify(request, route: route) }
            router.post(RouterPath(stringLiteral: path)) { request, _ in try await self.receive(request, route: route) }
        }
    }

    // MARK: Handshake

    func verify(_ request: Request, route: Route) -> Response {
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
        let tokens = switch route {
        case .instagram: [configuration.instagramVerifyToken]
        case .whatsapp: [configuration.whatsappVerifyToken]
        case .combined: [configuration.instagramVerifyToken, configuration.whatsappVerifyToken]
        }
        for token in tokens {
            if let challenge = VerificationHandshake.challenge(query: query, verifyToken: token.value) {
                return Self.text(challenge, status: .ok)
            }
        }
        logger.warning("webhook verification refused", metadata: ["route": "\(route.rawValue)"])
        return Self.text("verification failed\n", status: .forbidden)
    }

    // MARK: Events

    func receive(_ request: Request, route: Route) async throws -> Response {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: configuration.maximumBodyBytes)
        } catch {
            return Self.text("body larger than \(configuration.maximumBodyBytes) bytes\n", status: .contentTooLarge)
        }
        let body = Data(buffer.readableBytesView)
        let signature = request.headers[HTTPField.Name(WebhookSignature.header)!]
        guard let channel = verifiedChannel(body: body, signature: signature, route: route) else {
            metrics.signatureRejected()
            return Self.text("invalid signature\n", status: .unauthorized)
        }
        do {
            return try await store(body, channel: channel)
        } catch {
            // Nothing is answered 200 that the store could not keep: 503 tells Meta to send it again later.
            guard let fault = error as? StoreFault ?? StoreFault.writeFailure(error, path: store.path) else { throw error }
            if faultLog.shouldLog("store:" + fault.reason, now: Date()) {
                logger.error("webhook refused with 503: the store cannot keep it: \(fault.reason)", metadata: ["channel": "\(channel)"])
            }
            return Self.text("store unavailable: \(fault.reason)\n", status: .serviceUnavailable)
        }
    }

    /// Stores a signed body's messages and statuses (or the body raw when it cannot be read); answers 200
    /// once they are committed.
    private func store(_ body: Data, channel: String) async throws -> Response {
        let now = Date()
        let contents: WebhookContents
        do {
            contents = try WebhookParser.parse(body)
        } catch {
            // Signed but unreadable: keep it raw so nothing accepted is lost.
            try await store.appendRaw(body, channel: channel, reason: error.description, receivedAt: now)
            metrics.keptRaw()
            logger.warning("webhook kept raw", metadata: ["channel": "\(channel)", "reason": "\(error.description)"])
            return Self.text("ok\n", status: .ok)
        }
        for skipped in contents.skipped {
            logger.info("webhook item skipped", metadata: ["item": "\(skipped.path)", "reason": "\(skipped.reason)"])
        }
        if !contents.messages.isEmpty {
            let shops = contents.messages.map { directory.shop(for: $0.channel, account: $0.account) }
            let unrouted = Set(zip(contents.messages, shops).filter { $0.1 == nil }.map(\.0.id))
            let inserted = try await store.append(contents.messages, receivedAt: now, unrouted: unrouted)
            var woken = Set<String>()
            for (shop, group) in Self.grouped(contents.messages, inserted: inserted, shops: shops) {
                let counts = shop?.metrics ?? metrics
                counts.received(
                    standby: group.count(where: \.message.standby), comments: group.count { $0.message.kind == .comment },
                    liveComments: group.count { $0.message.kind == .liveComment })
                let duplicates = group.count { !$0.new }
                counts.stored(new: group.count - duplicates, duplicates: duplicates)
                if duplicates > 0 { logger.info("duplicate deliveries acknowledged", metadata: ["count": "\(duplicates)"]) }
                if let shop {
                    woken.insert(shop.name)
                } else if group.count > duplicates, let first = group.first?.message {
                    // Kept, never evaluated: no shop declares the account.
                    metrics.unrouted(group.count - duplicates)
                    if faultLog.shouldLog("unrouted:\(first.channel.rawValue):\(first.account)", now: now) {
                        logger.warning(
                            "messages for \(first.channel.rawValue) account \(first.account), which no shop answers: kept, not answered; to answer them, add account \(first.channel.rawValue) \"\(first.account)\" token env \"NAME\" to the shop's rules",
                            metadata: ["channel": "\(first.channel.rawValue)", "account": "\(first.account)", "count": "\(group.count - duplicates)"])
                    }
                }
            }
            onStored(woken)
        }
        if !contents.statuses.isEmpty {
            try await store.apply(contents.statuses)
            metrics.delivery(statuses: contents.statuses.map(\.status))
        }
        if !contents.templateUpdates.isEmpty {
            try await store.record(contents.templateUpdates)
            metrics.template(events: contents.templateUpdates.map { $0.event ?? "CATEGORY" })
            let inUse = templatesInUse()
            for update in contents.templateUpdates where update.makesUnusable {
                let used = inUse.contains(update.name)
                let what = "WhatsApp template '\(update.name)' (\(update.language)) is \(update.event ?? "?") (reason: \(update.reason ?? "none given"))"
                    + (used ? ": your rules send it, and Meta refuses it until it is approved again; fix it in WhatsApp Manager" : "; no rule sends it")
                logger.log(level: used ? .warning : .info, "\(what)", metadata: ["template": "\(update.name)"])
            }
        }
        // Statuses alone commit without the journal's check: a 200 only for the file the next start opens.
        if let lost = await store.verifyFile() { throw lost }
        return Self.text("ok\n", status: .ok)
    }

    /// A webhook's messages by the shop they are for (nil: none answers their account), with whether each
    /// was new; the messages of no shop are grouped by account, so each unknown account is logged.
    static func grouped(_ messages: [Message], inserted: [Bool], shops: [Shop?]) -> [(Shop?, [(message: Message, new: Bool)])] {
        var order: [String] = []
        var groups: [String: (Shop?, [(message: Message, new: Bool)])] = [:]
        for (index, message) in messages.enumerated() {
            let shop = shops[index]
            let key = shop.map { "shop:" + $0.name } ?? "account:\(message.channel.rawValue):\(message.account)"
            if groups[key] == nil {
                order.append(key)
                groups[key] = (shop, [])
            }
            groups[key]?.1.append((message, inserted[index]))
        }
        return order.compactMap { groups[$0] }
    }

    /// The channel whose app secret signed the body, or nil. `/webhooks` accepts either secret.
    func verifiedChannel(body: Data, signature: String?, route: Route) -> String? {
        let candidates: [(String, Secret)] = switch route {
        case .instagram: [("instagram", configuration.instagramAppSecret)]
        case .whatsapp: [("whatsapp", configuration.whatsappAppSecret)]
        case .combined: [("instagram", configuration.instagramAppSecret), ("whatsapp", configuration.whatsappAppSecret)]
        }
        for (channel, secret) in candidates {
            do {
                try WebhookSignature.verify(body: body, header: signature, secret: secret.value)
                return channel
            } catch {
                continue
            }
        }
        logger.warning("webhook signature rejected", metadata: ["route": "\(route.rawValue)", "has_signature": "\(signature != nil)"])
        return nil
    }

    static func text(_ text: String, status: HTTPResponse.Status) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
