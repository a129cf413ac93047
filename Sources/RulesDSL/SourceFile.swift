import Foundation

/// A rule file's text, with a table of line starts so that byte offsets turn into line and column on demand.
///
/// The text is always valid UTF-8: ``init(name:bytes:)`` replaces invalid sequences with U+FFFD and records
/// where they were in ``invalidUTF8Offsets`` so the lexer can report them.
public final class SourceFile: Sendable {
    /// The name shown in diagnostics, usually the path as the user gave it.
    public let name: String
    /// The decoded text.
    public let text: String
    /// The text's UTF-8 bytes; every ``SourceRange`` indexes into these.
    public let bytes: [UInt8]
    /// Byte offsets where each line starts; the first is 0.
    public let lineStarts: [Int]
    /// Byte offsets (in ``bytes``) of replacement characters that stand for invalid UTF-8 in the original.
    public let invalidUTF8Offsets: [Int]

    /// Creates a source file from text that is already a `String`.
    public convenience init(name: String, text: String) {
        self.init(name: name, decodedText: text, invalidOffsets: [])
    }

    /// Creates a source file from raw bytes, decoding them leniently.
    public convenience init(name: String, bytes raw: [UInt8]) {
        if let valid = String(validating: raw, as: UTF8.self) {
            self.init(name: name, decodedText: valid, invalidOffsets: [])
            return
        }
        var text = ""
        var offsets: [Int] = []
        var decoder = UTF8()
        var iterator = raw.makeIterator()
        text.reserveCapacity(raw.count)
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                text.unicodeScalars.append(scalar)
            case .error:
                offsets.append(text.utf8.count)
                text.unicodeScalars.append("\u{FFFD}")
            case .emptyInput:
                break loop
            }
        }
        self.init(name: name, decodedText: text, invalidOffsets: offsets)
    }

    private init(name: String, decodedText: String, invalidOffsets: [Int]) {
        self.name = name
        self.text = decodedText
        self.bytes = Array(decodedText.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
        self.invalidUTF8Offsets = invalidOffsets
    }

    /// The 1-based line holding a byte offset.
    public func line(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// Line and column of a byte offset; the column counts characters as a person sees them.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = min(max(offset, 0), bytes.count)
        let line = line(of: clamped)
        let start = lineStarts[line - 1]
        let column = Self.characterCount(bytes[start..<clamped]) + 1
        return SourceLocation(line: line, column: column)
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The source text a range covers.
    public func text(in range: SourceRange) -> String {
        let lower = min(max(range.start, 0), bytes.count)
        let upper = min(max(range.end, lower), bytes.count)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    static func characterCount(_ slice: ArraySlice<UInt8>) -> Int {
        String(decoding: slice, as: UTF8.self).count
    }
}

/// A 1-based line and column, the column in characters (grapheme clusters).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// A half-open range of UTF-8 byte offsets into a ``SourceFile``.
public struct SourceRange: Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// A range that covers both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    /// An empty range at a position.
    public static func at(_ offset: Int) -> SourceRange { SourceRange(start: offset, end: offset) }
}
