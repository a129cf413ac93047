import Engine
import Foundation

/// One chat file read as a stream of recorded messages, in file order: a line at a time for JSON lines (a
/// replay holds one chunk of the file), whole for a `.json` document (webhook bodies are small).
final class ChatSource {
    let path: String
    private var reader: LineReader?
    private var buffered: [RecordedMessage] = []
    private var nextBuffered = 0
    /// Problems met so far and not yet taken.
    private var problems: [RecordingProblem] = []
    /// The file's size, for progress.
    let size: Int

    init(path: String) throws(UsageError) {
        self.path = path
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        if path.hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: path) else { throw UsageError(description: "cannot read \(path)") }
            let (messages, problems) = RecordingReader.read(file: path, data: data)
            buffered = messages
            self.problems = problems
        } else {
            do { reader = try LineReader(path: path) } catch { throw UsageError(description: "cannot read \(path)") }
        }
    }

    /// Bytes read so far.
    var bytesRead: Int { reader?.bytesRead ?? size }

    /// The next message in file order, or nil at the end.
    func next() -> RecordedMessage? {
        while true {
            if nextBuffered < buffered.count {
                defer { nextBuffered += 1 }
                return buffered[nextBuffered]
            }
            buffered.removeAll(keepingCapacity: true)
            nextBuffered = 0
            guard let reader, let line = reader.next() else { return nil }
            let number = reader.lineNumber
            RecordingReader.read(line: line, origin: "\(path):\(number)", into: &buffered, problems: &problems)
        }
    }

    /// The problems met since the last call.
    func takeProblems() -> [RecordingProblem] {
        defer { problems.removeAll() }
        return problems
    }
}

/// Several chat files merged by time: the next message is the earliest of the files' next ones (a file
/// keeps its own order). A contact's message older than its previous one means a file out of time order:
/// it is reported once per file and replayed where it stands.
final class ChatMerge {
    private let sources: [ChatSource]
    private var heads: [RecordedMessage?]
    private var lastAt: [ContactKey: Date] = [:]
    private var reportedOutOfOrder = Set<String>()
    private var problems: [RecordingProblem] = []

    init(_ sources: [ChatSource]) {
        self.sources = sources
        heads = sources.map { $0.next() }
    }

    /// Bytes read and total, over all files.
    var progress: (read: Int, total: Int) { (sources.reduce(0) { $0 + $1.bytesRead }, sources.reduce(0) { $0 + $1.size }) }

    func next() -> RecordedMessage? {
        var best: Int?
        for (index, head) in heads.enumerated() {
            guard let head else { continue }
            if let current = best, let bestHead = heads[current], bestHead.message.at <= head.message.at { continue }
            best = index
        }
        guard let best, let message = heads[best] else { return nil }
        heads[best] = sources[best].next()
        let key = message.message.contactKey
        if let previous = lastAt[key], message.message.at < previous, !reportedOutOfOrder.contains(sources[best].path) {
            reportedOutOfOrder.insert(sources[best].path)
            problems.append(RecordingProblem(
                origin: message.origin,
                reason: "this message is older than its contact's previous one: the file is not in time order and is replayed in file order",
                kind: .outOfOrder))
        }
        lastAt[key] = max(lastAt[key] ?? message.message.at, message.message.at)
        return message
    }

    /// The problems met since the last call, the files' own first.
    func takeProblems() -> [RecordingProblem] {
        var all = sources.flatMap { $0.takeProblems() }
        all += problems
        problems.removeAll()
        return all
    }
}
