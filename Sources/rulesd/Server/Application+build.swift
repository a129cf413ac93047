import Connectors
import Engine
import Foundation
import Hummingbird
import Logging
import NIOCore
import Prometheus
import RulesDSL
import ServiceLifecycle

/// Everything `serve` runs, built from a configuration: tests build the same thing.
struct ServeContext: Sendable {
    let store: MessageStore
    /// What belongs to no shop (signatures, unreadable bodies, unknown accounts); with one shop, its metrics.
    let metrics: ServeMetrics
    /// The shops and which answers each account.
    let directory: ShopDirectory
    /// Each shop's pipeline, reloader and delivery health, in the directory's order.
    let shops: [ShopPipeline]
    /// Wakes every shop's pipeline.
    let wake: @Sendable () -> Void

    /// The first (with `--rules`, the only) shop's rules, pipeline and reloader.
    var rules: RuleProgramHolder { shops[0].shop.rules }
    var pipeline: PipelineService { shops[0].pipeline }
    var reloader: RulesReloader { shops[0].reloader }
}

/// Builds the application for one shop answering every account (`serve --rules`): see
/// ``buildApplication(configuration:shops:underShops:transport:crmTransport:logger:clock:)``.
func buildApplication(
    configuration: ServerConfiguration, program: RuleProgram, transport: any HTTPTransport, crmTransport: (any HTTPTransport)? = nil, logger: Logger,
    clock: @escaping @Sendable () -> Date = { Date() }
) async throws -> (some ApplicationProtocol, ServeContext) {
    try await buildApplication(
        configuration: configuration, shops: [ShopLoading.LoadedShop(name: "", paths: configuration.rulesPaths, program: program)], underShops: false,
        transport: transport, crmTransport: crmTransport, logger: logger, clock: clock)
}

/// Builds the application: the routes, the store and a pipeline per shop. CRM deliveries go through
/// `crmTransport` when given, so a CRM endpoint that hangs cannot take the connections replies need.
func buildApplication(
    configuration: ServerConfiguration, shops loaded: [ShopLoading.LoadedShop], underShops: Bool, transport: any HTTPTransport,
    crmTransport: (any HTTPTransport)? = nil, logger: Logger, clock: @escaping @Sendable () -> Date = { Date() }
) async throws -> (some ApplicationProtocol, ServeContext) {
    let store = try await MessageStore.open(path: configuration.databasePath, probe: true)
    for shop in loaded { shop.program.prepareEveryLanguage() }
    let registry = PrometheusCollectorRegistry()
    let directory = ShopDirectory(ShopLoading.shops(loaded, underShops: underShops, registry: registry), underShops: underShops)
    // With one shop, what belongs to no shop is counted with its figures, as before shops existed.
    let metrics = underShops ? ServeMetrics(registry: registry, shop: "") : directory.shops[0].metrics
    let faultLog = RateLimitedLog()
    // On PostgreSQL, the pipelines have a connection (and a thread) of their own: the webhooks' appends never
    // wait behind a batch of decisions, each a few round trips to the server. SQLite takes one writer at a
    // time anyway, and its writes take microseconds: one store for both.
    let pipelineStore = store.isShared ? try await MessageStore.open(path: configuration.databasePath) : store
    let shops = directory.shops.map { shop in
        ShopPipeline.build(
            shop, directory: directory, store: pipelineStore, configuration: configuration, transport: transport, crmTransport: crmTransport,
            logger: logger, faultLog: faultLog, clock: clock)
    }
    let wakeEvery: @Sendable () -> Void = { for shop in shops { shop.wake() } }
    let storeWatch = StoreWatch(store: store, logger: logger, log: faultLog)
    let router = Router(context: RulesdRequestContext.self)
    WebhookController(
        configuration: configuration, store: store, logger: logger, metrics: metrics, faultLog: faultLog,
        templatesInUse: { Set(directory.shops.flatMap { $0.rules.program.ruleSet.whatsappTemplates.values.map(\.templateName.value) }) },
        directory: directory,
        onStored: { names in
            for shop in shops where names.contains(shop.shop.name) { shop.wake() }
        }
    ).register(on: router)
    let storeHealth = StoreHealth(store: store)
    router.get("healthz") { _, _ in
        try await health(storeHealth, shops: shops, underShops: underShops, configuration: configuration, store: store, now: clock())
    }
    router.get("metrics") { _, _ in try await exposition(registry, shops: directory.shops, store: store) }
    // The console's reads and the hourly prune use a connection of their own: in WAL mode they never wait
    // for the webhooks' writes, and the webhooks never queue behind a long list or a prune on the store's actor.
    let sideStore = try await MessageStore.open(path: configuration.databasePath)
    let consoles = ConsoleSetup.register(
        on: router, shops: shops, underShops: underShops, configuration: configuration, store: sideStore, storeHealth: storeHealth, clock: clock,
        logger: logger)
    let retention = RetentionService(store: sideStore, keep: configuration.retention, logger: logger, clock: clock)
    let connections = ConnectionCount()
    let limits = configuration.connectionLimits
    var services: [any Service] = shops.map { $0.pipeline as any Service } + shops.map { $0.reloader as any Service } + [storeWatch, retention] + consoles
    if let location = try? PostgresLocation(configuration.databasePath) { services.append(PostgresClientsService(location: location)) }
    let app = Application(
        router: router,
        server: .http1(configuration: .init(additionalChannelHandlers: [ConnectionGuard(limits: limits, count: connections)])),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "rulesd"),
        services: services,
        onServerRunning: { channel in
            // The bound address (with --port 0, the port the system picked): scripts and tests read this line.
            logger.info("listening", metadata: ["address": "\(configuration.host):\(channel.localAddress?.port ?? configuration.port)"])
        },
        logger: logger)
    return (app, ServeContext(store: store, metrics: metrics, directory: directory, shops: shops, wake: wakeEvery))
}
