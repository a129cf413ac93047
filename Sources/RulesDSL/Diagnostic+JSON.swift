import Foundation

/// The JSON shape of a diagnostic, for editors: positions are 1-based, columns in characters.
public struct DiagnosticRecord: Codable, Sendable, Equatable {
    public struct Position: Codable, Sendable, Equatable {
        public var line: Int
        public var column: Int
    }

    public struct Note: Codable, Sendable, Equatable {
        public var file: String
        public var start: Position
        public var message: String
    }

    public var file: String
    public var start: Position
    public var end: Position
    public var severity: Severity
    public var id: String
    public var message: String
    public var notes: [Note]
    public var fixIt: String?

    public init(_ diagnostic: Diagnostic) {
        let file = diagnostic.file
        func position(_ offset: Int) -> Position {
            let location = file.location(of: offset)
            return Position(line: location.line, column: location.column)
        }
        self.file = file.name
        self.start = position(diagnostic.range.start)
        self.end = position(diagnostic.range.end)
        self.severity = diagnostic.severity
        self.id = diagnostic.message.id
        self.message = diagnostic.message.text
        self.notes = diagnostic.notes.map { note in
            let location = note.file.location(of: note.range.start)
            return Note(
                file: note.file.name, start: Position(line: location.line, column: location.column), message: note.text)
        }
        self.fixIt = diagnostic.fixIt
    }
}

extension Array where Element == Diagnostic {
    /// The diagnostics as a JSON array of ``DiagnosticRecord``, in display order.
    public func renderedAsJSON() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let records = sortedForDisplay().map(DiagnosticRecord.init)
        let data = (try? encoder.encode(records)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
