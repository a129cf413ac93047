import Foundation

/// Reads a file line by line in chunks, so a replay holds one chunk of its input at a time, however large
/// the file.
final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    /// The 1-based number of the line last returned.
    private(set) var lineNumber = 0
    /// Bytes read so far, for progress.
    private(set) var bytesRead = 0
    private let chunkSize: Int

    init(path: String, chunkSize: Int = 1 << 20) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw UsageError(description: "cannot read \(path)") }
        self.handle = handle
        self.chunkSize = chunkSize
    }

    deinit { try? handle.close() }

    /// The next line without its line break, or nil at the end of the file.
    func next() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                var line = buffer[start..<newline]
                if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
                start = newline + 1
                lineNumber += 1
                return line
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                lineNumber += 1
                return line
            }
            let chunk = (try? handle.read(upToCount: chunkSize)) ?? nil
            if let chunk, !chunk.isEmpty {
                bytesRead += chunk.count
                buffer.removeSubrange(0..<start)
                start = 0
                buffer.append(contentsOf: chunk)
            } else {
                finished = true
            }
        }
    }
}
