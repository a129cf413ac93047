/// A language rulesd can tell a message is written in, by its ISO 639-1 code.
///
/// rulesd identifies English, Spanish and Portuguese (``LanguageIdentifier``); a message it cannot place
/// ("ok", a lone emoji) has no language (`nil`).
public enum Language: String, Sendable, CaseIterable, Comparable, Codable {
    case en, es, pt

    /// The language's name in English, for diagnostics and docs: "Spanish".
    public var name: String {
        switch self {
        case .en: "English"
        case .es: "Spanish"
        case .pt: "Portuguese"
        }
    }

    /// The language of an ISO 639-1 code as written in rules (`es`, `ES`), if rulesd knows it.
    public init?(code: String) {
        self.init(rawValue: code.lowercased())
    }

    /// "en (English), es (Spanish) and pt (Portuguese)", for messages that list what a seller can write.
    public static var listed: String {
        let names = allCases.map { "\($0.rawValue) (\($0.name))" }
        return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }

    /// In the order of their codes.
    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }
}
