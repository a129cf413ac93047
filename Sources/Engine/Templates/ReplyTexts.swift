import RulesDSL

/// The texts a reply can take: its default variants and, per language, its own (`es "..."` under a
/// template). A message gets the variants of its language when the template has them, else the default.
struct ReplyTexts: Sendable {
    let defaults: [StringLiteral]
    /// The texts of the languages the template has (the first line of each, as the checker allows one).
    private let byLanguage: [Language: [StringLiteral]]
    /// The buttons of the default texts.
    let defaultChoices: ReplyChoices?
    /// The buttons of a language whose line has its own; the others show the default ones.
    private let choicesByLanguage: [Language: ReplyChoices]

    init(_ defaults: [StringLiteral]) {
        self.defaults = defaults
        byLanguage = [:]
        defaultChoices = nil
        choicesByLanguage = [:]
    }

    init(_ template: TemplateDeclaration) {
        defaults = template.variants
        defaultChoices = template.choices.map(ReplyChoices.init)
        var byLanguage: [Language: [StringLiteral]] = [:]
        var choicesByLanguage: [Language: ReplyChoices] = [:]
        for translation in template.translations {
            guard let language = Language(code: translation.language.name), byLanguage[language] == nil else { continue }
            byLanguage[language] = translation.variants
            if let choices = translation.choices { choicesByLanguage[language] = ReplyChoices(choices) }
        }
        self.byLanguage = byLanguage
        self.choicesByLanguage = choicesByLanguage
    }

    /// The buttons for a message read in `language`: its line's own, else the default ones.
    func choices(for language: Language?) -> ReplyChoices? {
        guard !choicesByLanguage.isEmpty, let language else { return defaultChoices }
        return choicesByLanguage[language] ?? defaultChoices
    }

    /// Whether the texts depend on the message's language: texts per language, or `{{contact.language}}`.
    /// (Hours in the first texts are written in `option language`, whatever the message's.)
    var usesLanguage: Bool {
        !byLanguage.isEmpty || defaults.contains { text in
            text.variables.contains { variable in
                variable.alternatives.contains {
                    if case .variable(let name, _) = $0 { name == "contact.language" } else { false }
                }
            }
        }
    }

    /// The variants for a message read in `language` (nil: no language), and the language they are written
    /// in (nil: the default texts, in the rule set's `option language`).
    func variants(for language: Language?) -> (texts: [StringLiteral], language: Language?) {
        guard let language, let texts = byLanguage[language] else { return (defaults, nil) }
        return (texts, language)
    }
}
