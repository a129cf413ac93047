import Foundation
import Logging
import ServiceLifecycle

/// Looks at the store every second, whether or not webhooks arrive: a database file deleted or replaced
/// under the running server, or writes that fail, are logged as errors (at most once a minute for each
/// reason), and their end is logged when writing works again.
struct StoreWatch: Service, CustomStringConvertible {
    let store: MessageStore
    let logger: Logger
    let log: RateLimitedLog
    var interval: Duration = .seconds(1)

    var description: String { "StoreWatch" }

    func run() async throws {
        await cancelWhenGracefulShutdown {
            var previous: StoreFault?
            while !Task.isCancelled {
                let fault = await store.healthCheck()
                Self.report(fault, previous: previous, logger: logger, log: log)
                previous = fault
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// Logs a store fault (rate-limited), or the recovery from the previous one.
    static func report(_ fault: StoreFault?, previous: StoreFault?, logger: Logger, log: RateLimitedLog, now: Date = Date()) {
        if let fault {
            if log.shouldLog("store:" + fault.reason, now: now) {
                logger.error("the store cannot keep messages: \(fault.reason)", metadata: ["fault": "\(fault.kind.rawValue)"])
            }
        } else if let previous {
            log.clear("store:" + previous.reason)
            logger.info("the store is writable again; webhooks are accepted", metadata: ["was": "\(previous.reason)"])
        }
    }
}
