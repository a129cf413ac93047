import Foundation
import RulesDSL

/// A rule set whose names are resolved and whose patterns, zones and options are compiled: the input of
/// evaluation. Built by ``RuleSetChecker/check(_:)`` only when there are no errors.
public struct CheckedRuleSet: Sendable {
    /// A rule with the file it came from and its place in evaluation order.
    public struct CheckedRule: Sendable {
        public var rule: Rule
        public var file: SourceFile
        /// Position in evaluation order (descending priority, then files in name order, then file order).
        public var order: Int
        public var name: String { rule.name.value }
        public var priority: Int { rule.priority?.value ?? 0 }
    }

    /// A follow-up with the file it came from.
    public struct CheckedFollowUp: Sendable {
        public var declaration: FollowUpDeclaration
        public var file: SourceFile
    }

    /// Identifies a regex literal by file and offset.
    public struct RegexKey: Hashable, Sendable {
        public var file: String
        public var offset: Int
    }

    public var files: [RuleFile]
    /// Rules in evaluation order.
    public var rules: [CheckedRule]
    public var values: [String: String]
    public var templates: [String: TemplateDeclaration]
    /// Templates approved in WhatsApp Manager, for a closed window.
    public var whatsappTemplates: [String: WhatsAppTemplateDeclaration]
    public var hours: [String: OpeningHours]
    public var endpoints: [String: EndpointDeclaration]
    public var options: RuleSetOptions
    public var regexes: [RegexKey: CompiledRegex]
    /// Follow-ups by name.
    public var followUps: [String: CheckedFollowUp] = [:]
    /// The Instagram profile's conversation starters (`ice breakers`): question and payload, in order.
    public var iceBreakers: [ReplyButton] = []
    /// The Instagram profile's persistent menu (`menu`), in order; a link item's payload is its URL.
    public var menu: [ReplyButton] = []
    /// The accounts this set answers (`account ...`); empty: every account `serve` receives (one shop).
    public var accounts: [ShopAccount] = []
    /// The environment variable holding the console's password for this shop (`console password env`).
    public var consolePasswordVariable: String?

    /// Whether a rule says `on comments` (the app must then receive `comments` and `live_comments`).
    public var seesComments: Bool { rules.contains { $0.rule.seesComments } }

    /// The compiled regex of a literal in a file of this set.
    public func regex(_ literal: RegexLiteral, in file: SourceFile) -> CompiledRegex? {
        regexes[RegexKey(file: file.name, offset: literal.range.start)]
    }
}

/// An account a rule set answers, and the environment variable holding its access token.
public struct ShopAccount: Sendable, Hashable {
    public var channel: Channel
    /// The Instagram account id or the WhatsApp phone number id.
    public var id: String
    public var tokenVariable: String

    public init(channel: Channel, id: String, tokenVariable: String) {
        self.channel = channel
        self.id = id
        self.tokenVariable = tokenVariable
    }
}

/// The engine options a rule set may set with `option NAME = VALUE`.
public struct RuleSetOptions: Sendable, Equatable {
    /// How long a seller's own message pauses automatic replies to that contact; zero turns takeover off.
    public var takeover: Duration = .seconds(3600)
    /// At most this many automatic replies to one contact within the window; nil for no cap.
    public var maxReplies: (count: Int, window: Duration)?
    /// An additional sentiment lexicon file (word TAB valence per line), relative to the rule file.
    public var lexiconPath: String?
    /// How many replies one message may get, each from a different rule, in rule order (1 to 5).
    public var repliesPerMessage = 1
    /// The language of the templates' first (unlabelled) texts: the hours in them are written in it.
    public var language: Language = .en
    /// The text of the button that opens a WhatsApp list (`option list_button`); nil: "Options" in the
    /// reply's language.
    public var listButton: String?
    /// `option debounce`: a customer's text messages less than this apart are evaluated once, together;
    /// zero (the default) evaluates each at once.
    public var debounce: TimeInterval = 0

    /// The longest `option debounce` takes, in seconds.
    public static let maximumDebounce = 60

    /// The values `replies_per_message` accepts.
    public static let repliesPerMessageRange = 1...5

    public init() {}

    /// Every option name, for checking and suggestions.
    public static let names = ["takeover", "max_replies", "lexicon", "replies_per_message", "language", "list_button", "debounce"]

    public static func == (lhs: RuleSetOptions, rhs: RuleSetOptions) -> Bool {
        lhs.takeover == rhs.takeover && lhs.maxReplies?.count == rhs.maxReplies?.count
            && lhs.maxReplies?.window == rhs.maxReplies?.window && lhs.lexiconPath == rhs.lexiconPath
            && lhs.repliesPerMessage == rhs.repliesPerMessage && lhs.language == rhs.language && lhs.listButton == rhs.listButton && lhs.debounce == rhs.debounce
    }
}
