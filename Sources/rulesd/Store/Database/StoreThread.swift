import Foundation

/// A thread of its own that runs a store's actor: the store's calls block (SQLite writing to the disk,
/// PostgreSQL's round trips), and blocking here holds no thread of Swift's cooperative pool, which the
/// HTTP server, the engine and the senders share. Jobs run one at a time, in the order they came: the
/// actor's serial executor.
final class StoreThread: SerialExecutor, @unchecked Sendable {
    /// Guards `jobs` and `stopping`, and wakes the thread.
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var stopping = false

    /// Starts the thread; it runs until ``stop()`` and the jobs before it are done.
    init(name: String) {
        let thread = Thread { [self] in run() }
        thread.name = name
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor { UnownedSerialExecutor(ordinary: self) }

    /// Ends the thread once the jobs already given are done (the store is gone: no more can come).
    func stop() {
        condition.lock()
        stopping = true
        condition.signal()
        condition.unlock()
    }

    private func run() {
        var batch: [UnownedJob] = []
        while true {
            condition.lock()
            while jobs.isEmpty && !stopping { condition.wait() }
            if jobs.isEmpty {
                condition.unlock()
                return
            }
            swap(&batch, &jobs)
            condition.unlock()
            for job in batch { job.runSynchronously(on: asUnownedSerialExecutor()) }
            batch.removeAll(keepingCapacity: true)
        }
    }
}
