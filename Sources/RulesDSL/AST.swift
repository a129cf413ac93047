/// One parsed rule file: its declarations in order, and its comments (kept for the formatter).
public struct RuleFile: Sendable {
    public var file: SourceFile
    public var declarations: [Declaration]
    public var comments: [Comment]
    /// Names of declarations that had syntax errors and were left out, so checks do not call them unknown.
    public var incompleteDeclarationNames: [String] = []
    /// Whether lexing or parsing reported an error in this file.
    public var hasSyntaxErrors = false

    public init(file: SourceFile, declarations: [Declaration], comments: [Comment]) {
        self.file = file
        self.declarations = declarations
        self.comments = comments
    }

    /// The rules of this file, in file order.
    public var rules: [Rule] {
        declarations.compactMap { if case .rule(let rule) = $0 { rule } else { nil } }
    }
}

/// A `#` comment, from the `#` to the end of its line.
public struct Comment: Sendable, Hashable {
    public var text: String
    public var range: SourceRange
}

/// A top-level declaration.
public enum Declaration: Sendable {
    case set(SetDeclaration)
    case hours(HoursDeclaration)
    case option(OptionDeclaration)
    case template(TemplateDeclaration)
    /// `template NAME = whatsapp "name" language "code" ...`: a template approved in WhatsApp Manager.
    case whatsappTemplate(WhatsAppTemplateDeclaration)
    case endpoint(EndpointDeclaration)
    case rule(Rule)
    /// `ice breakers "Question" -> "PAYLOAD", ...`
    case iceBreakers(ProfileDeclaration)
    /// `menu "Title" -> "PAYLOAD" or "https://...", ...`
    case menu(ProfileDeclaration)
    /// `followup "NAME" after D [keep] when ... then ... end`
    case followUp(FollowUpDeclaration)
    /// `account instagram|whatsapp "ID" token env "VAR"`
    case account(AccountDeclaration)
    /// `console password env "VAR"`
    case console(ConsoleDeclaration)

    /// The source range of the whole declaration.
    public var range: SourceRange {
        switch self {
        case .set(let d): d.range
        case .hours(let d): d.range
        case .option(let d): d.range
        case .template(let d): d.range
        case .whatsappTemplate(let d): d.range
        case .endpoint(let d): d.range
        case .rule(let d): d.range
        case .iceBreakers(let d), .menu(let d): d.range
        case .followUp(let d): d.range
        case .account(let d): d.range
        case .console(let d): d.range
        }
    }
}

/// A name as written, with where.
public struct Identifier: Sendable, Hashable {
    public var name: String
    public var range: SourceRange

    public init(name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }
}

/// `set NAME = STRING`: a value templates can use as `{{NAME}}`.
public struct SetDeclaration: Sendable {
    public var name: Identifier
    public var value: StringLiteral
    public var range: SourceRange
}

/// `hours NAME = DAYS TIME-TIME {, DAYS TIME-TIME} in "Zone"`.
public struct HoursDeclaration: Sendable {
    public var name: Identifier
    public var spans: [HoursSpan]
    public var zone: StringLiteral
    public var range: SourceRange
}

/// `mon-fri 09:00-18:00`: a day or range of days and a time range.
public struct HoursSpan: Sendable {
    public var firstDay: Weekday
    public var lastDay: Weekday
    public var daysRange: SourceRange
    public var opens: ClockTime
    public var closes: ClockTime
    public var range: SourceRange

    /// Whether the days are a range (`mon-fri`) rather than one day (`sat`).
    public var isDayRange: Bool { firstDay != lastDay || daysRange.end - daysRange.start > 3 }
}

/// A day of the week, Monday first as ISO 8601 numbers them.
public enum Weekday: Int, Sendable, CaseIterable, Comparable {
    case mon = 1, tue, wed, thu, fri, sat, sun

    /// The three-letter name used in rule files.
    public var name: String { String(describing: self) }

    public init?(name: String) {
        guard let day = Weekday.allCases.first(where: { $0.name == name }) else { return nil }
        self = day
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// `09:00`: a time of day. `24:00` is allowed as a closing time.
public struct ClockTime: Sendable, Hashable {
    public var hour: Int
    public var minute: Int
    public var range: SourceRange

    /// Minutes since midnight.
    public var minutes: Int { hour * 60 + minute }
    /// As written canonically, `HH:MM`.
    public var text: String { (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)" }
}

/// `option NAME = VALUE`.
public struct OptionDeclaration: Sendable {
    public var name: Identifier
    public var value: OptionValue
    public var range: SourceRange
}

/// The value of an option; which form each option takes is checked after parsing.
public enum OptionValue: Sendable {
    case duration(DurationLiteral)
    case rate(count: IntegerLiteral, per: DurationLiteral)
    case string(StringLiteral)
    case number(NumberLiteral)
    case identifier(Identifier)

    public var range: SourceRange {
        switch self {
        case .duration(let d): d.range
        case .rate(let count, let per): count.range.union(per.range)
        case .string(let s): s.range
        case .number(let n): n.range
        case .identifier(let i): i.range
        }
    }
}

/// `template NAME = STRING` or `template NAME = one of STRING, STRING, ...`, optionally followed by its
/// text in other languages (``TemplateTranslation``).
public struct TemplateDeclaration: Sendable {
    public var name: Identifier
    /// The default text (or texts, with `one of`): for a message in no language the template has.
    public var variants: [StringLiteral]
    /// Whether it was written `one of`, even with a single variant.
    public var isOneOf: Bool
    /// The texts for messages in other languages, as written: `es "..."`.
    public var translations: [TemplateTranslation] = []
    /// The buttons, link or one-tap question after the default text, if any.
    public var choices: TemplateChoices? = nil
    public var range: SourceRange
}

/// `template NAME = whatsapp "name" language "code" [with PARAMETER, ...] [header "text"]
/// [quick replies "PAYLOAD", ...] [url "suffix"]`: a message template approved by Meta in the seller's
/// WhatsApp Manager, the only message WhatsApp takes once the customer's 24-hour window has closed.
public struct WhatsAppTemplateDeclaration: Sendable {
    public var name: Identifier
    /// The template's name in WhatsApp Manager (`cart_reminder`).
    public var templateName: StringLiteral
    /// Its language code there (`es`, `en_US`).
    public var language: StringLiteral
    /// The body's parameters in order (`{{1}}`, `{{2}}`), or by name for a template with named parameters.
    public var parameters: [TemplateParameter]
    /// The text of a header with a parameter.
    public var header: StringLiteral?
    /// The payloads of its quick-reply buttons, in order.
    public var quickReplies: [StringLiteral]
    /// The end of the address of its URL button (`{{1}}` in the button's URL).
    public var urlSuffix: StringLiteral?
    public var range: SourceRange
}

/// A value for a WhatsApp template's parameter: `"{{contact.first_name}}"`, or `first_name = "..."`.
public struct TemplateParameter: Sendable {
    public var name: Identifier?
    public var value: StringLiteral
}

/// A line under a template with its text in one language: `es "Hola"` or `es one of "¡Hola!", "Buenas"`.
public struct TemplateTranslation: Sendable {
    /// The language's ISO 639-1 code as written (`es`).
    public var language: Identifier
    /// Its text, or texts with `one of`.
    public var variants: [StringLiteral]
    /// Whether it was written `one of`, even with a single text.
    public var isOneOf: Bool
    /// Its own buttons or link; nil: the default text's.
    public var choices: TemplateChoices? = nil
    /// From the code to the last text.
    public var range: SourceRange
}

/// What a template offers besides its text: `buttons "A" -> "P", ...`, `link "Title" -> "https://..."`,
/// `buttons email` or `buttons phone`.
public struct TemplateChoices: Sendable {
    public enum Kind: Sendable {
        case buttons([ButtonLiteral])
        case link(ButtonLiteral)
        case email
        case phone
    }

    public var kind: Kind
    public var range: SourceRange
}

/// `"Title" -> "PAYLOAD"`, or `"Title"` alone (the payload is the title).
public struct ButtonLiteral: Sendable {
    public var title: StringLiteral
    /// The payload, or for a link and a menu item, possibly a web address.
    public var target: StringLiteral?
    public var range: SourceRange

    /// The payload rules see: the target, or the title when none is written.
    public var payload: String { target?.value ?? title.value }
}

/// `followup "NAME" after D [keep] when CONDITION then ACTION... end`, or `before window closes D`: what to
/// do for a contact later, once a rule scheduled it with `follow up "NAME"`.
public struct FollowUpDeclaration: Sendable {
    /// When it is due once scheduled.
    public enum Timing: Sendable {
        /// `after 2h`: that long after the message that scheduled it.
        case after(DurationLiteral)
        /// `before window closes 1h`: that long before the customer's 24-hour window closes.
        case beforeWindowCloses(DurationLiteral)

        public var duration: DurationLiteral {
            switch self {
            case .after(let d), .beforeWindowCloses(let d): d
            }
        }
    }

    public var name: StringLiteral
    public var timing: Timing
    /// `keep`: the customer writing before it is due does not cancel it.
    public var keep: Bool
    public var condition: Condition
    public var actions: [Action]
    public var keywordRange: SourceRange
    public var whenRange: SourceRange
    public var thenRange: SourceRange
    public var range: SourceRange

    /// The follow-up as a rule (no priority, cooldown or audience), for what checks rules and actions.
    public var asRule: Rule {
        Rule(
            name: name, priority: nil, cooldown: nil, audience: nil, condition: condition, actions: actions, keywordRange: keywordRange,
            whenRange: whenRange, thenRange: thenRange, range: range)
    }
}

/// `ice breakers ...` or `menu ...`: the Instagram profile's conversation starters or persistent menu.
public struct ProfileDeclaration: Sendable {
    public var items: [ButtonLiteral]
    /// The declaration's keyword (`ice breakers` or `menu`).
    public var keywordRange: SourceRange
    public var range: SourceRange
}

/// `endpoint NAME = URL [secret env "VAR"]`.
public struct EndpointDeclaration: Sendable {
    public var name: Identifier
    public var url: StringLiteral
    public var secretEnvironmentVariable: StringLiteral?
    public var range: SourceRange
}

/// `rule "NAME" [priority N] [cooldown D] [on instagram|whatsapp|comments] when CONDITION then ACTION... end`.
public struct Rule: Sendable {
    public var name: StringLiteral
    public var priority: IntegerLiteral?
    public var cooldown: DurationLiteral?
    /// What the rule sees, after `on`: the direct messages of one channel (`instagram`, `whatsapp`), or
    /// Instagram comments (`comments`); nil: the direct messages of both channels.
    public var audience: Identifier?
    public var condition: Condition
    public var actions: [Action]
    /// The range of the `rule` keyword.
    public var keywordRange: SourceRange
    /// Where `when` and `then` are (empty ranges when missing), so the formatter can keep comments near them.
    public var whenRange: SourceRange
    public var thenRange: SourceRange
    public var range: SourceRange

    /// Whether the rule says `on comments`: it sees Instagram comments, and only them.
    public var seesComments: Bool { audience?.name == "comments" }
}

// MARK: - Literals

/// A whole number as written.
public struct IntegerLiteral: Sendable, Hashable {
    public var value: Int
    public var range: SourceRange
}

/// A number such as `-0.5` or `3`, keeping its spelling for the formatter.
public struct NumberLiteral: Sendable, Hashable {
    public var value: Double
    public var text: String
    public var range: SourceRange
}

/// `30s`, `15m`, `12h`, `7d`.
public struct DurationLiteral: Sendable, Hashable {
    public var seconds: Int
    public var text: String
    public var range: SourceRange

    /// The seconds a duration written `30s`, `15m`, `12h` or `7d` stands for; nil for anything else or
    /// for more than ten years.
    public static func seconds(in text: String) -> Int? {
        guard let unit = text.last, let count = Int(text.dropLast()), count >= 0,
            let multiplier = ["s": 1, "m": 60, "h": 3600, "d": 86_400][String(unit)]
        else { return nil }
        let (seconds, overflow) = count.multipliedReportingOverflow(by: multiplier)
        return overflow || seconds > 3650 * 86_400 ? nil : seconds
    }
}

/// `/pattern/flags`.
public struct RegexLiteral: Sendable, Hashable {
    /// The pattern handed to PCRE2 (`\/` already turned into `/`).
    public var pattern: String
    public var flags: String
    public var range: SourceRange
    /// Where the pattern itself starts in the file (just after the opening slash).
    public var patternStart: Int

    public var isCaseless: Bool { flags.contains("i") }
}
