import RulesDSL

/// The texts a reply can take: its default variants and, per language, its own (`es "..."` under a
/// template). A message gets the variants of its language when the template has them, else the default.
struct ReplyTexts: Sendable {
    let defaults: [StringLiteral]
    /// Per language, in ``Language/allCases`` order; empty for a language the template does not have.
    private let byLanguage: [[StringLiteral]]

    init(_ defaults: [StringLiteral]) {
        self.defaults = defaults
        byLanguage = []
    }

    init(_ template: TemplateDeclaration) {
        defaults = template.variants
        var byLanguage = [[StringLiteral]](repeating: [], count: Language.allCases.count)
        for translation in template.translations {
            guard let language = Language(code: translation.language.name), let index = Language.allCases.firstIndex(of: language) else { continue }
            if byLanguage[index].isEmpty { byLanguage[index] = translation.variants }
        }
        self.byLanguage = byLanguage.allSatisfy(\.isEmpty) ? [] : byLanguage
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
        guard let language, !byLanguage.isEmpty, let index = Language.allCases.firstIndex(of: language), !byLanguage[index].isEmpty else {
            return (defaults, nil)
        }
        return (byLanguage[index], language)
    }
}
