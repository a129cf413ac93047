import Engine
import Foundation
import Logging
import ServiceLifecycle

/// Runs the worker and the dispatcher until shutdown, each in its own loop so that sending never waits
/// for evaluation to run dry (nor the other way round): the worker is woken when messages are stored, the
/// dispatcher when the worker has decided something, and both every `interval` anyway (retries come due).
/// Stops between transactions on graceful shutdown.
struct PipelineService: Service, CustomStringConvertible {
    let worker: MessageWorker
    let dispatcher: OutboxDispatcher
    let wakeups: AsyncStream<Void>
    let interval: Duration
    let logger: Logger
    let clock: @Sendable () -> Date
    /// Errors of the loops are logged through it, at most once a minute each.
    var faultLog = RateLimitedLog()

    let evaluation = CycleGate()
    private let deliveryWakeups: AsyncStream<Void>
    private let wakeDelivery: AsyncStream<Void>.Continuation

    init(worker: MessageWorker, dispatcher: OutboxDispatcher, wakeups: AsyncStream<Void>, interval: Duration, logger: Logger, clock: @escaping @Sendable () -> Date) {
        self.worker = worker
        self.dispatcher = dispatcher
        self.wakeups = wakeups
        self.interval = interval
        self.logger = logger
        self.clock = clock
        (deliveryWakeups, wakeDelivery) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// What ServiceLifecycle logs when it starts and stops the service: the name, nothing it holds.
    var description: String { "PipelineService" }

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    for await _ in wakeups { await evaluate() }
                }
                group.addTask { await deliveryLoop() }
                group.addTask {
                    while !Task.isCancelled {
                        await evaluate()
                        wakeDelivery.yield()
                        try? await Task.sleep(for: interval)
                    }
                }
                await group.next()
                group.cancelAll()
            }
        }
        logger.info("pipeline stopped")
    }

    /// One pass of each: evaluate what is pending, then send what is due.
    func cycle() async {
        await evaluate()
        await deliver()
    }

    /// Evaluates until nothing is pending; wakes the dispatcher after each batch. Passes never overlap.
    func evaluate() async {
        guard await evaluation.enter() else { return }
        repeat {
            do {
                while try await worker.runOnce(now: clock()) > 0, !Task.isCancelled { wakeDelivery.yield() }
            } catch {
                await report(error)
            }
        } while await evaluation.leave()
    }

    /// Sends what is due, waiting until done (tests drive the pipeline with this).
    func deliver() async {
        do {
            while try await dispatcher.runOnce(now: clock()) > 0, !Task.isCancelled {}
        } catch {
            await report(error)
        }
    }

    /// Serves due entries as they come: each lane (one place's entries, see
    /// ``OutboxDispatcher/claimDue(now:)``) in a task of its own, so a slow CRM endpoint holds up only its
    /// own contact's forwards. Woken by the worker, the timer, and each finished lane (which frees a place).
    private func deliveryLoop() async {
        await withDiscardingTaskGroup { sends in
            for await _ in deliveryWakeups {
                do {
                    for lane in try await dispatcher.claimDue(now: clock()) {
                        sends.addTask {
                            do {
                                try await dispatcher.send(lane, now: clock, random: { Double.random(in: 0..<1) })
                            } catch is CancellationError {
                                // Shutting down: the entry stays pending for the next start.
                            } catch {
                                await report(error)
                            }
                            wakeDelivery.yield()
                        }
                    }
                } catch {
                    await report(error)
                }
            }
        }
    }

    /// Logs a loop's error, at most once a minute for the same one; a failed write becomes the store's
    /// fault, which `/healthz` reports until a write works again.
    private func report(_ error: any Error) async {
        if let fault = await worker.store.note(error) {
            if faultLog.shouldLog("store:" + fault.reason, now: Date()) {
                logger.error("the store cannot keep decisions and send outcomes: \(fault.reason)", metadata: ["fault": "\(fault.kind.rawValue)"])
            }
            return
        }
        if faultLog.shouldLog("pipeline:\(error)", now: Date()) {
            logger.error("pipeline error", metadata: ["error": "\(error)"])
        }
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
