import RulesDSL

/// The texts a reply can take: its default variants and, per language, its own (`es "..."` under a
/// template). A message gets the variants of its language when the template has them, else the default.
struct ReplyTexts: Sendable {
    let defaults: [StringLiteral]
    /// The texts of the languages the template has (the first line of each, as the checker allows one).
    private let byLanguage: [Language: [StringLiteral]]

    init(_ defaults: [StringLiteral]) {
        self.defaults = defaults
        byLanguage = [:]
    }

    init(_ template: TemplateDeclaration) {
        defaults = template.variants
        var byLanguage: [Language: [StringLiteral]] = [:]
        for translation in template.translations {
            guard let language = Language(code: translation.language.name), byLanguage[language] == nil else { continue }
            byLanguage[language] = translation.variants
        }
        self.byLanguage = byLanguage
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
