/// A condition: what must hold for a rule to fire.
public struct Condition: Sendable {
    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    public indirect enum Kind: Sendable {
        /// `first contact`
        case firstContact
        /// `message contains "a"`, `contains any "a", "b"`, `contains all "a", "b"`
        case contains(ContainsMode, [StringLiteral])
        /// `message matches /re/i`
        case matches(RegexLiteral)
        /// `message is "a"`
        case messageIs(StringLiteral)
        /// `sentiment < -0.5`
        case sentiment(Comparison, NumberLiteral)
        /// `channel is instagram`
        case channelIs(Identifier)
        /// `kind is text`
        case kindIs(Identifier)
        /// `language is es`: the message's language (or, when unclear, the contact's last).
        case languageIs(Identifier)
        /// `payload is "RESERVE_M"`
        case payloadIs(StringLiteral)
        /// `post is "18034567890123456"`: the Instagram post or reel a comment is on.
        case postIs(StringLiteral)
        /// `tagged "vip"`
        case tagged(StringLiteral)
        /// `within open` (inside is true) or `outside open`
        case hours(inside: Bool, Identifier)
        /// `contact messages >= 3`
        case contactMessages(Comparison, IntegerLiteral)
        /// `true`
        case always
        /// `not C`
        case not(Condition)
        /// `C and C and ...`
        case and([Condition])
        /// `C or C or ...`
        case or([Condition])
        /// `( C )`, kept so that formatting preserves the writer's grouping.
        case group(Condition)
        /// A condition that did not parse; a diagnostic has been reported.
        case invalid
    }
}

/// How `contains` treats several words.
public enum ContainsMode: String, Sendable, Hashable {
    /// `contains "a"`: one word or phrase.
    case single
    /// `contains any`: at least one.
    case any
    /// `contains all`: every one.
    case all
}

/// A comparison operator.
public enum Comparison: String, Sendable, Hashable, CaseIterable {
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    /// Compares two numbers with this operator.
    public func holds<T: Comparable>(_ lhs: T, _ rhs: T) -> Bool {
        switch self {
        case .less: lhs < rhs
        case .lessOrEqual: lhs <= rhs
        case .greater: lhs > rhs
        case .greaterOrEqual: lhs >= rhs
        }
    }
}

/// An action a rule takes when it fires.
public struct Action: Sendable {
    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    public enum Kind: Sendable {
        /// `reply NAME`
        case replyTemplate(Identifier)
        /// `reply NAME else APPROVED`: NAME while the customer's 24-hour window is open, else the approved
        /// WhatsApp template APPROVED.
        case replyElse(Identifier, otherwise: Identifier)
        /// `reply "text"`
        case replyText(StringLiteral)
        /// `reply publicly NAME`: an answer under the comment, visible to everyone.
        case replyPubliclyTemplate(Identifier)
        /// `reply publicly "text"` or `reply publicly one of "a", "b"`.
        case replyPubliclyTexts([StringLiteral], isOneOf: Bool)
        /// `tag "x"`
        case tag(StringLiteral)
        /// `untag "x"`
        case untag(StringLiteral)
        /// `forward to NAME`
        case forward(Identifier)
        /// `pause 24h`
        case pause(DurationLiteral)
        /// `stop`
        case stop
        /// `follow up "NAME"`: schedules the follow-up NAME for this contact (again: restarts it).
        case followUp(StringLiteral)
    }
}
