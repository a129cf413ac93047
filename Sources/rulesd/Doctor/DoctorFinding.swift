import Connectors
import Engine
import Foundation

/// One line of `rulesd doctor`: what a check found, in plain words, and for a problem what to do.
struct DoctorFinding: Sendable, Equatable {
    enum Status: String, Sendable {
        case ok = "ok"
        case problem = "PROBLEM"
        case note = "note"
    }

    var status: Status
    /// What was found, starting with what it is about: "instagram: the token works for @luna.shop".
    var what: String
    /// What the seller should do; for notes, how to go further.
    var fix: String?

    static func ok(_ what: String) -> DoctorFinding { DoctorFinding(status: .ok, what: what, fix: nil) }
    static func problem(_ what: String, fix: String) -> DoctorFinding { DoctorFinding(status: .problem, what: what, fix: fix) }
    static func note(_ what: String, fix: String? = nil) -> DoctorFinding { DoctorFinding(status: .note, what: what, fix: fix) }

    /// `PROBLEM instagram: ...` and, when there is one, an indented `what to do:` line.
    var rendered: String {
        let label = status.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
        guard let fix else { return "\(label) \(what)" }
        return "\(label) \(what)\n        what to do: \(fix)"
    }
}

/// What one channel's checks found. When its first request got no answer at all, the channel's checks
/// stopped there: `unreachable` holds that failure.
struct DoctorChannelResult: Sendable {
    var findings: [DoctorFinding] = []
    var unreachable: DeliveryFailure?
}

/// Everything `rulesd doctor` found, in the order checked, and the exit status it makes.
struct DoctorReport: Sendable {
    private(set) var findings: [DoctorFinding] = []
    private var channelsChecked = 0
    private var channelsReached = 0

    mutating func add(_ finding: DoctorFinding) { findings.append(finding) }
    mutating func add(_ more: [DoctorFinding]) { findings += more }

    /// Adds a channel's findings; a channel whose Graph API could not be reached becomes one problem.
    /// - Parameter customBase: whether `GRAPH_API_BASE` is set (then it may be the cause).
    mutating func add(_ result: DoctorChannelResult, channel: Channel, api: GraphAPI, customBase: Bool) {
        channelsChecked += 1
        if let failure = result.unreachable {
            let reason = FailureClassifier.plainTransportReason(failure.message)
            let fix = customBase
                ? "GRAPH_API_BASE is set: unset it to use Meta's, or start the server it points to"
                : "check this machine's internet connection (and any proxy or firewall), then run rulesd doctor again"
            findings.append(.problem("\(channel.rawValue): could not reach the Graph API at \(api.base) (\(reason))", fix: fix))
        } else {
            channelsReached += 1
        }
        findings += result.findings
    }

    /// 3 when no channel's Graph API could be reached, else 1 when anything is a problem, else 0.
    var exitStatus: Int32 {
        if channelsChecked > 0, channelsReached == 0 { return ExitStatus.unreachable }
        return findings.contains { $0.status == .problem } ? ExitStatus.problems : ExitStatus.success
    }

    /// The report's lines, with every text of `secrets` (tokens, the app secret) replaced, should an answer
    /// or an error have echoed one.
    func rendered(hiding secrets: [String]) -> String {
        var text = findings.map(\.rendered).joined(separator: "\n")
        for secret in secrets where secret.count >= 8 {
            text = text.replacingOccurrences(of: secret, with: "<hidden>")
        }
        return text
    }
}
