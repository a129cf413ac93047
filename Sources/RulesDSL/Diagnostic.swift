/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable, Codable {
    case error
    case warning
    case note
}

/// What a diagnostic says, apart from where: a stable id, a severity and the text for people.
///
/// Every message lives in the catalogue (`DiagnosticMessages.swift`), as a static member whose
/// ``id`` is its name, so that tools can rely on ids while the wording improves.
public struct DiagnosticMessage: Sendable, Hashable {
    public var id: String
    public var severity: Severity
    public var text: String

    public init(id: String, severity: Severity, text: String) {
        self.id = id
        self.severity = severity
        self.text = text
    }
}

/// A secondary location that helps explain a diagnostic ("the earlier definition is here").
public struct DiagnosticNote: Sendable, Hashable {
    public var text: String
    public var file: SourceFile
    public var range: SourceRange

    public init(text: String, file: SourceFile, range: SourceRange) {
        self.text = text
        self.file = file
        self.range = range
    }

    public static func == (lhs: DiagnosticNote, rhs: DiagnosticNote) -> Bool {
        lhs.text == rhs.text && lhs.file === rhs.file && lhs.range == rhs.range
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(range)
    }
}

/// One problem found in a rule file: the message, where it is, and optional notes and a suggested replacement.
public struct Diagnostic: Sendable, Hashable {
    public var message: DiagnosticMessage
    public var file: SourceFile
    public var range: SourceRange
    public var notes: [DiagnosticNote]
    /// The text that would fix the problem if it replaced ``range`` (for editors), when there is one.
    public var fixIt: String?

    public init(
        _ message: DiagnosticMessage, file: SourceFile, range: SourceRange,
        notes: [DiagnosticNote] = [], fixIt: String? = nil
    ) {
        self.message = message
        self.file = file
        self.range = range
        self.notes = notes
        self.fixIt = fixIt
    }

    public var severity: Severity { message.severity }

    /// Line and column of the start of the range.
    public var location: SourceLocation { file.location(of: range.start) }

    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.message == rhs.message && lhs.file === rhs.file && lhs.range == rhs.range && lhs.notes == rhs.notes
            && lhs.fixIt == rhs.fixIt
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(message)
        hasher.combine(range)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of these diagnostics is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file name, then position, errors before warnings at the same spot.
    public func sortedForDisplay() -> [Diagnostic] {
        enumerated().sorted { a, b in
            if a.element.file.name != b.element.file.name { return a.element.file.name < b.element.file.name }
            if a.element.range.start != b.element.range.start { return a.element.range.start < b.element.range.start }
            return a.offset < b.offset
        }.map(\.element)
    }
}

/// Collects diagnostics for one file, up to a cap so that a huge garbage file cannot flood the output.
public struct DiagnosticCollector: Sendable {
    public let file: SourceFile
    public private(set) var diagnostics: [Diagnostic] = []
    public let limit: Int
    private var dropped = 0

    public init(file: SourceFile, limit: Int = 200) {
        self.file = file
        self.limit = limit
    }

    /// Records a diagnostic at a range of this collector's file.
    public mutating func report(
        _ message: DiagnosticMessage, at range: SourceRange, notes: [DiagnosticNote] = [], fixIt: String? = nil
    ) {
        guard diagnostics.count < limit else {
            dropped += 1
            return
        }
        diagnostics.append(Diagnostic(message, file: file, range: range, notes: notes, fixIt: fixIt))
    }

    /// The diagnostics, with a final note when some were dropped.
    public func finish() -> [Diagnostic] {
        guard dropped > 0 else { return diagnostics }
        let last = diagnostics.last?.range ?? .at(0)
        return diagnostics + [Diagnostic(.tooManyDiagnostics(dropped), file: file, range: last)]
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
}
