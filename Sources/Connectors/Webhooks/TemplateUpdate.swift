import Engine
import Foundation

/// A change to one of the seller's WhatsApp message templates (`message_template_status_update` or
/// `template_category_update`, PLATFORMS.md §11.3): recorded, never evaluated.
public struct TemplateUpdate: Sendable, Equatable {
    /// The WhatsApp Business Account (the entry's id): these come without a phone number id.
    public var account: String
    public var name: String
    /// As Meta wrote it (`es_AR`, `en-US`); ``normalizedLanguage`` joins both spellings.
    public var language: String
    /// `APPROVED`, `PAUSED`, `REJECTED`...; nil for a category update.
    public var event: String?
    /// The category it has now (a category update's `new_category`).
    public var category: String?
    /// Why, as Meta says (`NONE`, `INCORRECT_CATEGORY`...).
    public var reason: String?
    public var at: Date

    public init(account: String, name: String, language: String, event: String?, category: String?, reason: String?, at: Date) {
        self.account = account
        self.name = name
        self.language = language
        self.event = event
        self.category = category
        self.reason = reason
        self.at = at
    }

    /// `es_AR` for `es-AR` and `es_AR`.
    public var normalizedLanguage: String { language.replacingOccurrences(of: "-", with: "_") }

    /// The events after which a template can no longer be sent (PLATFORMS.md §11.3); FLAGGED (a warning of
    /// a coming pause) still sends.
    public static let unusableEvents: Set<String> = ["PAUSED", "DISABLED", "REJECTED", "DELETED", "ARCHIVED", "PENDING_DELETION"]

    /// Whether the template can no longer be sent after this update (paused, disabled, rejected, deleted...).
    public var makesUnusable: Bool { event.map(Self.unusableEvents.contains) ?? false }

    static func read(_ value: JSONValue?, account: String?, time: Date?) -> TemplateUpdate? {
        guard let value, let name = value["message_template_name"]?.nonEmptyString else { return nil }
        return TemplateUpdate(
            account: account ?? "", name: name, language: value["message_template_language"]?.string ?? "",
            event: value["event"]?.nonEmptyString,
            category: value["new_category"]?.nonEmptyString ?? value["message_template_category"]?.nonEmptyString,
            reason: value["reason"]?.nonEmptyString, at: time ?? Date())
    }
}
