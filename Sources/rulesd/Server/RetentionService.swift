import Foundation
import Logging
import ServiceLifecycle

/// Deletes what is older than the retention (`serve --retention`, 90 days by default) and finished:
/// decisions, handled messages, sent or failed outbox entries, finished follow-ups, changes by hand. Runs
/// at start and then every hour; a failure is logged and tried again at the next round.
struct RetentionService: Service {
    let store: MessageStore
    let keep: TimeInterval
    let logger: Logger
    let clock: @Sendable () -> Date
    var interval: Duration = .seconds(3600)

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await pruneOnce()
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// One round; returns how many rows went.
    @discardableResult
    func pruneOnce() async -> Int {
        do {
            let removed = try await store.prune(before: clock().addingTimeInterval(-keep))
            if removed > 0 { logger.info("retention: removed records older than \(DurationText.words(keep))", metadata: ["rows": "\(removed)"]) }
            return removed
        } catch {
            logger.warning("retention: could not remove old records: \(error)")
            return 0
        }
    }
}
