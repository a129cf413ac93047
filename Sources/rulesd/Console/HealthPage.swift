import Engine
import Foundation

/// The health page, as its template reads it: what waits and what failed per destination, with why; the
/// last message per channel; the rules in use.
struct HealthView {
    struct Destination { var destination: String; var waiting: Int; var failed: Int; var expired: Int; var reasons: [String] }
    struct Event { var channel: String; var time: String }

    var csrf: String
    var navHealth = true
    var statusText: String
    var statusClass: String
    var problems: [String]
    var destinations: [Destination]
    var events: [Event]
    var rulesText: String

    init(
        reading: StoreHealth.Reading, failing: [DeliveryHealth.Failing], summaries: [DestinationSummary], lastEvents: [String: Date],
        rules: RuleProgramHolder, clock: DisplayTime, csrf: String
    ) {
        self.csrf = csrf
        var problems: [String] = []
        if let fault = reading.fault { problems.append("The database cannot keep messages: \(fault.reason)") } else if let error = reading.error {
            problems.append("The database did not answer: \(error)")
        }
        let (_, lastReload) = rules.history
        if let lastReload, lastReload.outcome == .rejected {
            problems.append(
                "Your last change to the rules (\(clock.format(lastReload.at))) was not taken: it has errors. The rules before it keep serving; the Rules page shows what to fix.")
        }
        for destination in failing {
            problems.append("\(destination.destination.name) is failing since \(clock.format(destination.since)): \(destination.lastError)")
        }
        self.problems = problems
        statusText = problems.isEmpty ? "Everything works." : "Something needs you: see below."
        statusClass = problems.isEmpty ? "active" : "attention"
        destinations = summaries.map { summary in
            Destination(
                destination: summary.destination == "instagram" ? "Instagram" : summary.destination == "whatsapp" ? "WhatsApp" : summary.destination,
                waiting: summary.waiting, failed: summary.failed, expired: summary.expired,
                reasons: summary.reasons.prefix(5).map { "\($0.reason) (\($0.count)×)" })
        }
        events = lastEvents.sorted { $0.key < $1.key }.map { Event(channel: $0.key == "instagram" ? "Instagram" : $0.key == "whatsapp" ? "WhatsApp" : $0.key, time: clock.format($0.value)) }
        let (ruleSet, version) = rules.loaded
        let (loadedAt, reload) = rules.history
        var text = RulesView.count(ruleSet.rules.count, "rule") + " from " + RulesView.count(ruleSet.files.count, "file")
            + " (version \(version)), loaded \(clock.format(loadedAt))."
        if let reload, reload.outcome != .loaded {
            text += " The last reload (\(clock.format(reload.at))) was not taken: the rules had errors; the rules above keep serving. See Rules."
        }
        rulesText = text
    }
}
