import CSQLite
import Foundation

/// Why the store cannot keep what it is given: its file was deleted or replaced under the running server,
/// or writing fails (a full disk, a read-only or immutable file, an I/O error). While there is one,
/// webhooks get 503 (Meta sends them again later) and `/healthz` says why.
struct StoreFault: Error, Sendable, Equatable, CustomStringConvertible {
    enum Kind: String, Sendable {
        /// The file was deleted or replaced: what is written now would not be there at the next start.
        /// Only a restart ends it.
        case fileLost = "file_lost"
        /// Writes fail; it ends by itself when a write works again.
        case cannotWrite = "cannot_write"
    }

    var kind: Kind
    /// What is wrong and what to do, for the log and `/healthz`.
    var reason: String

    var description: String { reason }

    /// The database file at `path` is no longer the one rulesd has open.
    static func fileLost(_ path: String, deleted: Bool) -> StoreFault {
        StoreFault(
            kind: .fileLost,
            reason: "the database file \(path) was \(deleted ? "deleted" : "replaced") while rulesd was running; "
                + "webhooks are refused with 503 (Meta sends them again) until rulesd is restarted")
    }

    /// A failed write, in plain words, or nil when the error is not about writing (a bug, a bad query).
    static func writeFailure(_ error: any Error, path: String) -> StoreFault? {
        guard let error = error as? SQLiteError else { return nil }
        let reason: String
        switch error.code & 0xFF {
        case SQLITE_FULL: reason = "the disk holding \(path) is full; free some space"
        case SQLITE_READONLY: reason = "the database file \(path) is read-only; let rulesd write to it (permissions, chattr -i)"
        case SQLITE_IOERR: reason = "writing \(path) failed with an input/output error (\(error.message)); check the disk"
        case SQLITE_CANTOPEN: reason = "rulesd cannot open \(path) (or its -wal file) for writing; check the folder's permissions and space"
        case SQLITE_PERM, SQLITE_AUTH: reason = "rulesd may not write \(path) (\(error.message))"
        case SQLITE_CORRUPT, SQLITE_NOTADB: reason = "the database file \(path) is damaged (\(error.message)); restore it from a backup"
        default: return nil
        }
        return StoreFault(kind: .cannotWrite, reason: reason)
    }
}

/// A file's device and inode: the database file rulesd has open, told apart from another file at the same
/// path (a deleted file's replacement, or a restored copy).
struct FileIdentity: Sendable, Equatable {
    var device: UInt64
    var inode: UInt64

    /// The identity of the file at `path` now; nil when there is none.
    static func of(_ path: String) -> FileIdentity? {
        // The file a symbolic link points to now, not the link.
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: target),
            let device = (attributes[.systemNumber] as? NSNumber)?.uint64Value,
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
        else { return nil }
        return FileIdentity(device: device, inode: inode)
    }
}

/// A database path that cannot be opened or written when rulesd starts, named in the error.
struct StoreOpenError: Error, CustomStringConvertible {
    var path: String
    var detail: String
    var description: String {
        PostgresLocation.isAddress(path) ? "cannot use the database \(path): \(detail)" : "cannot use the database file \(path): \(detail)"
    }
}
