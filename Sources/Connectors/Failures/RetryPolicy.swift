import Engine
import Foundation

/// When to try a failed delivery again: about 5 s, 30 s, 2 min, 10 min, 30 min, then hourly, each with up to
/// 20% random jitter, never sooner than the server's `Retry-After`, and never after 24 hours from the
/// first attempt.
public struct RetryPolicy: Sendable, Equatable {
    public var delays: [Duration]
    public var giveUpAfter: Duration
    /// Fraction of each delay added at random, so retries from many contacts do not arrive together.
    public var jitter: Double

    public init(
        delays: [Duration] = [.seconds(5), .seconds(30), .seconds(120), .seconds(600), .seconds(1800), .seconds(3600)],
        giveUpAfter: Duration = .seconds(24 * 3600), jitter: Double = 0.2
    ) {
        self.delays = delays
        self.giveUpAfter = giveUpAfter
        self.jitter = jitter
    }

    /// When to try again after `attempts` failed attempts, or nil to give up.
    /// - Parameters:
    ///   - attempts: how many attempts have failed so far (1 after the first).
    ///   - firstAttempt: when the first attempt was made.
    ///   - failure: the last failure (permanent ones are never retried; `Retry-After` is honoured).
    ///   - now: the current time.
    ///   - random: a number in [0, 1) for the jitter, passed in so tests are deterministic.
    public func nextAttempt(after attempts: Int, firstAttempt: Date, failure: DeliveryFailure, now: Date, random: Double) -> Date? {
        guard case .retry(let requested) = failure.disposition, attempts >= 1 else { return nil }
        let base = delays[min(attempts - 1, delays.count - 1)]
        var delay = base.timeInterval * (1 + jitter * random)
        if let requested { delay = max(delay, requested.timeInterval) }
        let next = now.addingTimeInterval(delay)
        guard next.timeIntervalSince(firstAttempt) <= giveUpAfter.timeInterval else { return nil }
        return next
    }
}
