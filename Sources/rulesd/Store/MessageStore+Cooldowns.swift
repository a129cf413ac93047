import Engine
import Foundation

/// A cooldown starts only when the rule was heard. The engine starts none for a reply it held back; a
/// reply it decided but the platform never delivered (the window closed before it could go out, or a
/// permanent failure) lifts its rule's cooldown here.
extension MessageStore {
    /// Lifts the cooldown of the rule behind an unheard reply for its contact, unless a later reply of the
    /// same rule reached that contact. Returns whether a cooldown was lifted.
    @discardableResult
    func releaseCooldown(ofUnheard entry: OutboxEntry) throws -> Bool {
        guard entry.kind == .reply, let rule = entry.rule else { return false }
        return try connection.transaction {
            let laterHeard = try connection.query(
                """
                SELECT 1 FROM outbox WHERE contact_key = ?1 AND rule = ?2 AND kind = 'reply' AND status = 'sent'
                    AND rowid > (SELECT rowid FROM outbox WHERE key = ?3) LIMIT 1
                """, [.text(entry.contactKey), .text(rule), .text(entry.key)]) { _ in true }
            guard laterHeard.isEmpty else { return false }
            guard var state = try storedState(key: entry.contactKey), state.cooldowns[rule] != nil else { return false }
            state.cooldowns[rule] = nil
            try saveState(state, key: entry.contactKey, now: Date())
            return true
        }
    }
}
