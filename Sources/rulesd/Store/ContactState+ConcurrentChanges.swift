import Engine
import Foundation

extension ContactState {
    /// This state (what the worker decided from `base`) with the changes another writer made meanwhile, from
    /// `base` to `current`: a `contacts import` (imported mark, tags, name), a cooldown lifted because its
    /// reply was never heard. Without this, the worker's write would undo them.
    func carrying(changesFrom base: ContactState, to current: ContactState) -> ContactState {
        var merged = self
        if current.importedAt != base.importedAt { merged.importedAt = current.importedAt }
        if current.name != base.name { merged.name = current.name }
        if current.username != base.username { merged.username = current.username }
        for tag in current.tags where !base.tags.contains(tag) { _ = merged.tags.insert(tag) }
        for tag in base.tags where !current.tags.contains(tag) { _ = merged.tags.remove(tag) }
        for entry in base.cooldowns.entries where current.cooldowns[entry.rule] == nil && merged.cooldowns[entry.rule] == entry.until {
            merged.cooldowns[entry.rule] = nil
        }
        if current.pausedUntil != base.pausedUntil { merged.pausedUntil = current.pausedUntil }
        if current.email != base.email { merged.email = current.email }
        if current.phone != base.phone { merged.phone = current.phone }
        return merged
    }
}
