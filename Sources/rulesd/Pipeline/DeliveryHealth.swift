import Foundation
import Synchronization

/// Which destinations of the outbox are failing now, and since when: the Graph API of each channel (for
/// replies) and each CRM endpoint (for forwards). `/healthz` names them ("degraded"), the log warns about
/// each at most once a minute, and the dispatcher probes a failing one every 30 seconds so that its waiting
/// entries go out soon after it recovers.
final class DeliveryHealth: Sendable {
    /// One failing destination.
    struct Failing: Sendable, Equatable {
        var destination: Destination
        /// The last attempt's error, in plain words.
        var lastError: String
        /// The first failure since the last success.
        var since: Date
        /// The last failed attempt.
        var lastAttempt: Date
    }

    private let failing = Mutex<[Destination: Failing]>([:])

    init() {}

    /// Records a failed attempt (one that will be retried, or given up).
    func failed(_ destination: Destination, error: String, at now: Date) {
        failing.withLock { failing in
            var entry = failing[destination] ?? Failing(destination: destination, lastError: error, since: now, lastAttempt: now)
            entry.lastError = error
            entry.lastAttempt = now
            failing[destination] = entry
        }
    }

    /// Records a success; returns whether the destination was failing until now.
    @discardableResult
    func succeeded(_ destination: Destination) -> Bool {
        failing.withLock { $0.removeValue(forKey: destination) != nil }
    }

    /// The failing destinations, by name.
    var current: [Failing] { failing.withLock { Array($0.values) }.sorted { $0.destination.name < $1.destination.name } }

    /// Failing destinations not attempted for `interval`: time for a probe.
    func due(forProbeAt now: Date, interval: TimeInterval) -> [Destination] {
        failing.withLock { failing in
            failing.values.filter { now.timeIntervalSince($0.lastAttempt) >= interval }.map(\.destination)
        }
    }

    /// Notes that a probe was sent, so the next waits another interval.
    func probed(_ destination: Destination, at now: Date) {
        failing.withLock { failing in failing[destination]?.lastAttempt = now }
    }
}

/// Where an outbox entry goes: a channel's Graph API (replies) or a named CRM endpoint (forwards).
enum Destination: Sendable, Hashable {
    case graphAPI(channel: String)
    case endpoint(String)

    /// "Graph API (instagram)", "endpoint crm".
    var name: String {
        switch self {
        case .graphAPI(let channel): "Graph API (\(channel))"
        case .endpoint(let name): "endpoint \(name)"
        }
    }
}
