// set, hours, option, template and endpoint declarations.

extension Parser {
    /// `set NAME = STRING`
    mutating func parseSet() throws(Recovery) -> SetDeclaration {
        let start = advance().range.start
        let name = try parseIdentifier("a name for the value")
        try expect(.equals, "'='")
        let value = try parseString("a value in double quotes")
        return SetDeclaration(name: name, value: value, range: SourceRange(start: start, end: previousEnd))
    }

    /// `hours NAME = DAYS TIME-TIME {, DAYS TIME-TIME} in "Zone"`
    mutating func parseHours() throws(Recovery) -> HoursDeclaration {
        let start = advance().range.start
        let name = try parseIdentifier("a name for the hours")
        try expect(.equals, "'='")
        var spans = [try parseHoursSpan()]
        while current.kind == .comma {
            advance()
            spans.append(try parseHoursSpan())
        }
        try expectWord("in", "'in' and a time zone such as \"Europe/Madrid\"")
        let zone = try parseString("a time zone such as \"Europe/Madrid\"")
        return HoursDeclaration(name: name, spans: spans, zone: zone, range: SourceRange(start: start, end: previousEnd))
    }

    private mutating func parseHoursSpan() throws(Recovery) -> HoursSpan {
        let start = current.range.start
        let first = try parseWeekday()
        var last = first
        if current.kind == .minus {
            advance()
            last = try parseWeekday()
        }
        let daysRange = SourceRange(start: start, end: previousEnd)
        let opens = try parseClockTime()
        try expect(.minus, "'-' between opening and closing times")
        let closes = try parseClockTime()
        return HoursSpan(
            firstDay: first, lastDay: last, daysRange: daysRange, opens: opens, closes: closes,
            range: SourceRange(start: start, end: previousEnd))
    }

    private mutating func parseWeekday() throws(Recovery) -> Weekday {
        guard current.kind == .identifier else { throw fail(.expected("a day such as mon or mon-fri", found: describe(current))) }
        let word = current.text
        guard let day = Weekday(name: word.lowercased()), word.count == 3 else {
            let names = Weekday.allCases.map(\.name)
            let prefix = String(word.lowercased().prefix(3))
            let suggestion = names.contains(prefix) ? prefix : Self.otherLanguagesDays[prefix] ?? Spelling.suggestion(for: word, among: names)
            throw fail(.unknownWeekday(word, suggestion: suggestion))
        }
        advance()
        return day
    }

    /// Spanish and Portuguese days as sellers abbreviate them ("lun-vie", "seg-sex"), with the English day
    /// rules are written with.
    static let otherLanguagesDays = [
        "lun": "mon", "mar": "tue", "mie": "wed", "mié": "wed", "jue": "thu", "vie": "fri", "sab": "sat", "sáb": "sat",
        "dom": "sun",
        "seg": "mon", "ter": "tue", "qua": "wed", "qui": "thu", "sex": "fri",
    ]

    /// `option NAME = VALUE`; which value each option takes is checked later.
    mutating func parseOption() throws(Recovery) -> OptionDeclaration {
        let start = advance().range.start
        let name = try parseIdentifier("an option name")
        try expect(.equals, "'='")
        let value: OptionValue
        switch current.kind {
        case .duration:
            value = .duration(try parseDuration())
        case .integer where peek().isWord("per"):
            let count = try parseInteger("a number")
            advance()
            value = .rate(count: count, per: try parseDuration())
        case .integer, .decimal, .minus:
            value = .number(try parseNumber("a number"))
        case .string:
            value = .string(try parseString("a value"))
        case .identifier:
            value = .identifier(try parseIdentifier("a value"))
        default:
            throw fail(.expected("the option's value", found: describe(current)))
        }
        return OptionDeclaration(name: name, value: value, range: SourceRange(start: start, end: previousEnd))
    }

    /// `template NAME = STRING` or `template NAME = one of STRING, STRING, ...`, then any lines
    /// `LANG STRING` or `LANG one of STRING, ...` with its text in other languages.
    mutating func parseTemplate() throws(Recovery) -> Declaration {
        let start = advance().range.start
        let name = try parseIdentifier("a name for the template")
        try expect(.equals, "'='")
        if isWord("whatsapp"), peek().kind == .string {
            return .whatsappTemplate(try parseWhatsAppTemplate(name: name, start: start))
        }
        let (variants, isOneOf) = try parseTemplateTexts()
        let choices = try parseTemplateChoices()
        var translations: [TemplateTranslation] = []
        if looksLikeBrokenTranslation { throw brokenTranslation() }
        while startsTranslation {
            let language = try parseIdentifier("a language code")
            let (texts, translationIsOneOf) = try parseTemplateTexts()
            let translationChoices = try parseTemplateChoices()
            translations.append(TemplateTranslation(
                language: language, variants: texts, isOneOf: translationIsOneOf, choices: translationChoices,
                range: SourceRange(start: language.range.start, end: previousEnd)))
            if looksLikeBrokenTranslation { throw brokenTranslation() }
        }
        return .template(TemplateDeclaration(
            name: name, variants: variants, isOneOf: isOneOf, translations: translations, choices: choices,
            range: SourceRange(start: start, end: previousEnd)))
    }

    /// `whatsapp "name" language "code" [with PARAMETER, ...] [header "text"] [quick replies "P", ...]
    /// [url "suffix"]`, after `template NAME =`.
    private mutating func parseWhatsAppTemplate(name: Identifier, start: Int) throws(Recovery) -> WhatsAppTemplateDeclaration {
        advance()
        let templateName = try parseString("the template's name in WhatsApp Manager, in double quotes")
        try expectWord("language", "'language' and the template's language code, as in language \"es\"")
        let language = try parseString("the template's language code in double quotes, as in \"es\" or \"en_US\"")
        var declaration = WhatsAppTemplateDeclaration(
            name: name, templateName: templateName, language: language, parameters: [], header: nil, quickReplies: [], urlSuffix: nil,
            range: .at(start))
        if isWord("with") {
            advance()
            declaration.parameters = [try parseTemplateParameter()]
            while current.kind == .comma {
                advance()
                declaration.parameters.append(try parseTemplateParameter())
            }
        }
        if isWord("header") {
            advance()
            declaration.header = try parseString("the header's text in double quotes")
        }
        if isWord("quick"), peek().isWord("replies") {
            advance()
            advance()
            declaration.quickReplies = try parseStringList("a quick-reply button's payload in double quotes")
        }
        if isWord("url") {
            advance()
            declaration.urlSuffix = try parseString("the end of the button's address in double quotes")
        }
        declaration.range = SourceRange(start: start, end: previousEnd)
        return declaration
    }

    /// `"value"` or `name = "value"`.
    private mutating func parseTemplateParameter() throws(Recovery) -> TemplateParameter {
        if current.kind == .identifier, peek().kind == .equals {
            let name = try parseIdentifier("a parameter name")
            advance()
            return TemplateParameter(name: name, value: try parseString("the parameter's value in double quotes"))
        }
        return TemplateParameter(name: nil, value: try parseString("a parameter's value in double quotes, or name = \"value\""))
    }

    /// `buttons "A" -> "P", ...`, `buttons email`, `buttons phone` or `link "Title" -> "https://..."` after
    /// a template's text; nil when none follows.
    private mutating func parseTemplateChoices() throws(Recovery) -> TemplateChoices? {
        let start = current.range.start
        if isWord("buttons") {
            advance()
            if isWord("email") || isWord("phone") {
                let kind: TemplateChoices.Kind = isWord("email") ? .email : .phone
                advance()
                return TemplateChoices(kind: kind, range: SourceRange(start: start, end: previousEnd))
            }
            var buttons = [try parseButton("a button title in double quotes, or email or phone")]
            while current.kind == .comma {
                advance()
                buttons.append(try parseButton("a button title in double quotes"))
            }
            return TemplateChoices(kind: .buttons(buttons), range: SourceRange(start: start, end: previousEnd))
        }
        if isWord("link") {
            advance()
            let link = try parseButton("the link's title in double quotes, then -> \"https://...\"")
            guard link.target != nil else {
                throw fail(.expected("-> and the address the link opens, as in link \"Open\" -> \"https://...\"", found: describe(current)))
            }
            return TemplateChoices(kind: .link(link), range: SourceRange(start: start, end: previousEnd))
        }
        return nil
    }

    /// `"Title" -> "PAYLOAD"` or `"Title"`.
    mutating func parseButton(_ what: String) throws(Recovery) -> ButtonLiteral {
        let title = try parseString(what)
        var target: StringLiteral?
        if current.kind == .minus, peek().kind == .greater {
            advance()
            advance()
            target = try parseString("the payload (or a web address) in double quotes after ->")
        }
        return ButtonLiteral(title: title, target: target, range: SourceRange(start: title.range.start, end: previousEnd))
    }

    /// `ice breakers "Question" -> "PAYLOAD", ...` or `menu "Title" -> "PAYLOAD", ...`.
    mutating func parseProfileDeclaration() throws(Recovery) -> Declaration {
        let keyword = advance()
        var keywordRange = keyword.range
        let isMenu = keyword.text == "menu"
        if !isMenu {
            keywordRange = keywordRange.union(try expectWord("breakers", "'breakers' after 'ice'").range)
        }
        let what = isMenu ? "a menu item's title in double quotes" : "a question in double quotes"
        var items = [try parseButton(what)]
        while current.kind == .comma {
            advance()
            items.append(try parseButton(what))
        }
        let declaration = ProfileDeclaration(items: items, keywordRange: keywordRange, range: SourceRange(start: keywordRange.start, end: previousEnd))
        return isMenu ? .menu(declaration) : .iceBreakers(declaration)
    }

    /// `STRING` or `one of STRING, STRING, ...`.
    private mutating func parseTemplateTexts() throws(Recovery) -> (texts: [StringLiteral], isOneOf: Bool) {
        guard isWord("one") else { return ([try parseString("a reply text in double quotes, or 'one of'")], false) }
        advance()
        try expectWord("of", "'of' after 'one'")
        return (try parseStringList("a reply text in double quotes"), true)
    }

    /// A line under a template that starts with a language code but is not `es "..."`: `es Hola` (no
    /// quotes), `es = "Hola"`, `pt-BR "Oi"`.
    private var looksLikeBrokenTranslation: Bool {
        guard current.kind == .identifier, current.isAtLineStart, !Keywords.declarations.contains(current.text), !startsTranslation else { return false }
        return current.text.count == 2 && current.text.allSatisfy(\.isLetter)
    }

    private mutating func brokenTranslation() -> Recovery {
        let code = current.text
        if peek().kind == .minus {
            return fail(
                .expected("a language code alone, such as '\(code.lowercased())' (rulesd does not tell regional variants apart)", found: "'\(code)-\(peek(2).text)'"),
                at: current.range.union(peek(2).range))
        }
        return fail(.expected("the template's text in double quotes after '\(code)', as in \(code) \"...\"", found: describe(peek())), at: peek().range)
    }

    /// Whether a template's text in another language starts here: a word (a language code such as `es`)
    /// followed by a text or `one of`. Declarations start with keywords, which are never followed by a text.
    private var startsTranslation: Bool {
        guard current.kind == .identifier, !Keywords.declarations.contains(current.text) else { return false }
        // A misspelt declaration ("rul", "templat") is reported as one, not read as a language.
        if current.text.count > 2, Spelling.suggestion(for: current.text, among: Keywords.declarations) != nil { return false }
        let next = peek()
        return next.kind == .string || next.isWord("one") && peek(2).isWord("of")
    }

    /// `endpoint NAME = URL [secret env "VAR"]`
    mutating func parseEndpoint() throws(Recovery) -> EndpointDeclaration {
        let start = advance().range.start
        let name = try parseIdentifier("a name for the endpoint")
        try expect(.equals, "'='")
        let url = try parseString("the endpoint's URL in double quotes")
        var secret: StringLiteral?
        if isWord("secret") {
            advance()
            try expectWord("env", "'env' and the name of the environment variable holding the secret")
            secret = try parseString("the name of an environment variable in double quotes")
        }
        return EndpointDeclaration(
            name: name, url: url, secretEnvironmentVariable: secret, range: SourceRange(start: start, end: previousEnd))
    }
}
