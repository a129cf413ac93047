import Logging
import Synchronization

/// A log handler that keeps every message, so tests can read what the server logged and at which level.
struct CapturingLogHandler: LogHandler {
    final class Store: Sendable {
        private let entries = Mutex<[(level: Logger.Level, message: String)]>([])
        func append(_ level: Logger.Level, _ message: String) { entries.withLock { $0.append((level, message)) } }
        var all: [(level: Logger.Level, message: String)] { entries.withLock { $0 } }
        func messages(at level: Logger.Level) -> [String] { all.filter { $0.level == level }.map(\.message) }
    }

    let store: Store
    var logLevel: Logger.Level = .trace
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        store.append(event.level, "\(event.message)")
    }

    /// A logger writing into a fresh store, and the store.
    static func logger() -> (Logger, Store) {
        let store = Store()
        return (Logger(label: "test") { _ in CapturingLogHandler(store: store) }, store)
    }
}
