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
    // Written by hand: the route is polled, and JSONSerialization cost more than the rest of the request.
    var rulesObject = JSONObjectWriter()
    rulesObject.addRaw("files", String(ruleSet.files.count))
    rulesObject.addRaw("rules", String(ruleSet.rules.count))
    rulesObject.add("version", version)
    var object = JSONObjectWriter()
    object.addRaw("dry_mode", String(configuration.isDryMode))
    object.addRaw("outbox_backlog", backlog.map(String.init) ?? "null")
    object.addRaw("rules", rulesObject.finish())
    object.add("status", backlog == nil ? "unavailable" : "ok")
    object.add("store", storeStatus)
    let data = Data(object.finish().utf8)
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
