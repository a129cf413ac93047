import CSQLite
import Foundation

/// A failed SQLite call, with SQLite's own message.
struct SQLiteError: Error, CustomStringConvertible {
    var code: Int32
    var message: String
    var description: String { "SQLite error \(code): \(message)" }
}

/// One SQLite connection: statements, transactions. Used from one isolation domain at a time (the store's
/// actor), so it is not `Sendable`.
final class SQLiteConnection: SQLDatabase {
    var backend: StoreBackend { .sqlite }

    private let handle: OpaquePointer
    /// Prepared statements by SQL text, reset and ready for their next use: the store runs the same few
    /// statements for every message, and preparing one costs more than running it.
    private var statements: [String: OpaquePointer] = [:]

    /// Opens (creating if needed) a database file in WAL mode with `synchronous=FULL`: a committed
    /// transaction survives a power cut. With `readOnly`, opens an existing file only to read it, as it is
    /// (`rulesd doctor` reading a database `serve` may be writing).
    init(path: String, readOnly: Bool = false) throws {
        var handle: OpaquePointer?
        let flags = readOnly ? SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX
        let status = sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open \(path)"
            if let handle { sqlite3_close(handle) }
            throw SQLiteError(code: status, message: message)
        }
        self.handle = handle
        sqlite3_busy_timeout(handle, 5_000)
        sqlite3_create_function_v2(
            handle, "rulesd_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nil, rulesdFold, nil, nil, nil)
        if readOnly { return }
        try execute("PRAGMA journal_mode=WAL")
        try execute("PRAGMA synchronous=FULL")
        try execute("PRAGMA foreign_keys=ON")
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close_v2(handle)
    }

    /// Runs SQL that returns no rows (several statements allowed).
    func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &error)
        if status != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "unknown error"
            sqlite3_free(error)
            throw SQLiteError(code: status, message: message)
        }
    }

    /// Runs `body` with synchronous=FULL: its commit reaches the disk before it returns (the store's other
    /// commits use NORMAL, which in WAL mode survives any crash of the process).
    func durably<T>(_ body: () throws -> T) throws -> T {
        try run("PRAGMA synchronous=FULL")
        defer { try? run("PRAGMA synchronous=NORMAL") }
        return try body()
    }

    func setReadOnly(_ readOnly: Bool) throws {
        try execute("PRAGMA query_only = \(readOnly ? "ON" : "OFF")")
    }

    /// Runs `body` in one transaction: committed if it returns, rolled back if it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try run("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try run("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// A prepared statement with its parameters bound in order: taken from the cache when this SQL ran
    /// before, and given back to it when released.
    func prepare(_ sql: String, _ parameters: [SQLValue] = []) throws -> SQLiteStatement {
        let statement: OpaquePointer
        if let cached = statements.removeValue(forKey: sql) {
            statement = cached
        } else {
            var prepared: OpaquePointer?
            let status = sqlite3_prepare_v2(handle, sql, -1, &prepared, nil)
            guard status == SQLITE_OK, let prepared else { throw SQLiteError(code: status, message: String(cString: sqlite3_errmsg(handle))) }
            statement = prepared
        }
        let prepared = SQLiteStatement(statement: statement, sql: sql, connection: self)
        try prepared.bind(parameters)
        return prepared
    }

    /// Takes back a statement its user is done with: reset, unbound and kept for the next use of its SQL
    /// (finalized if another copy is already kept).
    fileprivate func giveBack(_ statement: OpaquePointer, sql: String) {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        if statements[sql] == nil { statements[sql] = statement } else { sqlite3_finalize(statement) }
    }

    fileprivate var errorMessage: String { String(cString: sqlite3_errmsg(handle)) }

    /// Runs one statement that returns no rows; returns how many rows it changed.
    @discardableResult
    func run(_ sql: String, _ parameters: [SQLValue]) throws -> Int {
        let statement = try prepare(sql, parameters)
        while try statement.step() {}
        return Int(sqlite3_changes(handle))
    }

    /// Every row of a query.
    func query<T>(_ sql: String, _ parameters: [SQLValue], row: (any SQLRow) throws -> T) throws -> [T] {
        let statement = try prepare(sql, parameters)
        var rows: [T] = []
        while try statement.step() { rows.append(try row(statement)) }
        return rows
    }
}

/// A prepared statement in use; given back to its connection's cache when released.
final class SQLiteStatement: SQLRow {
    private let statement: OpaquePointer
    private let sql: String
    private let connection: SQLiteConnection

    fileprivate init(statement: OpaquePointer, sql: String, connection: SQLiteConnection) {
        self.statement = statement
        self.sql = sql
        self.connection = connection
    }

    deinit {
        connection.giveBack(statement, sql: sql)
    }

    func bind(_ parameters: [SQLValue]) throws {
        for (offset, value) in parameters.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32 = switch value {
            case .text(let text): sqlite3_bind_text(statement, index, text, -1, rulesd_sqlite_transient())
            case .integer(let number): sqlite3_bind_int64(statement, index, number)
            case .real(let number): sqlite3_bind_double(statement, index, number)
            case .blob(let data): data.withUnsafeBytes { sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), rulesd_sqlite_transient()) }
            case .null: sqlite3_bind_null(statement, index)
            }
            guard status == SQLITE_OK else { throw SQLiteError(code: status, message: connection.errorMessage) }
        }
    }

    /// Advances to the next row; false when done.
    func step() throws -> Bool {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let status: throw SQLiteError(code: status, message: connection.errorMessage)
        }
    }

    func text(_ column: Int32) -> String? {
        guard let pointer = sqlite3_column_text(statement, column) else { return nil }
        return String(cString: pointer)
    }

    func integer(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }
    func real(_ column: Int32) -> Double { sqlite3_column_double(statement, column) }
    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

    func blob(_ column: Int32) -> Data {
        let count = Int(sqlite3_column_bytes(statement, column))
        guard let pointer = sqlite3_column_blob(statement, column), count > 0 else { return Data() }
        return Data(bytes: pointer, count: count)
    }
}

/// `rulesd_fold(text)`: the text without case or accents ("Lucía" → "lucia"), for searches a seller types
/// without accents. SQLite's own `lower()` folds ASCII letters only.
private func rulesdFold(_ context: OpaquePointer?, _ count: Int32, _ values: UnsafeMutablePointer<OpaquePointer?>?) {
    guard count == 1, let value = values?[0], let bytes = sqlite3_value_text(value) else {
        sqlite3_result_null(context)
        return
    }
    let folded = SQLiteConnection.fold(String(cString: bytes))
    sqlite3_result_text(context, folded, -1, rulesd_sqlite_transient())
}

extension SQLiteConnection {
    /// Case and accents folded away, as `rulesd_fold` does in SQL.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
