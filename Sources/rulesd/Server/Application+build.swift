import Connectors
import Engine
import Foundation
import Hummingbird
import Logging
import NIOCore
import RulesDSL
import ServiceLifecycle

/// Everything `serve` runs, built from a configuration: tests build the same thing.
struct ServeContext: Sendable {
    let store: MessageStore
    let metrics: ServeMetrics
    let rules: RuleProgramHolder
    let pipeline: PipelineService
    let reloader: RulesReloader
    let wake: @Sendable () -> Void
}

/// Builds the application: the routes, the store and the pipeline. CRM deliveries go through
/// `crmTransport` when given, so a CRM endpoint that hangs cannot take the connections replies need.
func buildApplication(
    configuration: ServerConfiguration, program: RuleProgram, transport: any HTTPTransport, crmTransport: (any HTTPTransport)? = nil, logger: Logger,
    clock: @escaping @Sendable () -> Date = { Date() }
) throws -> (some ApplicationProtocol, ServeContext) {
    let store = try MessageStore(path: configuration.databasePath, probe: true)
    program.prepareEveryLanguage()
    let rules = RuleProgramHolder(program)
    let meta = {
        var client = MetaClient(transport: transport, api: configuration.graphAPI, credentials: configuration.credentials)
        client.profileTimeout = configuration.profileTimeout
        return client
    }()
    let (wakeups, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    let wake: @Sendable () -> Void = { continuation.yield() }
    let metrics = ServeMetrics()
    let worker = MessageWorker(store: store, rules: rules, metrics: metrics) { user in
        configuration.isDryMode ? nil : await meta.profile(ofInstagramUser: user)
    }
    var dispatcher = OutboxDispatcher(
        store: store, rules: rules, meta: meta, crm: CRMClient(transport: crmTransport ?? transport), limiter: SendRateLimiter(limits: configuration.sendLimits),
        retryPolicy: RetryPolicy(), environment: configuration.environment, dryMode: configuration.isDryMode,
        metrics: metrics)
    dispatcher.maximumInFlight[.reply] = configuration.replyConcurrency
    dispatcher.logger = logger
    let deliveries = dispatcher.health
    var pipeline = PipelineService(worker: worker, dispatcher: dispatcher, wakeups: wakeups, interval: .milliseconds(500), logger: logger, clock: clock)
    let faultLog = RateLimitedLog()
    pipeline.faultLog = faultLog

    var reloader = RulesReloader(paths: configuration.rulesPaths, rules: rules, logger: logger, pollInterval: .milliseconds(500))
    reloader.onReload = { previous, new in
        // The seller fixed an endpoint (its URL or its secret): what waits for it, and what it refused, goes
        // out now; an endpoint removed from the rules is no longer reported as failing.
        let changed = new.endpoints.filter { name, endpoint in
            guard let old = previous.endpoints[name] else { return false }
            return old.url.value != endpoint.url.value || old.secretEnvironmentVariable?.value != endpoint.secretEnvironmentVariable?.value
        }.keys
        for name in previous.endpoints.keys where new.endpoints[name] == nil || changed.contains(name) {
            deliveries.succeeded(.endpoint(name))
        }
        guard !changed.isEmpty else { return }
        Task {
            for name in changed {
                _ = try? await store.retryFailed(.endpoint(name), now: clock())
                _ = try? await store.retryNow(.endpoint(name), now: clock())
            }
            wake()
        }
    }
    let storeWatch = StoreWatch(store: store, logger: logger, log: faultLog)
    let router = Router(context: RulesdRequestContext.self)
    WebhookController(
        configuration: configuration, store: store, logger: logger, metrics: metrics, faultLog: faultLog,
        templatesInUse: { Set(rules.program.ruleSet.whatsappTemplates.values.map(\.templateName.value)) }, onStored: wake
    ).register(on: router)
    let storeHealth = StoreHealth(store: store)
    router.get("healthz") { _, _ in
        try await health(storeHealth, rules: rules, configuration: configuration, deliveries: deliveries, store: store, now: clock())
    }
    router.get("metrics") { _, _ in try await exposition(metrics, store: store) }
    // The console's reads and the hourly prune use a connection of their own: in WAL mode they never wait
    // for the webhooks' writes, and the webhooks never queue behind a long list or a prune on the store's actor.
    let sideStore = try MessageStore(path: configuration.databasePath)
    if let access = configuration.console {
        ConsoleRoutes(
            access: access, store: sideStore, rules: rules, deliveries: deliveries, storeHealth: storeHealth, clock: clock, wake: wake, logger: logger
        ).register(on: router)
    } else {
        logger.info("the console is off: set RULESD_CONSOLE_PASSWORD to open it at /console")
    }
    let retention = RetentionService(store: sideStore, keep: configuration.retention, logger: logger, clock: clock)
    let connections = ConnectionCount()
    let limits = configuration.connectionLimits
    let app = Application(
        router: router,
        server: .http1(configuration: .init(additionalChannelHandlers: [ConnectionGuard(limits: limits, count: connections)])),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "rulesd"),
        services: [pipeline, reloader, storeWatch, retention] + (configuration.console.map { [$0.sessionMemory as any Service] } ?? []),
        onServerRunning: { channel in
            // The bound address (with --port 0, the port the system picked): scripts and tests read this line.
            logger.info("listening", metadata: ["address": "\(configuration.host):\(channel.localAddress?.port ?? configuration.port)"])
        },
        logger: logger)
    return (app, ServeContext(store: store, metrics: metrics, rules: rules, pipeline: pipeline, reloader: reloader, wake: wake))
}
