/// A string as written in a rule file: `"..."` or a `"""` multi-line string.
///
/// Strings used as templates may hold `{{variable or "fallback"}}` parts; ``pieces`` holds the text cut
/// into plain text and variables, while ``value`` is the decoded text with each `{{...}}` kept as written.
public struct StringLiteral: Sendable, Hashable {
    /// The decoded text (escapes applied, indentation removed), `{{...}}` kept as written.
    public var value: String
    /// The text cut into plain parts and template variables.
    public var pieces: [TemplatePiece]
    /// The whole literal, quotes included.
    public var range: SourceRange
    /// Whether it was written with `"""`.
    public var isMultiline: Bool

    public init(value: String, pieces: [TemplatePiece], range: SourceRange, isMultiline: Bool) {
        self.value = value
        self.pieces = pieces
        self.range = range
        self.isMultiline = isMultiline
    }

    /// The template variables used in the string.
    public var variables: [TemplateVariable] {
        pieces.compactMap { if case .variable(let v) = $0 { v } else { nil } }
    }
}

/// A part of a template string.
public enum TemplatePiece: Sendable, Hashable {
    case text(String)
    case variable(TemplateVariable)
}

/// `{{contact.name or "there"}}`: alternatives tried in order until one has a value.
public struct TemplateVariable: Sendable, Hashable {
    public var alternatives: [TemplateTerm]
    /// The range of the whole `{{...}}`.
    public var range: SourceRange
}

/// One alternative inside `{{ }}`.
public enum TemplateTerm: Sendable, Hashable {
    /// A variable such as `contact.name` or `shop`.
    case variable(String, SourceRange)
    /// A quoted fallback such as `"there"`.
    case literal(String, SourceRange)
}
