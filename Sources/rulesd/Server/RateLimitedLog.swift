import Foundation
import Logging
import Synchronization

/// Logs a recurring fault at most once per `interval` for each key (a store fault's reason, a failing
/// destination), so a fault that lasts is visible in the log without flooding it.
final class RateLimitedLog: Sendable {
    private let lastLogged = Mutex<[String: Date]>([:])
    private let interval: TimeInterval

    init(interval: TimeInterval = 60) {
        self.interval = interval
    }

    /// Whether a message for `key` may be logged at `now` (and if so, remembers that it was).
    func shouldLog(_ key: String, now: Date) -> Bool {
        lastLogged.withLock { last in
            if let previous = last[key], now.timeIntervalSince(previous) < interval { return false }
            last[key] = now
            return true
        }
    }

    /// Forgets a key, so that its fault is logged at once if it comes back.
    func clear(_ key: String) {
        _ = lastLogged.withLock { $0.removeValue(forKey: key) }
    }
}
