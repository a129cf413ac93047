/// An output line of the formatter, remembering which source offsets it came from so comments can be put back.
struct FormattedLine {
    var text: String
    /// First source offset the line's content came from, or nil for a line inside a multi-line string.
    var sourceStart: Int?
    /// Last source offset the line's content came from, or nil when a trailing comment cannot follow it.
    var sourceEnd: Int?
    /// Indentation for own-line comments placed just before this line.
    var commentIndent: Int
    /// Whether a blank line must come before this line (and its leading comments).
    var blankBefore = false
    /// Whether this line starts a top-level declaration (blank lines of the source are kept before those).
    var startsDeclaration = false
}

/// Builds formatted lines from pieces of text, splitting multi-line pieces.
struct LineBuilder {
    private(set) var lines: [FormattedLine] = []
    private var current: FormattedLine?

    /// Starts a new line at an indentation.
    mutating func begin(indent: Int, commentIndent: Int? = nil, at start: Int, declaration: Bool = false, blank: Bool = false) {
        finish()
        current = FormattedLine(
            text: String(repeating: " ", count: indent), sourceStart: start, sourceEnd: start,
            commentIndent: commentIndent ?? indent, blankBefore: blank, startsDeclaration: declaration)
    }

    /// Appends text that came from a source range; text holding line breaks continues on new lines.
    mutating func append(_ text: String, range: SourceRange) {
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard parts.count > 1 else {
            current?.text += text
            current?.sourceEnd = range.end
            return
        }
        current?.text += parts[0]
        current?.sourceEnd = nil
        for part in parts.dropFirst() {
            finish()
            current = FormattedLine(text: String(part), sourceStart: nil, sourceEnd: nil, commentIndent: 0)
        }
        current?.sourceEnd = range.end
    }

    /// The length of the line being built.
    var currentWidth: Int { current?.text.count ?? 0 }

    mutating func finish() {
        if let line = current { lines.append(line) }
        current = nil
    }
}

extension Formatter {
    /// Puts comments back between and after the formatted lines and joins everything into the file's text.
    static func merge(_ lines: [FormattedLine], comments: [Comment], source: SourceFile) -> String {
        var output: [String] = []
        var pending = comments[...]
        var previousEnd: Int?  // source end of the previous emitted item, for blank-line detection
        var lastLineIndex: Int?  // output index of the last line that may take a trailing comment
        var lastLineEnd: Int?

        func hadBlankLine(before start: Int) -> Bool {
            guard let previousEnd, previousEnd < start else { return false }
            var newlines = 0
            for byte in source.bytes[previousEnd..<start] {
                if byte == UInt8(ascii: "\n") {
                    newlines += 1
                    if newlines >= 2 { return true }
                } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\r") {
                    newlines = 0
                }
            }
            return false
        }
        func addBlank() {
            if let last = output.last, !last.isEmpty { output.append("") }
        }

        for line in lines {
            var forcedBlank = line.blankBefore
            if let start = line.sourceStart {
                while let comment = pending.first, comment.range.start < start {
                    pending.removeFirst()
                    if let index = lastLineIndex, let end = lastLineEnd, comment.range.start >= end,
                        source.line(of: comment.range.start) == source.line(of: end)
                    {
                        output[index] += "  " + comment.text
                        lastLineIndex = nil
                    } else {
                        if (line.startsDeclaration && hadBlankLine(before: comment.range.start)) || forcedBlank {
                            addBlank()
                            forcedBlank = false
                        }
                        output.append(String(repeating: " ", count: line.commentIndent) + comment.text)
                        lastLineIndex = nil
                    }
                    previousEnd = comment.range.end
                }
                if forcedBlank || (line.startsDeclaration && hadBlankLine(before: start)) { addBlank() }
            }
            output.append(line.text)
            if let end = line.sourceEnd {
                lastLineIndex = output.count - 1
                lastLineEnd = end
                previousEnd = end
            } else {
                lastLineIndex = nil
            }
        }
        for comment in pending {
            if let index = lastLineIndex, let end = lastLineEnd, source.line(of: comment.range.start) == source.line(of: end) {
                output[index] += "  " + comment.text
                lastLineIndex = nil
            } else {
                if hadBlankLine(before: comment.range.start) { addBlank() }
                output.append(comment.text)
                lastLineIndex = nil
            }
            previousEnd = comment.range.end
        }
        while output.first == "" { output.removeFirst() }
        guard !output.isEmpty else { return "" }
        return output.joined(separator: "\n") + "\n"
    }
}
