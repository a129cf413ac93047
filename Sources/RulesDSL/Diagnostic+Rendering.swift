import Foundation

/// Renders diagnostics the way compilers do: `file:line:col: error: message`, the source line, and a caret.
///
/// ```
/// shop.rules:12:11: error: unknown template 'prise'; did you mean 'price'?
///     reply prise
///           ^~~~~
/// ```
public struct DiagnosticRenderer: Sendable {
    /// Whether to colour the output with ANSI escapes (for a terminal).
    public var colors: Bool
    /// Source lines longer than this are shown as a window around the diagnostic.
    static let maximumLineWidth = 120

    public init(colors: Bool = false) {
        self.colors = colors
    }

    /// All diagnostics, each followed by its notes, in display order.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sortedForDisplay().map(render).joined()
    }

    /// One diagnostic with its source line, caret and notes; ends with a line break.
    public func render(_ diagnostic: Diagnostic) -> String {
        var output = renderEntry(
            file: diagnostic.file, range: diagnostic.range, severity: diagnostic.severity,
            text: diagnostic.message.text)
        for note in diagnostic.notes {
            output += renderEntry(file: note.file, range: note.range, severity: .note, text: note.text)
        }
        return output
    }

    private func renderEntry(file: SourceFile, range: SourceRange, severity: Severity, text: String) -> String {
        let location = file.location(of: range.start)
        let label = paint(severity.rawValue + ":", severity)
        var output = bold("\(file.name):\(location.line):\(location.column):") + " \(label) " + bold(text) + "\n"
        var line = file.lineText(location.line)
        guard !line.isEmpty || range.start < file.bytes.count else { return output }
        var column = location.column
        var length = underlineLength(file, range, location)
        // A very long line is shown as a window around the spot.
        if line.count > Self.maximumLineWidth {
            let first = max(0, column - 1 - Self.maximumLineWidth / 2)
            let window = line.dropFirst(first).prefix(Self.maximumLineWidth)
            let prefix = first > 0 ? "..." : ""
            line = prefix + window + (first + window.count < line.count ? "..." : "")
            column = column - first + prefix.count
            length = min(length, window.count - (column - 1 - prefix.count))
        }
        output += line + "\n"
        output += paint(caretLine(under: line, column: column, length: max(1, length)), .note)
        output += "\n"
        return output
    }

    /// How many characters of the line the range covers (at least one).
    private func underlineLength(_ file: SourceFile, _ range: SourceRange, _ start: SourceLocation) -> Int {
        let endLocation = file.location(of: range.end)
        guard endLocation.line == start.line else {
            return max(1, file.lineText(start.line).count - start.column + 1)
        }
        return max(1, endLocation.column - start.column)
    }

    /// Spaces (and tabs where the line has them) up to the column, then `^~~~`.
    func caretLine(under line: String, column: Int, length: Int) -> String {
        var prefix = ""
        for character in line.prefix(column - 1) {
            prefix += character == "\t" ? "\t" : String(repeating: " ", count: Self.displayWidth(character))
        }
        var marks = "^"
        let underlined = line.dropFirst(column - 1).prefix(length)
        let width = underlined.dropFirst().reduce(0) { $0 + Self.displayWidth($1) }
        marks += String(repeating: "~", count: max(0, width))
        return prefix + marks
    }

    /// Terminal cells a character takes: 2 for emoji and East Asian wide characters, 1 otherwise.
    static func displayWidth(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 1 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) || first.properties.isEmojiPresentation {
            return 2
        }
        let wideRanges: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD,
        ]
        return wideRanges.contains { $0.contains(first.value) } ? 2 : 1
    }

    private func paint(_ text: String, _ severity: Severity) -> String {
        guard colors else { return text }
        let code = switch severity {
        case .error: "31"
        case .warning: "35"
        case .note: "32"
        }
        return "\u{1B}[1;\(code)m\(text)\u{1B}[0m"
    }

    private func bold(_ text: String) -> String {
        colors ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
}
