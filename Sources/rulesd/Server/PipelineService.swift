import Engine
import Foundation
import Logging
import ServiceLifecycle

/// Runs the worker and the dispatcher until shutdown: woken when messages are stored, and every
/// `interval` anyway for retries that come due. Stops between transactions on graceful shutdown.
struct PipelineService: Service {
    let worker: MessageWorker
    let dispatcher: OutboxDispatcher
    let wakeups: AsyncStream<Void>
    let interval: Duration
    let logger: Logger
    let clock: @Sendable () -> Date

    let gate = CycleGate()

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    for await _ in wakeups { await cycle() }
                }
                group.addTask {
                    while !Task.isCancelled {
                        await cycle()
                        try? await Task.sleep(for: interval)
                    }
                }
                await group.next()
                group.cancelAll()
            }
        }
        logger.info("pipeline stopped")
    }

    /// One pass: evaluate what is pending, then send what is due. Passes never overlap: a request for a
    /// pass while one runs makes that one go round once more.
    func cycle() async {
        guard await gate.enter() else { return }
        repeat {
            do {
                while try await worker.runOnce(now: clock()) > 0, !Task.isCancelled {}
                while try await dispatcher.runOnce(now: clock()) > 0, !Task.isCancelled {}
            } catch {
                logger.error("pipeline error", metadata: ["error": "\(error)"])
            }
        } while await gate.leave()
    }
}

/// Lets one pipeline pass run at a time and remembers whether another was asked for meanwhile.
actor CycleGate {
    private var running = false
    private var requested = false

    /// Whether the caller may run a pass now (false: one is running and will go round again).
    func enter() -> Bool {
        if running {
            requested = true
            return false
        }
        running = true
        return true
    }

    /// Whether the caller must run another pass before leaving.
    func leave() -> Bool {
        if requested {
            requested = false
            return true
        }
        running = false
        return false
    }
}
