import Engine
import Foundation

/// The rules page, as its template reads it: the loaded set, what each rule did day by day, and the rules
/// that never fired.
struct RulesView {
    struct Reload { var at: String; var reason: String; var outcome: String; var diagnostics: String? }
    struct Row { var name: String; var fires: Int; var replies: Int; var chart: String }

    var csrf: String
    var navRules = true
    var loadedText: String
    var version: String
    var loadedAt: String
    var files: [String]
    var lastReload: Reload?
    var days7: Bool
    var days30: Bool
    var rows: [Row]
    var neverFired: [String]
    var neverSince: String

    init(rules: RuleProgramHolder, activity: RuleActivity, everFired: Set<String>, days: Int, now: Date, clock: DisplayTime, csrf: String) {
        let (ruleSet, version) = rules.loaded
        let (loadedAt, reload) = rules.history
        self.csrf = csrf
        loadedText = Self.count(ruleSet.rules.count, "rule") + " from " + Self.count(ruleSet.files.count, "file")
        self.version = version
        self.loadedAt = clock.format(loadedAt)
        files = ruleSet.files.map(\.file.name)
        lastReload = reload.map {
            Reload(at: clock.format($0.at), reason: $0.reason, outcome: $0.outcome.rawValue.replacingOccurrences(of: "_", with: " "),
                   diagnostics: $0.diagnostics.isEmpty ? nil : $0.diagnostics)
        }
        days7 = days == 7
        days30 = days == 30
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = clock.timeZone
        let dayNames: [String] = (0..<days).reversed().map { back in
            let date = now.addingTimeInterval(-Double(back) * 86_400)
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        }
        rows = ruleSet.rules.map { checked in
            let name = checked.name
            let fires = activity.fires[name] ?? [:], replies = activity.replies[name] ?? [:]
            return Row(
                name: name, fires: dayNames.reduce(0) { $0 + (fires[$1] ?? 0) }, replies: dayNames.reduce(0) { $0 + (replies[$1] ?? 0) },
                chart: ActivityChart.svg(rule: name, days: dayNames, fires: fires, replies: replies))
        }
        neverFired = ruleSet.rules.map(\.name).filter { !everFired.contains($0) }
        neverSince = activity.since.map { "Since \(clock.format($0)), the oldest decision kept." } ?? "No message has been decided yet."
    }

    /// "1 rule", "3 rules".
    static func count(_ value: Int, _ noun: String) -> String { "\(value) \(noun)\(value == 1 ? "" : "s")" }
}
