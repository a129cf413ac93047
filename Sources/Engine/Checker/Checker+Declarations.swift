import Foundation
import RulesDSL

// set, template, hours, endpoint and option declarations.

extension CheckerPass {
    mutating func checkDeclarations() {
        for (_, located) in values.sorted(by: { $0.key < $1.key }) where !located.declaration.value.variables.isEmpty {
            report(.setWithVariables, located.file, located.declaration.value.range)
        }
        for (_, located) in templates.sorted(by: { $0.key < $1.key }) {
            for variant in located.declaration.variants {
                checkTemplateText(variant, file: located.file)
            }
            checkTranslations(located.declaration, file: located.file)
        }
        for (name, located) in hours.sorted(by: { $0.key < $1.key }) {
            if let compiled = checkHours(located.declaration, file: located.file) { compiledHours[name] = compiled }
        }
        for (_, located) in endpoints.sorted(by: { $0.key < $1.key }) {
            checkEndpoint(located.declaration, file: located.file)
        }
        for (_, located) in optionDeclarations.sorted(by: { $0.key < $1.key }) {
            checkOption(located.declaration, file: located.file)
        }
    }

    /// A template's texts in other languages: known languages, one line each, known variables.
    private mutating func checkTranslations(_ template: TemplateDeclaration, file: SourceFile) {
        var seen = Set<Language>()
        for translation in template.translations {
            for variant in translation.variants { checkTemplateText(variant, file: file) }
            guard let language = checkLanguage(translation.language, file: file) else { continue }
            if !seen.insert(language).inserted {
                report(.duplicateTranslation(language.rawValue, template: template.name.name), file, translation.language.range)
            }
        }
    }

    /// The language of a code as written (`es`), or an error that says which codes rulesd knows.
    mutating func checkLanguage(_ code: Identifier, file: SourceFile) -> Language? {
        if let language = Language(code: code.name) { return language }
        let regional = code.name.split(separator: "_").first.flatMap { Language(code: String($0)) }?.rawValue
        let suggestion = Self.languageNames[code.name.lowercased()] ?? regional
            ?? Spelling.suggestion(for: code.name.lowercased(), among: Language.allCases.map(\.rawValue))
        report(.unknownLanguage(code.name, suggestion: suggestion), file, code.range)
        return nil
    }

    /// What sellers write for a language instead of its code (a regional code such as `pt_BR` is read by
    /// its first two letters).
    private static let languageNames = [
        "english": "en", "eng": "en", "ingles": "en", "inglés": "en", "us": "en",
        "spanish": "es", "espanol": "es", "español": "es", "castellano": "es", "sp": "es", "spa": "es", "esp": "es",
        "spain": "es", "mexico": "es",
        "portuguese": "pt", "portugues": "pt", "português": "pt", "por": "pt", "ptbr": "pt", "br": "pt",
        "brazil": "pt", "brasil": "pt", "portugal": "pt",
    ]

    /// Every `{{variable}}` of a template or inline reply must exist.
    mutating func checkTemplateText(_ text: StringLiteral, file: SourceFile) {
        let known = variableNames
        for variable in text.variables {
            for case .variable(let name, let range) in variable.alternatives where !known.contains(name) && !incompleteNames.contains(name) {
                report(.unknownVariable(name, suggestion: Spelling.suggestion(for: name, among: known)), file, range)
            }
        }
    }

    private mutating func checkHours(_ declaration: HoursDeclaration, file: SourceFile) -> OpeningHours? {
        for span in declaration.spans where span.opens.minutes == span.closes.minutes {
            report(.emptyHoursSpan(file.text(in: span.range)), file, span.range)
        }
        let zoneName = declaration.zone.value
        guard let zone = TimeZoneNames.zone(named: zoneName) else {
            let message: DiagnosticMessage = switch TimeZoneNames.advice(for: zoneName) {
            case .means(let zone, let note): .timeZoneAbbreviation(zoneName, meaning: zone, note: note)
            case .offset(let written, let etcName): .timeZoneOffset(written, etcName: etcName)
            case .spelling(let suggestion): .unknownTimeZone(zoneName, suggestion: suggestion)
            case .none: .unknownTimeZone(zoneName, suggestion: nil)
            }
            report(message, file, declaration.zone.range)
            return nil
        }
        return OpeningHours(declaration, timeZone: zone)
    }

    private mutating func checkEndpoint(_ declaration: EndpointDeclaration, file: SourceFile) {
        let text = declaration.url.value
        let url = URL(string: text)
        let scheme = url?.scheme?.lowercased()
        if url == nil || (scheme != "http" && scheme != "https") || (url?.host ?? "").isEmpty {
            report(.invalidURL(text), file, declaration.url.range)
        } else if scheme == "http", !["localhost", "127.0.0.1", "::1"].contains(url?.host ?? "") {
            report(.plainHTTPEndpoint(text), file, declaration.url.range)
        }
        if let secret = declaration.secretEnvironmentVariable { checkEnvironmentVariable(secret, file: file) }
    }

    private mutating func checkOption(_ declaration: OptionDeclaration, file: SourceFile) {
        let name = declaration.name.name
        let range = declaration.value.range
        switch (name, declaration.value) {
        case ("takeover", .duration(let duration)):
            options.takeover = .seconds(duration.seconds)
        case ("takeover", .identifier(let word)) where word.name == "off":
            options.takeover = .zero
        case ("takeover", _):
            report(.invalidOptionValue(name, expected: "a duration such as 2h, or off"), file, range)
        case ("max_replies", .rate(let count, let window)):
            if count.value <= 0 { report(.invalidOptionValue(name, expected: "a count above zero"), file, count.range) }
            if window.seconds <= 0 { report(.nonPositiveDuration("the max_replies window"), file, window.range) }
            options.maxReplies = (count.value, .seconds(window.seconds))
        case ("max_replies", _):
            report(.invalidOptionValue(name, expected: "a count per duration, such as 5 per 1h"), file, range)
        case ("lexicon", .string(let path)):
            if path.value.isEmpty { report(.emptyText("the lexicon path"), file, path.range) }
            options.lexiconPath = path.value
        case ("replies_per_message", .number(let number))
        where number.value == number.value.rounded() && RuleSetOptions.repliesPerMessageRange.contains(Int(exactly: number.value) ?? 0):
            options.repliesPerMessage = Int(number.value)
        case ("replies_per_message", _):
            report(.invalidOptionValue(name, expected: "a whole number from 1 to 5 (how many rules may answer one message)"), file, range)
        case ("lexicon", _):
            report(.invalidOptionValue(name, expected: "a file path in double quotes"), file, range)
        case ("language", .identifier(let code)):
            if let language = checkLanguage(code, file: file) { options.language = language }
        case ("language", .string(let code)):
            // Quotes are forgiven: `option language = "es"` means what it says.
            if let language = checkLanguage(Identifier(name: code.value, range: code.range), file: file) { options.language = language }
        case ("language", _):
            report(.invalidOptionValue(name, expected: "the language your templates' first texts are in: en, es or pt"), file, range)
        case ("debounce", .duration(let duration)) where (0...RuleSetOptions.maximumDebounce).contains(duration.seconds):
            options.debounce = TimeInterval(duration.seconds)
        case ("debounce", _):
            report(
                .invalidOptionValue(
                    name, expected: "a duration from 0s to \(RuleSetOptions.maximumDebounce)s, such as 8s: how long a customer must be quiet before their messages are answered together"),
                file, range)
        case ("list_button", .string(let text)) where !text.value.isEmpty && text.value.count <= ButtonLimits.whatsappListButton:
            options.listButton = text.value
        case ("list_button", _):
            report(
                .invalidOptionValue(
                    name, expected: "the text of the button that opens a WhatsApp list, in double quotes, at most \(ButtonLimits.whatsappListButton) characters"),
                file, range)
        default:
            report(
                .unknownOption(name, suggestion: Spelling.suggestion(for: name, among: RuleSetOptions.names)), file,
                declaration.name.range)
        }
    }
}
