/// A lexical token of the rules language.
///
/// Keywords are not separate kinds: the language's words (`rule`, `when`, `contains`...) are identifiers
/// that the parser recognises where they can appear, so a misspelt one can be reported with a suggestion.
public struct Token: Sendable {
    public enum Kind: Sendable, Hashable {
        case identifier
        case string
        case regex
        case integer
        case decimal
        case duration
        case clockTime
        case comma
        case leftParen
        case rightParen
        case equals
        case less
        case lessOrEqual
        case greater
        case greaterOrEqual
        case minus
        case dot
        /// Something that could not be a token; the lexer has reported it.
        case invalid
        case endOfFile
    }

    public var kind: Kind
    public var range: SourceRange
    /// The token's source text (for strings, the literal as written).
    public var text: String
    /// Whether the token is the first on its line, which guides error recovery.
    public var isAtLineStart: Bool
    /// The decoded literal of a `.string` token.
    public var string: StringLiteral?
    /// The decoded literal of a `.regex` token.
    public var regex: RegexLiteral?

    /// Whether this is the identifier `word`.
    public func isWord(_ word: String) -> Bool { kind == .identifier && text == word }
}

/// The words with a meaning of their own in the language, by where they appear.
public enum Keywords {
    public static let declarations = ["set", "hours", "option", "template", "endpoint", "rule", "ice", "menu", "followup", "account", "console"]
    public static let ruleClauses = ["priority", "cooldown", "on", "when"]
    public static let conditionStarts = [
        "first", "message", "sentiment", "channel", "kind", "payload", "tagged", "within", "outside", "contact",
        "language", "post", "true", "not",
    ]
    public static let actions = ["reply", "tag", "untag", "forward", "pause", "stop", "follow"]
    public static let channels = ["instagram", "whatsapp"]
    public static let messageKinds = ["text", "media", "story_reply", "story_mention", "postback", "comment", "live_comment"]
    /// What `on` takes: a channel, or `comments` (Instagram comments instead of direct messages).
    public static let audiences = ["instagram", "whatsapp", "comments"]
}
