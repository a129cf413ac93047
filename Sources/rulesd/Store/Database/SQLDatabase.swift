import Foundation

/// A value bound to a statement's parameter: the same for SQLite and PostgreSQL.
enum SQLValue: Sendable, Hashable {
    case text(String)
    case integer(Int64)
    case real(Double)
    case blob(Data)
    case null

    static func optional(_ text: String?) -> SQLValue { text.map(SQLValue.text) ?? .null }
    /// An instant, as the store keeps them: seconds since 1970.
    static func date(_ date: Date) -> SQLValue { .real(date.timeIntervalSince1970) }
}

/// A row being read: its values by column position, from 0.
protocol SQLRow {
    func text(_ column: Int32) -> String?
    func integer(_ column: Int32) -> Int64
    func real(_ column: Int32) -> Double
    func blob(_ column: Int32) -> Data
    func isNull(_ column: Int32) -> Bool
}

/// Which database engine holds the store.
enum StoreBackend: String, Sendable {
    /// A file on this machine (`--db FILE`): one `serve` process.
    case sqlite
    /// A PostgreSQL server (`--db postgres://...`): several `serve` processes may share it.
    case postgres
}

/// What the store asks of its database: statements with parameters, queries read row by row, and
/// transactions. The store's SQL is written once, in SQLite's dialect (`?` and `?N` parameters); the
/// PostgreSQL connection translates it (see ``PostgresSQL``).
///
/// Calls block: the store runs them on a thread of its own (``StoreThread``), never on Swift's
/// cooperative pool. One connection is used by one store at a time, so it is not `Sendable`.
protocol SQLDatabase: AnyObject {
    var backend: StoreBackend { get }
    /// Runs SQL that returns no rows (several statements allowed, no parameters).
    func execute(_ sql: String) throws
    /// Runs one statement; returns how many rows it changed.
    @discardableResult
    func run(_ sql: String, _ parameters: [SQLValue]) throws -> Int
    /// Every row of a query, each read by `row`.
    func query<T>(_ sql: String, _ parameters: [SQLValue], row: (any SQLRow) throws -> T) throws -> [T]
    /// Runs `body` in one transaction: committed if it returns, rolled back if it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T
    /// Runs `body` so that its commit has reached the disk (or the server's) before it returns.
    func durably<T>(_ body: () throws -> T) throws -> T
    /// Refuses (or allows again) every write, as a read-only database would: tests of a store that cannot write.
    func setReadOnly(_ readOnly: Bool) throws
}

extension SQLDatabase {
    @discardableResult
    func run(_ sql: String) throws -> Int { try run(sql, []) }

    func query<T>(_ sql: String, row: (any SQLRow) throws -> T) throws -> [T] { try query(sql, [], row: row) }

    /// `FROM ..., elements AS alias` of a JSON array column, each element's text as `alias.value`.
    func jsonArrayElements(_ expression: String, as alias: String) -> String {
        switch backend {
        case .sqlite: "json_each(\(expression)) \(alias)"
        case .postgres: "jsonb_array_elements_text(\(expression)::jsonb) AS \(alias)(value)"
        }
    }
}
