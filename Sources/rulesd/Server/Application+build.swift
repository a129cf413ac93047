import Connectors
import Engine
import Foundation
import Hummingbird
import Logging
import NIOCore
import RulesDSL

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
    let store = try MessageStore(path: configuration.databasePath)
    let rules = RuleProgramHolder(program)
    let meta = MetaClient(transport: transport, api: configuration.graphAPI, credentials: configuration.credentials)
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
    let pipeline = PipelineService(worker: worker, dispatcher: dispatcher, wakeups: wakeups, interval: .milliseconds(500), logger: logger, clock: clock)

    let reloader = RulesReloader(paths: configuration.rulesPaths, rules: rules, logger: logger, pollInterval: .seconds(2))
    let router = Router()
    WebhookController(configuration: configuration, store: store, logger: logger, metrics: metrics, onStored: wake).register(on: router)
    let storeHealth = StoreHealth(store: store)
    router.get("healthz") { _, _ in try await health(storeHealth, rules: rules, configuration: configuration) }
    router.get("metrics") { _, _ in try await exposition(metrics, store: store) }
    let app = Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "rulesd"),
        services: [pipeline, reloader],
        onServerRunning: { channel in
            // The bound address (with --port 0, the port the system picked): scripts and tests read this line.
            logger.info("listening", metadata: ["address": "\(configuration.host):\(channel.localAddress?.port ?? configuration.port)"])
        },
        logger: logger)
    return (app, ServeContext(store: store, metrics: metrics, rules: rules, pipeline: pipeline, reloader: reloader, wake: wake))
}
