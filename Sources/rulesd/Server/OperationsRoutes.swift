import Engine
import Foundation
import Hummingbird
import RulesDSL

// The routes an operator uses: health for load balancers and uptime checks, metrics for Prometheus.

/// `GET /healthz`: the store answers, which rules are loaded, and how much waits in the outbox (read at
/// most once a second); 503 when the store does not answer.
func health(_ storeHealth: StoreHealth, rules: RuleProgramHolder, configuration: ServerConfiguration) async throws -> Response {
    let reading = await storeHealth.current()
    let backlog = reading.backlog
    let storeStatus = reading.error.map { "error: \($0)" } ?? "ok"
    let (ruleSet, version) = rules.loaded
    let object: [String: Any] = [
        "status": backlog == nil ? "unavailable" : "ok",
        "store": storeStatus,
        "rules": ["files": ruleSet.files.count, "rules": ruleSet.rules.count, "version": version],
        "outbox_backlog": backlog ?? NSNull(),
        "dry_mode": configuration.isDryMode,
    ]
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    var headers = HTTPFields()
    headers[.contentType] = "application/json"
    return Response(status: backlog == nil ? .serviceUnavailable : .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
}

/// `GET /metrics`: every metric in the Prometheus text format, the outbox depth read at scrape time.
func exposition(_ metrics: ServeMetrics, store: MessageStore) async throws -> Response {
    metrics.outbox(depth: try await store.outboxBacklog())
    var headers = HTTPFields()
    headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
    return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: metrics.exposition())))
}
