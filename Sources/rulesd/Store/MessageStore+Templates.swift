import Connectors
import Foundation

extension MessageStore {
    /// Records WhatsApp template updates: each template's latest status and category per business account.
    func record(_ updates: [TemplateUpdate]) throws {
        try connection.transaction {
            for update in updates {
                try connection.run(
                    """
                    INSERT INTO whatsapp_templates (account, name, language, status, category, reason, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (account, name, language) DO UPDATE SET status = COALESCE(excluded.status, status),
                        category = COALESCE(excluded.category, category), reason = COALESCE(excluded.reason, reason), updated_at = excluded.updated_at
                    """,
                    [.text(update.account), .text(update.name), .text(update.normalizedLanguage), .optional(update.event), .optional(update.category),
                     .optional(update.reason), .date(update.at)])
            }
        }
    }

    /// A template's last known status and category, by business account, name and language (`es_AR`).
    func templateStatus(account: String, name: String, language: String) throws -> (status: String?, category: String?)? {
        try connection.query(
            "SELECT status, category FROM whatsapp_templates WHERE account = ? AND name = ? AND language = ?",
            [.text(account), .text(name), .text(language.replacingOccurrences(of: "-", with: "_"))]
        ) { row in (row.text(0), row.text(1)) }.first
    }
}
