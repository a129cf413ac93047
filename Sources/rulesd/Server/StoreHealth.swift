import Foundation
import Synchronization

/// The store's health and outbox backlog as `/healthz` reports them, read from the store at most once per
/// `maximumAge`: load balancers poll the route, and it serves as the server's HTTP ceiling in benchmarks,
/// so it must not queue behind the store's work. Concurrent requests share one reading.
final class StoreHealth: Sendable {
    struct Reading: Sendable {
        /// Entries waiting in the outbox; nil when the store did not answer.
        var backlog: Int?
        var error: String?
        /// Why the store cannot keep messages now (webhooks get 503 meanwhile).
        var fault: StoreFault?
    }

    private struct State {
        var reading: Reading?
        var readAt: ContinuousClock.Instant?
        var refreshing = false
    }

    private let state = Mutex(State())
    private let store: MessageStore
    private let maximumAge: Duration

    init(store: MessageStore, maximumAge: Duration = .seconds(1)) {
        self.store = store
        self.maximumAge = maximumAge
    }

    /// The latest reading, refreshed first when it is older than `maximumAge` (by one caller; the others
    /// meanwhile get the previous reading, or wait for the first).
    func current() async -> Reading {
        let now = ContinuousClock.now
        let (refresh, cached): (Bool, Reading?) = state.withLock { state in
            let stale = state.readAt.map { now - $0 > maximumAge } ?? true
            if stale, !state.refreshing {
                state.refreshing = true
                return (true, state.reading)
            }
            return (false, state.reading)
        }
        if !refresh, let cached { return cached }
        if !refresh {
            // The first reading is being taken by another request.
            try? await Task.sleep(for: .milliseconds(5))
            return await current()
        }
        let reading: Reading
        let fault = await store.healthCheck()
        do { reading = Reading(backlog: try await store.outboxBacklog(), error: nil, fault: fault) } catch {
            reading = Reading(backlog: nil, error: "\(error)", fault: fault)
        }
        state.withLock { state in
            state.reading = reading
            state.readAt = ContinuousClock.now
            state.refreshing = false
        }
        return reading
    }
}
