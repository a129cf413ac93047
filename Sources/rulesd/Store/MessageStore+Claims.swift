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
    /// already `owner`'s, until `until`; returns those claimed. One statement for them all, its rows in key
    /// order, so two processes claiming at once wait for each other in one order and never deadlock.
    func claim(_ keys: [String], owner: String, until: Date, now: Date) throws -> Set<String> {
        guard isShared else { return Set(keys) }
        let sorted = Set(keys).sorted()
        guard !sorted.isEmpty else { return [] }
        let rows = sorted.indices.map { "(?\($0 + 4), ?1, ?2)" }.joined(separator: ", ")
        return Set(try connection.query(
            """
            INSERT INTO contact_claims (contact_key, owner, expires_at) VALUES \(rows)
            ON CONFLICT (contact_key) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
            WHERE contact_claims.owner = excluded.owner OR contact_claims.expires_at < ?3
            RETURNING contact_key
            """, [.text(owner), .date(until), .date(now)] + sorted.map(SQLValue.text)
        ) { $0.text(0) ?? "" })
    }

    /// Gives claims back.
    func release(_ keys: [String], owner: String) throws {
        guard isShared, !keys.isEmpty else { return }
        let sorted = Set(keys).sorted()
        try connection.run(
            "DELETE FROM contact_claims WHERE owner = ?1 AND contact_key IN (\(sorted.indices.map { "?\($0 + 2)" }.joined(separator: ", ")))",
            [.text(owner)] + sorted.map(SQLValue.text))
    }

    /// Within a transaction: which of the keys `owner` still holds, their rows locked (in key order) until
    /// the commit, so no other process can take them over between this check and the commit.
    func stillClaimed(_ keys: Set<String>, owner: String) throws -> Set<String> {
        guard isShared else { return keys }
        guard !keys.isEmpty else { return [] }
        let sorted = keys.sorted()
        return Set(try connection.query(
            """
            SELECT contact_key FROM contact_claims WHERE owner = ?1 AND contact_key IN (\(sorted.indices.map { "?\($0 + 2)" }.joined(separator: ", ")))
            ORDER BY contact_key FOR UPDATE
            """, [.text(owner)] + sorted.map(SQLValue.text)
        ) { $0.text(0) ?? "" })
    }

    /// How many claims are held (by any process), expired ones included.
    func claimCount() throws -> Int {
        guard isShared else { return 0 }
        return try connection.query("SELECT COUNT(*) FROM contact_claims") { Int($0.integer(0)) }.first ?? 0
    }
}
