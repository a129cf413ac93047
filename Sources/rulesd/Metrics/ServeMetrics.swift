import CoreMetrics
import Foundation
import Prometheus

/// The counters, gauges and histograms `serve` exposes at `GET /metrics`, in the Prometheus text format.
///
/// Each server owns its registry (no global bootstrap), so tests can build several servers in one process
/// and read each one's figures. With `serve --shops`, each shop counts into the same registry under its
/// own `shop` label; what belongs to no shop (a bad signature, an unknown account) has `shop=""`, which
/// Prometheus reads as no label.
struct ServeMetrics: Sendable {
    let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory
    /// `("shop", name)` for a shop of `--shops`; empty for the one shop of `--rules`.
    private let shopDimensions: [(String, String)]

    private let received: CoreMetrics.Counter
    private let duplicates: CoreMetrics.Counter
    private let badSignatures: CoreMetrics.Counter
    private let parseFailures: CoreMetrics.Counter
    private let outboxDepth: CoreMetrics.Gauge
    private let evaluationDuration: CoreMetrics.Timer
    private let sendDuration: CoreMetrics.Timer
    private let unrouted: CoreMetrics.Counter

    /// What happened to one outbox attempt, as counted by `rulesd_actions_total`.
    /// `dry`: decided and recorded in dry mode, not sent.
    enum ActionOutcome: String { case sent, dry, retried, failed, expired }

    /// - Parameters:
    ///   - registry: the registry to count into (shared by the shops of one server).
    ///   - shop: the shop's name, as the `shop` label; nil without shops (no label).
    init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry(), shop: String? = nil) {
        self.registry = registry
        shopDimensions = shop.map { [("shop", $0)] } ?? []
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets = [
            "rulesd_evaluation_duration_seconds": [
                .microseconds(10), .microseconds(25), .microseconds(50), .microseconds(100), .microseconds(250),
                .microseconds(500), .milliseconds(1), .milliseconds(5), .milliseconds(25), .milliseconds(100),
            ],
            "rulesd_send_duration_seconds": [
                .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
                .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10),
            ],
        ]
        self.factory = factory
        let shop = shopDimensions
        received = Counter(label: "rulesd_messages_received_total", dimensions: shop, factory: factory)
        duplicates = Counter(label: "rulesd_duplicate_deliveries_total", dimensions: shop, factory: factory)
        badSignatures = Counter(label: "rulesd_bad_signatures_total", dimensions: shop, factory: factory)
        parseFailures = Counter(label: "rulesd_parse_failures_total", dimensions: shop, factory: factory)
        outboxDepth = Gauge(label: "rulesd_outbox_depth", dimensions: shop, factory: factory)
        evaluationDuration = Timer(label: "rulesd_evaluation_duration_seconds", dimensions: shop, factory: factory)
        sendDuration = Timer(label: "rulesd_send_duration_seconds", dimensions: shop, factory: factory)
        unrouted = Counter(label: "rulesd_unrouted_messages_total", dimensions: shop, factory: factory)
    }

    /// Counts a webhook's messages: new ones and duplicate deliveries.
    func stored(new: Int, duplicates: Int) {
        received.increment(by: new)
        self.duplicates.increment(by: duplicates)
    }

    /// Counts messages for an account no shop answers: kept, never evaluated.
    func unrouted(_ count: Int) { unrouted.increment(by: count) }

    /// Counts a webhook refused for its signature.
    func signatureRejected() { badSignatures.increment() }

    /// Counts a signed body that could not be parsed (kept raw).
    func keptRaw() { parseFailures.increment() }

    /// Sets the outbox depth (entries not yet sent, failed or expired).
    func outbox(depth: Int) { outboxDepth.record(depth) }

    /// Records how long one evaluation took.
    func evaluated(in duration: Duration) { evaluationDuration.record(duration) }

    /// Records how long one send (reply or forward) took.
    func sent(in duration: Duration) { sendDuration.record(duration) }

    /// Counts WhatsApp delivery statuses received, by status.
    func delivery(statuses: [String]) {
        for status in statuses {
            Counter(label: "rulesd_delivery_statuses_total", dimensions: [("status", status)] + shopDimensions, factory: factory).increment()
        }
    }

    /// Counts messages that arrived on Instagram's standby channel (another app owns the conversation), and
    /// comments, by webhook field.
    func received(standby: Int, comments: Int, liveComments: Int) {
        for (label, count) in [("standby", standby), ("comments", comments), ("live_comments", liveComments)] where count > 0 {
            Counter(label: "rulesd_instagram_events_total", dimensions: [("field", label)] + shopDimensions, factory: factory).increment(by: count)
        }
    }

    /// Follow-ups by status as the store holds them (pending, fired, skipped, cancelled), read at scrape time:
    /// exact across restarts.
    func followUps(byStatus counts: [String: Int]) {
        for status in ["pending", "fired", "skipped", "cancelled"] {
            Gauge(label: "rulesd_followups", dimensions: [("status", status)] + shopDimensions, factory: factory).record(counts[status] ?? 0)
        }
    }

    /// Counts follow-ups that came due, by what happened: fired or skipped; a skipped one also by why
    /// (`condition`: it did not hold; `not in the rules`; `message gone`).
    func followUp(_ outcome: String, reason: String? = nil) {
        Counter(label: "rulesd_followups_due_total", dimensions: [("outcome", outcome)] + shopDimensions, factory: factory).increment()
        if let reason { Counter(label: "rulesd_followups_skipped_total", dimensions: [("reason", reason)] + shopDimensions, factory: factory).increment() }
    }

    /// Counts follow-ups scheduled (or scheduled again) by rules and follow-ups.
    func followUps(scheduled count: Int) {
        guard count > 0 else { return }
        Counter(label: "rulesd_followups_scheduled_total", dimensions: shopDimensions, factory: factory).increment(by: count)
    }

    /// Counts WhatsApp template updates, by event.
    func template(events: [String]) {
        for event in events {
            Counter(label: "rulesd_whatsapp_template_updates_total", dimensions: [("event", event)] + shopDimensions, factory: factory).increment()
        }
    }

    /// Counts one firing of `rule`.
    func ruleFired(_ rule: String) {
        Counter(label: "rulesd_rule_fires_total", dimensions: [("rule", rule)] + shopDimensions, factory: factory).increment()
    }

    /// Counts one outbox attempt of `kind` (reply or forward) by its outcome.
    func action(_ kind: String, _ outcome: ActionOutcome) {
        Counter(label: "rulesd_actions_total", dimensions: [("kind", kind), ("outcome", outcome.rawValue)] + shopDimensions, factory: factory)
            .increment()
    }

    /// The exposition: every metric in the Prometheus text format.
    func exposition() -> String { registry.emitToString() }
}

extension CoreMetrics.Timer {
    /// Records a measured `Duration`.
    fileprivate func record(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        recordNanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
