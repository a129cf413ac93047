import Dispatch
import Foundation
import Logging
import PostgresNIO
import ServiceLifecycle
import Synchronization

/// The process's PostgreSQL clients (postgres-nio's `PostgresClient`: a pool of connections), one per
/// address. A client runs from its first use until its last lease is given back (every store on that
/// address is gone), or `serve` shuts down (``PostgresClientsService``): its connections then close.
final class PostgresClients: Sendable {
    static let shared = PostgresClients()

    private struct Running {
        var client: PostgresClient
        var task: Task<Void, Never>
        /// Leases not yet given back.
        var leases = 0
    }

    private let clients = Mutex<[PostgresLocation: Running]>([:])

    /// The client for an address, started on first use.
    func client(for location: PostgresLocation) -> PostgresClient {
        clients.withLock { clients in
            if let running = clients[location] { return running.client }
            var logger = Logger(label: "rulesd.postgres")
            logger.logLevel = .critical
            let client = PostgresClient(configuration: location.configuration, backgroundLogger: logger)
            clients[location] = Running(client: client, task: Task { await client.run() })
            return client
        }
    }

    /// Stops the client of an address: its connections close.
    func shutdown(_ location: PostgresLocation) {
        clients.withLock { $0.removeValue(forKey: location) }?.task.cancel()
    }

    /// Counts a lease taken on an address's client (that client: it may have been stopped and replaced).
    fileprivate func leased(_ location: PostgresLocation, from client: PostgresClient) {
        clients.withLock { clients in
            if clients[location]?.client === client { clients[location]?.leases += 1 }
        }
    }

    /// Counts a lease given back; the last one stops the client.
    fileprivate func returned(_ location: PostgresLocation, to client: PostgresClient) {
        let idle = clients.withLock { clients -> Running? in
            guard var running = clients[location], running.client === client else { return nil }
            running.leases -= 1
            guard running.leases <= 0 else {
                clients[location] = running
                return nil
            }
            return clients.removeValue(forKey: location)
        }
        idle?.task.cancel()
    }

    /// Leases a connection for `location` for as long as the caller holds it (until ``PostgresLease/release()``).
    func lease(_ location: PostgresLocation, timeout: Duration = .seconds(15)) async throws -> PostgresLease {
        let client = client(for: location)
        return try await withThrowingTaskGroup(of: PostgresLease?.self) { group in
            group.addTask { try await Self.leaseNow(from: client, location: location) }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let lease = try await group.next() ?? nil else {
                throw PostgresStoreError("PostgreSQL at \(location) gave no connection within \(timeout.components.seconds) s: is the server up, and the address right?")
            }
            return lease
        }
    }

    /// A lease as soon as the client gives a connection.
    private static func leaseNow(from client: PostgresClient, location: PostgresLocation) async throws -> PostgresLease {
        try await startLease(from: client, location: location).value()
    }

    /// Asks the client for a connection in a task of its own, which holds it until the lease is released;
    /// the lease (or the failure) reaches whoever waits on the handoff.
    private static func startLease(from client: PostgresClient, location: PostgresLocation) -> LeaseHandoff {
        let handoff = LeaseHandoff()
        Task {
            do {
                try await client.withConnection { connection in
                    await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
                        handoff.deliver(.success(PostgresLease(connection: connection, client: client, location: location, done: done)))
                    }
                }
            } catch {
                handoff.deliver(.failure(error))
            }
        }
        return handoff
    }

    /// Leases a connection of the client for as long as the caller holds it (until ``PostgresLease/release()``).
    /// Blocks the calling thread, which must not be one of the cooperative pool's (a store's own thread), until
    /// the connection is there.
    static func lease(from client: PostgresClient, location: PostgresLocation, timeout: Duration = .seconds(15)) throws -> PostgresLease {
        guard let result = startLease(from: client, location: location).wait(timeout: timeout) else {
            throw PostgresStoreError("PostgreSQL at \(location) gave no connection within \(timeout.components.seconds) s: is the server up, and the address right?")
        }
        return try result.get()
    }
}

/// A connection leased from a client: given back when released (or when the lease goes away).
final class PostgresLease: Sendable {
    let connection: PostgresConnection
    private let client: PostgresClient
    private let location: PostgresLocation
    private let done: Mutex<CheckedContinuation<Void, Never>?>

    init(connection: PostgresConnection, client: PostgresClient, location: PostgresLocation, done: CheckedContinuation<Void, Never>) {
        self.connection = connection
        self.client = client
        self.location = location
        self.done = Mutex(done)
        PostgresClients.shared.leased(location, from: client)
    }

    deinit { release() }

    /// Gives the connection back to the client's pool (once).
    func release() {
        let given = done.withLock { done -> Bool in
            guard let continuation = done else { return false }
            continuation.resume()
            done = nil
            return true
        }
        if given { PostgresClients.shared.returned(location, to: client) }
    }
}

/// Hands a lease from the task that got it to whoever waits for it (a blocked thread, or a task); a lease
/// that comes after the waiter gave up is released at once.
private final class LeaseHandoff: Sendable {
    private struct State {
        var result: Result<PostgresLease, any Error>?
        var abandoned = false
        var waiter: CheckedContinuation<PostgresLease, any Error>?
    }

    private let state = Mutex(State())
    private let ready = DispatchSemaphore(value: 0)

    func deliver(_ result: Result<PostgresLease, any Error>) {
        let (taken, waiter) = state.withLock { state -> (Bool, CheckedContinuation<PostgresLease, any Error>?) in
            if state.abandoned || state.result != nil { return (false, nil) }
            state.result = result
            defer { state.waiter = nil }
            return (true, state.waiter)
        }
        guard taken else {
            if case .success(let lease) = result { lease.release() }
            return
        }
        waiter?.resume(with: result)
        ready.signal()
    }

    /// The lease, awaited without blocking a thread.
    func value() async throws -> PostgresLease {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let ready = state.withLock { state -> Result<PostgresLease, any Error>? in
                    if state.result == nil, !state.abandoned { state.waiter = continuation }
                    return state.abandoned ? .failure(CancellationError()) : state.result
                }
                if let ready { continuation.resume(with: ready) }
            }
        } onCancel: {
            let waiter = state.withLock { state in
                state.abandoned = true
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume(throwing: CancellationError())
        }
    }

    /// The lease, waited for on this thread for at most `timeout`; nil when it did not come.
    func wait(timeout: Duration) -> Result<PostgresLease, any Error>? {
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        _ = ready.wait(timeout: .now() + seconds)
        return state.withLock { state in
            if state.result == nil { state.abandoned = true }
            return state.result
        }
    }
}

/// Stops the PostgreSQL client of `serve`'s store when `serve` shuts down, so its connections close cleanly.
struct PostgresClientsService: Service, CustomStringConvertible {
    let location: PostgresLocation
    var description: String { "PostgresClientsService" }

    func run() async throws {
        try? await gracefulShutdown()
        PostgresClients.shared.shutdown(location)
    }
}
