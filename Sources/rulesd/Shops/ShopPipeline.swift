import Connectors
import Engine
import Foundation
import Logging
import RulesDSL

/// One shop's moving parts in `serve`: its worker and dispatcher (seeing only its contacts), its
/// delivery health, its rules' reloader, and the wake-up of its pipeline.
struct ShopPipeline: Sendable {
    let shop: Shop
    let pipeline: PipelineService
    let reloader: RulesReloader
    let deliveries: DeliveryHealth
    let wake: @Sendable () -> Void

    /// Builds a shop's pipeline on the shared store.
    /// - Parameters:
    ///   - directory: all the shops, for the checks of a reload (an account another shop declares) and
    ///     the routing it changes.
    static func build(
        _ shop: Shop, directory: ShopDirectory, store: MessageStore, configuration: ServerConfiguration, transport: any HTTPTransport,
        crmTransport: (any HTTPTransport)?, logger: Logger, faultLog: RateLimitedLog, clock: @escaping @Sendable () -> Date
    ) -> ShopPipeline {
        let logger = {
            var logger = logger
            if !shop.name.isEmpty { logger[metadataKey: "shop"] = "\(shop.name)" }
            return logger
        }()
        let environment = configuration.environment
        let fallback = configuration.credentials
        let meta = {
            var client = MetaClient(transport: transport, api: configuration.graphAPI, credentials: configuration.credentials)
            client.profileTimeout = configuration.profileTimeout
            return client
        }()
        let credentials: @Sendable () -> MetaCredentials = { shop.credentials(environment: environment, fallback: fallback) }
        let (wakeups, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let wake: @Sendable () -> Void = { continuation.yield() }
        let dryMode = configuration.isDryMode
        var worker = MessageWorker(store: store, rules: shop.rules, metrics: shop.metrics) { user in
            guard !dryMode else { return nil }
            return await meta.with(credentials()).profile(ofInstagramUser: user)
        }
        worker.scope = { shop.scope }
        var dispatcher = OutboxDispatcher(
            store: store, rules: shop.rules, meta: meta, crm: CRMClient(transport: crmTransport ?? transport),
            limiter: SendRateLimiter(limits: configuration.sendLimits), retryPolicy: RetryPolicy(), environment: configuration.environment,
            dryMode: dryMode, metrics: shop.metrics)
        dispatcher.maximumInFlight[.reply] = configuration.replyConcurrency
        dispatcher.logger = logger
        dispatcher.scope = { shop.scope }
        dispatcher.credentials = credentials
        let deliveries = dispatcher.health
        var pipeline = PipelineService(worker: worker, dispatcher: dispatcher, wakeups: wakeups, interval: .milliseconds(500), logger: logger, clock: clock)
        pipeline.faultLog = faultLog

        var reloader = RulesReloader(paths: shop.paths, rules: shop.rules, logger: logger, pollInterval: .milliseconds(500))
        reloader.validate = { ruleSet in
            ShopAccountProblems.of(
                ruleSet.accounts, shop: shop.name, underShops: directory.underShops, others: directory.accounts(besides: shop.name),
                environment: environment, requireTokens: !dryMode)
        }
        reloader.onReload = { previous, new in
            directory.reindex()
            // The seller fixed an endpoint (its URL or its secret): what waits for it, and what it refused, goes
            // out now; an endpoint removed from the rules is no longer reported as failing.
            let changed = new.endpoints.filter { name, endpoint in
                guard let old = previous.endpoints[name] else { return false }
                return old.url.value != endpoint.url.value || old.secretEnvironmentVariable?.value != endpoint.secretEnvironmentVariable?.value
            }.keys
            for name in previous.endpoints.keys where new.endpoints[name] == nil || changed.contains(name) {
                deliveries.succeeded(.endpoint(name))
            }
            let accountsChanged = Set(previous.accounts) != Set(new.accounts)
            guard !changed.isEmpty || accountsChanged else { return }
            Task {
                if accountsChanged, let marked = try? await store.markUnrouted(answered: directory.scopes), marked > 0 {
                    logger.warning("messages of accounts no shop answers any more are kept, not answered", metadata: ["count": "\(marked)"])
                }
                for name in changed {
                    _ = try? await store.retryFailed(.endpoint(name), now: clock(), scope: shop.scope)
                    _ = try? await store.retryNow(.endpoint(name), now: clock(), scope: shop.scope)
                }
                wake()
            }
        }
        return ShopPipeline(shop: shop, pipeline: pipeline, reloader: reloader, deliveries: deliveries, wake: wake)
    }
}
