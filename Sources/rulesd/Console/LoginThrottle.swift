import Foundation
import Synchronization

/// Slows down password guessing at the console's login: each client address gets `attempts` failed logins
/// per `window`; past that, logins from it are refused until the oldest failure leaves the window. A
/// success clears the address's failures.
final class LoginThrottle: Sendable {
    let attempts: Int
    let window: TimeInterval
    private let failures = Mutex<[String: [Date]]>([:])

    init(attempts: Int = 5, window: TimeInterval = 300) {
        self.attempts = attempts
        self.window = window
    }

    /// How long the address must wait before trying again; nil when it may try now.
    func wait(for address: String, now: Date) -> TimeInterval? {
        failures.withLock { failures in
            let recent = (failures[address] ?? []).filter { now.timeIntervalSince($0) < window }
            failures[address] = recent.isEmpty ? nil : recent
            guard recent.count >= attempts, let oldest = recent.first else { return nil }
            return window - now.timeIntervalSince(oldest)
        }
    }

    func failed(_ address: String, at now: Date) {
        failures.withLock { failures in
            var recent = (failures[address] ?? []).filter { now.timeIntervalSince($0) < window }
            recent.append(now)
            failures[address] = recent
            // Many addresses (a spray of guesses): forget the oldest so memory stays bounded.
            if failures.count > 10_000, let stale = failures.min(by: { ($0.value.last ?? .distantPast) < ($1.value.last ?? .distantPast) })?.key {
                failures[stale] = nil
            }
        }
    }

    /// The address to count a login against. Behind a proxy on the same machine (the set-up docs/setup.md
    /// describes) every browser arrives from loopback, so the proxy's `X-Forwarded-For` names the browser:
    /// its last address, the one the proxy added (earlier ones are the browser's own claims). From any
    /// other peer the header is ignored, so a browser cannot pick its own address.
    static func clientAddress(peer: String?, forwardedFor: [String]) -> String {
        guard let peer else { return "unknown" }
        let loopback = peer.hasPrefix("127.") || peer == "::1" || peer == "::ffff:127.0.0.1"
        guard loopback, let last = forwardedFor.flatMap({ $0.split(separator: ",") }).last?.trimmingCharacters(in: .whitespaces), !last.isEmpty
        else { return peer }
        return last
    }

    func succeeded(_ address: String) {
        failures.withLock { $0[address] = nil }
    }
}
