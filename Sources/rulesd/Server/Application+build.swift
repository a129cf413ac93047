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

/// Builds the application: the routes, the store and the pipeline.
func buildApplication(
    configuration: ServerConfiguration, program: RuleProgram, transport: any HTTPTransport, logger: Logger,
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
    let dispatcher = OutboxDispatcher(
        store: store, rules: rules, meta: meta, crm: CRMClient(transport: transport), limiter: SendRateLimiter(),
        retryPolicy: RetryPolicy(), environment: configuration.environment, dryMode: configuration.isDryMode,
        metrics: metrics)
    let pipeline = PipelineService(worker: worker, dispatcher: dispatcher, wakeups: wakeups, interval: .milliseconds(500), logger: logger, clock: clock)

    let reloader = RulesReloader(paths: configuration.rulesPaths, rules: rules, logger: logger, pollInterval: .seconds(2))
    let router = Router()
    WebhookController(configuration: configuration, store: store, logger: logger, metrics: metrics, onStored: wake).register(on: router)
    router.get("healthz") { _, _ in try await health(store: store, rules: rules, configuration: configuration) }
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

/// `GET /healthz`: the store answers, which rules are loaded, and how much waits in the outbox.
func health(store: MessageStore, rules: RuleProgramHolder, configuration: ServerConfiguration) async throws -> Response {
    let backlog = try await store.outboxBacklog()
    let ruleSet = rules.program.ruleSet
    let version = NormalizedText.hash(ruleSet.files.flatMap(\.file.bytes))
    let object: [String: Any] = [
        "status": "ok",
        "store": "ok",
        "rules": ["files": ruleSet.files.count, "rules": ruleSet.rules.count, "version": String(version, radix: 16)],
        "outbox_backlog": backlog,
        "dry_mode": configuration.isDryMode,
    ]
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    var headers = HTTPFields()
    headers[.contentType] = "application/json"
    return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
}

/// `GET /metrics`: every metric in the Prometheus text format, the outbox depth read at scrape time.
func exposition(_ metrics: ServeMetrics, store: MessageStore) async throws -> Response {
    metrics.outbox(depth: try await store.outboxBacklog())
    var headers = HTTPFields()
    headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
    return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: metrics.exposition())))
}
