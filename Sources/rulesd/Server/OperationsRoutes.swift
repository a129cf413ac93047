import Engine
import Foundation
import Hummingbird
import Prometheus
import RulesDSL

// The routes an operator uses: health for load balancers and uptime checks, metrics for Prometheus.

/// `GET /healthz`: whether the server can take messages and deliver what it decided.
///
/// - `status` `ok`: all is well (200).
/// - `status` `degraded` (still 200, so a load balancer keeps the server): some destinations are failing;
///   `failing` names each (the Graph API per channel, each CRM endpoint; under `--shops`, with its shop)
///   with its last error, since when, and how long its oldest entry has waited.
/// - `status` `unavailable` (503): the store cannot keep messages (`store` says why: the file was deleted
///   or replaced, the disk is full, the file is read-only); webhooks get 503 meanwhile.
///
/// `rules` gives the loaded set's files, rules, version and load time, and the last reload's outcome and
/// diagnostics; under `--shops`, `shops` gives that for each shop, with its accounts and backlog. The
/// store is read at most once a second.
func health(
    _ storeHealth: StoreHealth, shops: [ShopPipeline], underShops: Bool, configuration: ServerConfiguration, store: MessageStore,
    now: Date = Date()
) async throws -> Response {
    let reading = await storeHealth.current()
    let backlog = reading.backlog
    let storeProblem = reading.fault?.reason ?? reading.error
    var failing: [String] = []
    var shopObjects: [String] = []
    for served in shops {
        let scope = served.shop.scope
        var shopFailing: [String] = []
        for destination in served.deliveries.current {
            let waiting: (count: Int, oldest: Date?) = (try? await store.waiting(for: destination.destination, scope: scope)) ?? (0, nil)
            var item = JSONObjectWriter()
            item.add("destination", destination.destination.name)
            item.add("failing_since", Timestamps.formatISO8601(destination.since))
            item.add("last_error", destination.lastError)
            item.addRaw("oldest_waiting_seconds", waiting.oldest.map { String(Int(now.timeIntervalSince($0).rounded(.down))) } ?? "null")
            if underShops { item.add("shop", served.shop.name) }
            item.addRaw("waiting", String(waiting.count))
            shopFailing.append(item.finish())
        }
        failing += shopFailing
        guard underShops else { continue }
        var object = JSONObjectWriter()
        object.addRaw("accounts", "[" + served.shop.accounts.map { "\"\($0.channel.rawValue):\($0.id)\"" }.joined(separator: ",") + "]")
        object.addRaw("failing", "[" + shopFailing.joined(separator: ",") + "]")
        object.add("name", served.shop.name)
        object.addRaw("outbox_backlog", (try? await store.outboxBacklog(scope: scope)).map(String.init) ?? "null")
        object.addRaw("rules", rulesJSON(served.shop.rules))
        shopObjects.append(object.finish())
    }
    let status = storeProblem != nil || backlog == nil ? "unavailable" : failing.isEmpty ? "ok" : "degraded"
    // Follow-ups due more than a minute ago and not fired: the pipeline is behind, or stuck.
    let followUps = try? await store.followUpBacklog(now: now)
    var object = JSONObjectWriter()
    object.addRaw("dry_mode", String(configuration.isDryMode))
    object.addRaw("failing", "[" + failing.joined(separator: ",") + "]")
    object.addRaw("followups_overdue", followUps.map { String($0.overdue) } ?? "null")
    object.addRaw("followups_pending", followUps.map { String($0.pending) } ?? "null")
    object.addRaw("outbox_backlog", backlog.map(String.init) ?? "null")
    if underShops {
        object.addRaw("shops", "[" + shopObjects.joined(separator: ",") + "]")
    } else if let only = shops.first {
        object.addRaw("rules", rulesJSON(only.shop.rules))
    }
    object.add("status", status)
    object.add("store", storeProblem ?? "ok")
    let data = Data(object.finish().utf8)
    var headers = HTTPFields()
    headers[.contentType] = "application/json"
    return Response(status: status == "unavailable" ? .serviceUnavailable : .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
}

/// The rules in use as `/healthz` shows them: files, rules, version, load time, the last reload. Written
/// by hand: the route is polled, and JSONSerialization cost more than the rest of the request.
private func rulesJSON(_ rules: RuleProgramHolder) -> String {
    let (ruleSet, version) = rules.loaded
    let (loadedAt, lastReload) = rules.history
    var lastReloadJSON = "null"
    if let lastReload {
        var reload = JSONObjectWriter()
        reload.add("at", Timestamps.formatISO8601(lastReload.at))
        reload.add("diagnostics", lastReload.diagnostics)
        reload.add("outcome", lastReload.outcome.rawValue)
        reload.add("reason", lastReload.reason)
        lastReloadJSON = reload.finish()
    }
    var rulesObject = JSONObjectWriter()
    rulesObject.addRaw("files", String(ruleSet.files.count))
    rulesObject.addRaw("last_reload", lastReloadJSON)
    rulesObject.add("loaded_at", Timestamps.formatISO8601(loadedAt))
    rulesObject.addRaw("rules", String(ruleSet.rules.count))
    rulesObject.add("version", version)
    return rulesObject.finish()
}

/// `GET /metrics`: every metric in the Prometheus text format, each shop's outbox depth and follow-ups
/// read at scrape time.
func exposition(_ registry: PrometheusCollectorRegistry, shops: [Shop], store: MessageStore) async throws -> Response {
    for shop in shops {
        shop.metrics.outbox(depth: try await store.outboxBacklog(scope: shop.scope))
        shop.metrics.followUps(byStatus: try await store.followUpCounts(scope: shop.scope))
    }
    var headers = HTTPFields()
    headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
    return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: registry.emitToString())))
}
