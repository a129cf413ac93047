import Foundation

/// Claims with a lease, for several `serve` processes on one PostgreSQL store: a contact's messages are
/// evaluated by one process at a time (in order), and its replies sent by one lane at a time. A claim is a
/// row of `contact_claims`: taken when free, expired, or already the taker's; released when done; and a
/// dead process's claims are taken over once their lease runs out. On SQLite, one process has the store:
/// every claim is granted without a write.
extension MessageStore {
    /// Who claims, for this process: its host, its process id and a random part (a restarted process is
    /// another owner).
    static let processOwner: String = {
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        return "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(random)"
    }()

    /// Whether several processes may share this store, so that work must be claimed.
    nonisolated var isShared: Bool { backend == .postgres }

    /// Claims the keys (contact keys, or a send lane's `send:KIND:CONTACT`) that are free, expired or
    /// already `owner`'s, until `until`; returns those claimed. Each key is its own statement (no
    /// transaction holds two claim rows at once), so claims never deadlock.
    func claim(_ keys: [String], owner: String, until: Date, now: Date) throws -> Set<String> {
        guard isShared else { return Set(keys) }
        var claimed = Set<String>()
        for key in Set(keys).sorted() {
            let changed = try connection.run(
                """
                INSERT INTO contact_claims (contact_key, owner, expires_at) VALUES (?1, ?2, ?3)
                ON CONFLICT (contact_key) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
                WHERE contact_claims.owner = excluded.owner OR contact_claims.expires_at < ?4
                """, [.text(key), .text(owner), .date(until), .date(now)])
            if changed == 1 { claimed.insert(key) }
        }
        return claimed
    }

    /// Gives claims back.
    func release(_ keys: [String], owner: String) throws {
        guard isShared, !keys.isEmpty else { return }
        for key in Set(keys).sorted() {
            try connection.run("DELETE FROM contact_claims WHERE contact_key = ? AND owner = ?", [.text(key), .text(owner)])
        }
    }

    /// Within a transaction: which of the keys `owner` still holds, their rows locked until the commit, so no
    /// other process can take them over between this check and the commit (locked in key order).
    func stillClaimed(_ keys: Set<String>, owner: String) throws -> Set<String> {
        guard isShared else { return keys }
        var held = Set<String>()
        for key in keys.sorted() {
            let rows = try connection.query(
                "SELECT 1 FROM contact_claims WHERE contact_key = ? AND owner = ? FOR UPDATE", [.text(key), .text(owner)]) { _ in true }
            if !rows.isEmpty { held.insert(key) }
        }
        return held
    }

    /// How many claims are held (by any process), expired ones included.
    func claimCount() throws -> Int {
        guard isShared else { return 0 }
        return try connection.query("SELECT COUNT(*) FROM contact_claims") { Int($0.integer(0)) }.first ?? 0
    }
}
