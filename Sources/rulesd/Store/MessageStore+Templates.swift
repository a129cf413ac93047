import Connectors
import Engine
import Foundation

extension MessageStore {
    /// Records WhatsApp template updates: each template's latest status and category per business account.
    func record(_ updates: [TemplateUpdate]) throws {
        try connection.transaction {
            for update in updates {
                try connection.run(
                    """
                    INSERT INTO whatsapp_templates (account, name, language, status, category, reason, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (account, name, language) DO UPDATE SET status = COALESCE(excluded.status, whatsapp_templates.status),
                        category = COALESCE(excluded.category, whatsapp_templates.category),
                        reason = COALESCE(excluded.reason, whatsapp_templates.reason), updated_at = excluded.updated_at
                    """,
                    [.text(update.account), .text(update.name), .text(update.normalizedLanguage), .optional(update.event), .optional(update.category),
                     .optional(update.reason), .date(update.at)])
            }
        }
    }

    /// A template's last known status and category by name and language (`es_AR`), of one business account
    /// or, without one, as last reported for any.
    func templateStatus(account: String? = nil, name: String, language: String) throws -> (status: String?, category: String?)? {
        try connection.query(
            """
            SELECT status, category FROM whatsapp_templates WHERE (CAST(?1 AS TEXT) IS NULL OR account = ?1) AND name = ?2 AND language = ?3
            ORDER BY updated_at DESC LIMIT 1
            """,
            [.optional(account), .text(name), .text(language.replacingOccurrences(of: "-", with: "_"))]
        ) { row in (row.text(0), row.text(1)) }.first
    }

    /// Why a template cannot be sent, as Meta last said (paused, disabled, rejected...); nil when it can, or
    /// nothing is known of it.
    func templateStop(_ template: WhatsAppTemplateMessage) throws -> String? {
        guard let status = try templateStatus(name: template.name, language: template.language)?.status,
            TemplateUpdate.unusableEvents.contains(status)
        else { return nil }
        return "template '\(template.name)' (\(template.language)) is \(status.lowercased().replacingOccurrences(of: "_", with: " ")) by Meta; "
            + "fix it in WhatsApp Manager; replies decided once Meta approves it again go out"
    }
}
