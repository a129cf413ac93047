import Engine
import Foundation

/// How an import went: contacts new to the store, changed, and already as imported.
struct ContactImportSummary: Sendable, Equatable {
    var added = 0
    var updated = 0
    var unchanged = 0
}

extension MessageStore {
    /// Imports the seller's existing customers in one transaction: each becomes known (never a "first
    /// contact"), gains the given tags, and takes the given name and username. Importing the same
    /// contacts again changes nothing. Safe while `serve` runs on the same database (SQLite's locking).
    func importContacts(_ contacts: [ImportedContact], now: Date) throws -> ContactImportSummary {
        try connection.transaction {
            var summary = ContactImportSummary()
            for contact in contacts {
                let key = contact.key.description
                let stored = try storedState(key: key)
                var state = stored ?? ContactState()
                let before = state
                if state.importedAt == nil { state.importedAt = now }
                for tag in contact.tags { _ = state.tags.insert(tag) }
                if let name = contact.name { state.name = name }
                if let username = contact.username { state.username = username }
                if stored == nil {
                    summary.added += 1
                } else if state == before {
                    summary.unchanged += 1
                    continue
                } else {
                    summary.updated += 1
                }
                try saveState(state, key: key, now: now)
            }
            return summary
        }
    }
}
