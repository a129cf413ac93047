import RulesDSL

// The checker's diagnostics, in alphabetical order. Ids come from the member names.

extension DiagnosticMessage {
    static func duplicateAccount(channel: Channel, id: String) -> Self {
        make(.error, "the \(channel.rawValue) account \(id) is declared twice; keep one line for it")
    }

    static var duplicateConsolePassword: Self {
        make(.error, "the console's password is declared twice; keep one 'console password env' line")
    }

    static func duplicateName(_ kind: String, _ name: String) -> Self {
        make(.error, "\(kind) '\(name)' is defined more than once")
    }

    static func duplicateTranslation(_ language: String, template: String) -> Self {
        let name = Language(code: language)?.name ?? language
        return make(
            .error, "template '\(template)' has two \(name) (\(language)) texts; keep one, or write '\(language) one of \"...\", \"...\"' to vary them")
    }

    static var emptyName: Self { make(.error, "a rule needs a name") }

    static func emptyText(_ what: String) -> Self { make(.error, "\(what) cannot be empty") }

    static func emptyHoursSpan(_ text: String) -> Self {
        make(.error, "'\(text)' opens and closes at the same time")
    }

    static func invalidAccountID(_ id: String, channel: Channel) -> Self {
        let what = channel == .instagram ? "the Instagram account id (digits, as in \"17841400000001\")" : "the WhatsApp phone number id (digits, as in \"106540352242922\"; not the phone number)"
        return make(.error, "'\(id)' is not an account id; write \(what)")
    }

    static func invalidEnvironmentVariable(_ name: String) -> Self {
        make(.error, "'\(name)' is not an environment variable name; use capitals, digits and _, as in CRM_SECRET")
    }

    static func invalidOptionValue(_ option: String, expected: String) -> Self {
        make(.error, "option '\(option)' takes \(expected)")
    }

    static func invalidRegex(_ message: String) -> Self { make(.error, "invalid regex: \(message)") }

    static func invalidURL(_ url: String) -> Self {
        make(.error, "'\(url)' is not a valid endpoint URL; write it in full, as in https://crm.example.com/hooks")
    }

    static func invalidWildcard(_ word: String) -> Self {
        make(.error, "'*' may only end a word, as in \"cost*\" (found \"\(word)\")")
    }

    static func nonPositiveDuration(_ what: String) -> Self { make(.error, "\(what) must be longer than zero") }

    static func notATemplate(_ name: String) -> Self {
        make(.error, "'\(name)' is a set value, not a template; write reply \"{{\(name)}}\" or declare a template")
    }

    static func nothingToMatch(_ word: String) -> Self {
        make(.error, "\"\(word)\" has no letters, digits or emoji to match")
    }

    static func plainHTTPEndpoint(_ url: String) -> Self {
        make(.warning, "endpoint '\(url)' uses plain http: customers' messages would travel unencrypted; use https://")
    }

    static func replyTooLong(channel: String, limit: Int, length: Int) -> Self {
        make(.warning, "this reply can be \(length) characters long; \(channel) allows \(limit), so it would be cut")
    }

    static var repliesTwice: Self {
        make(.warning, "this rule already replies; a rule sends one reply per message, so this one is never sent")
    }

    static func ruleNeverFires(_ reason: String) -> Self { make(.warning, "this rule can never fire: \(reason)") }

    static func ruleShadowed(by rule: String) -> Self {
        make(.warning, "this rule never runs: rule \"\(rule)\" always fires first and stops")
    }

    static func sentimentOutOfRange(_ value: String) -> Self {
        make(.error, "sentiment threshold \(value) is outside -1 to 1")
    }

    static var setWithVariables: Self {
        make(.error, "a set value cannot use {{ }}; declare a template instead")
    }

    static func unknownChannel(_ name: String, suggestion: String?) -> Self {
        make(.error, "unknown channel '\(name)'; channels are instagram and whatsapp, and 'on comments' answers Instagram comments" + hint(suggestion))
    }

    static func unknownEndpoint(_ name: String, suggestion: String?) -> Self {
        make(.error, "unknown endpoint '\(name)'" + hint(suggestion))
    }

    static func unknownHours(_ name: String, suggestion: String?) -> Self {
        make(.error, "unknown hours '\(name)'" + hint(suggestion))
    }

    static func unknownKind(_ name: String, suggestion: String?) -> Self {
        make(.error, "unknown message kind '\(name)'; kinds are \(Keywords.messageKinds.joined(separator: ", "))" + hint(suggestion))
    }

    static func unknownLanguage(_ code: String, suggestion: String?) -> Self {
        make(.error, "unknown language '\(code)'; languages are \(Language.listed)" + hint(suggestion))
    }

    static func unknownOption(_ name: String, suggestion: String?) -> Self {
        make(.error, "unknown option '\(name)'; options are \(RuleSetOptions.names.joined(separator: ", "))" + hint(suggestion))
    }

    static func unknownTemplate(_ name: String, suggestion: String?) -> Self {
        make(.error, "unknown template '\(name)'" + hint(suggestion))
    }

    static func unknownTimeZone(_ zone: String, suggestion: String?) -> Self {
        make(.error, "unknown time zone '\(zone)'; use an IANA name such as \"Europe/Madrid\"" + hint(suggestion))
    }

    static func timeZoneAbbreviation(_ written: String, meaning zone: String, note: String?) -> Self {
        make(
            .error,
            "'\(written)' is not a time zone name; write \"\(zone)\": a place's zone keeps its summer time right" + (note.map { " (\($0))" } ?? ""))
    }

    static func timeZoneOffset(_ written: String, etcName: String) -> Self {
        make(
            .error,
            "'\(written)' is a fixed offset, not a place, and never changes for summer time; write your city's zone, such as "
                + "\"America/Los_Angeles\"; a fixed offset is \"\(etcName)\" (Etc/GMT names reverse the sign: \(etcName) is \(written))")
    }

    static func unknownAccountChannel(_ word: String, suggestion: String?) -> Self {
        make(.error, "an account is on 'instagram' or 'whatsapp', not '\(word)'" + hint(suggestion))
    }

    static func unknownVariable(_ name: String, suggestion: String?) -> Self {
        make(.error, "unknown template variable '\(name)'" + hint(suggestion))
    }

    private static func hint(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
