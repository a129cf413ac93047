import Foundation
import Logging
import NIOCore
import PostgresNIO

/// A store's connection to PostgreSQL: one connection leased from the process's client and held while
/// the store lives (leased again if the server closed it), used from the store's own thread, where waiting
/// for the server's answer holds no thread of the cooperative pool.
final class PostgresStoreConnection: SQLDatabase {
    var backend: StoreBackend { .postgres }
    let location: PostgresLocation
    private var lease: PostgresLease?
    private var translations: [String: String] = [:]
    private let logger: Logger = {
        var logger = Logger(label: "rulesd.postgres")
        logger.logLevel = .critical
        return logger
    }()

    /// A connection on a lease taken from the process's client for `location`.
    init(location: PostgresLocation, lease: PostgresLease) {
        self.location = location
        self.lease = lease
    }

    deinit { lease?.release() }

    /// The leased connection; a new one when the server closed the old.
    private func connection() throws -> PostgresConnection {
        if let lease, !lease.connection.isClosed { return lease.connection }
        lease?.release()
        lease = nil
        // On the store's own thread: waiting here holds no thread of the cooperative pool, where the lease is taken.
        let fresh = try PostgresClients.lease(from: PostgresClients.shared.client(for: location), location: location)
        lease = fresh
        return fresh.connection
    }

    func execute(_ sql: String) throws {
        for statement in PostgresSQL.statements(sql) { _ = try perform(statement, [], translating: false) }
    }

    @discardableResult
    func run(_ sql: String, _ parameters: [SQLValue]) throws -> Int {
        try perform(sql, parameters).metadata.rows ?? 0
    }

    func query<T>(_ sql: String, _ parameters: [SQLValue], row: (any SQLRow) throws -> T) throws -> [T] {
        try perform(sql, parameters).rows.map { try row(try PostgresRowValues($0)) }
    }

    func transaction<T>(_ body: () throws -> T) throws -> T {
        try run("BEGIN", [])
        do {
            let result = try body()
            try run("COMMIT", [])
            return result
        } catch {
            _ = try? run("ROLLBACK", [])
            throw error
        }
    }

    /// PostgreSQL's commits reach the disk before they return (`synchronous_commit` on, its default).
    func durably<T>(_ body: () throws -> T) throws -> T { try body() }

    func setReadOnly(_ readOnly: Bool) throws {
        try execute("SET SESSION CHARACTERISTICS AS TRANSACTION \(readOnly ? "READ ONLY" : "READ WRITE")")
    }

    private func perform(_ sql: String, _ parameters: [SQLValue], translating: Bool = true) throws -> PostgresQueryResult {
        let translated: String
        if !translating {
            translated = sql
        } else if let known = translations[sql] {
            translated = known
        } else {
            translated = PostgresSQL.translate(sql)
            translations[sql] = translated
        }
        var binds = PostgresBindings(capacity: parameters.count)
        for parameter in parameters {
            switch parameter {
            case .text(let text): binds.append(text)
            case .integer(let number): binds.append(number)
            case .real(let number): binds.append(number)
            case .blob(let data): binds.append(ByteBuffer(bytes: data))
            case .null: binds.appendNull()
            }
        }
        let connection = try connection()
        let answer: EventLoopFuture<PostgresQueryResult> = connection.query(PostgresQuery(unsafeSQL: translated, binds: binds), logger: logger)
        do {
            return try answer.wait()
        } catch {
            throw Self.described(error, location: location)
        }
    }

    /// postgres-nio's error in words: the server's message and SQLSTATE, or what happened to the connection.
    static func described(_ error: any Error, location: PostgresLocation) -> any Error {
        guard let error = error as? PSQLError else { return error }
        if let info = error.serverInfo {
            return PostgresStoreError("PostgreSQL: \(info[.message] ?? "an error") (SQLSTATE \(info[.sqlState] ?? "?"))", sqlState: info[.sqlState])
        }
        return PostgresStoreError("the connection to PostgreSQL at \(location) failed (\(error.code))")
    }
}

/// A row PostgreSQL sent, its values read the way SQLite's would be (a number as text, text as a number).
struct PostgresRowValues: SQLRow {
    let values: [SQLValue]

    init(_ row: PostgresRow) throws {
        values = try row.map(Self.value)
    }

    private static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8, .oid: return .integer(try cell.decode(Int64.self))
        case .float4, .float8: return .real(try cell.decode(Double.self))
        case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .bytea: return .blob(Data((try cell.decode(ByteBuffer.self)).readableBytesView))
        case .numeric: return .real(NSDecimalNumber(decimal: try cell.decode(Decimal.self)).doubleValue)
        default: return .text(try cell.decode(String.self))
        }
    }

    private func value(_ column: Int32) -> SQLValue {
        Int(column) < values.count ? values[Int(column)] : .null
    }

    func text(_ column: Int32) -> String? {
        switch value(column) {
        case .text(let text): text
        case .integer(let number): String(number)
        case .real(let number): String(number)
        case .blob(let data): String(decoding: data, as: UTF8.self)
        case .null: nil
        }
    }

    func integer(_ column: Int32) -> Int64 {
        switch value(column) {
        case .integer(let number): number
        case .real(let number): Int64(number)
        case .text(let text): Int64(text) ?? Double(text).map { Int64($0) } ?? 0
        case .blob, .null: 0
        }
    }

    func real(_ column: Int32) -> Double {
        switch value(column) {
        case .real(let number): number
        case .integer(let number): Double(number)
        case .text(let text): Double(text) ?? 0
        case .blob, .null: 0
        }
    }

    func blob(_ column: Int32) -> Data {
        switch value(column) {
        case .blob(let data): data
        case .text(let text): Data(text.utf8)
        default: Data()
        }
    }

    func isNull(_ column: Int32) -> Bool { value(column) == .null }
}
