import Foundation
import NIOSSL
import PostgresNIO

/// Where a PostgreSQL store is, from `--db postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=...` (or
/// `RULESD_DATABASE_URL`), as libpq reads such addresses: `host=/run/postgresql` in the query names a
/// folder holding the server's Unix socket; `sslmode` is `disable`, `prefer` (the default), `require`
/// (encrypted, the certificate not checked) or `verify-full` (checked against the system's authorities).
struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    var host: String?
    var port: Int
    /// The folder of the server's Unix socket, instead of a host.
    var socketFolder: String?
    var username: String
    var password: String?
    var database: String
    var sslMode: String
    /// Settings for the session, from libpq's `options=-c NAME=VALUE ...` (such as `search_path`).
    var settings: [String: String] = [:]

    /// Whether a `--db` value names a PostgreSQL server rather than a file.
    static func isAddress(_ value: String) -> Bool {
        value.hasPrefix("postgres://") || value.hasPrefix("postgresql://")
    }

    /// Reads an address; throws an error saying what is wrong with it (never repeating the password).
    init(_ address: String) throws {
        guard Self.isAddress(address), let components = URLComponents(string: address) else {
            throw PostgresStoreError("'\(Self.redacted(address))' is not a PostgreSQL address; write postgres://USER:PASSWORD@HOST:5432/DATABASE")
        }
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        host = components.host.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding }
        socketFolder = query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        port = components.port ?? query["port"].flatMap(Int.init) ?? 5432
        username = components.user?.removingPercentEncoding ?? query["user"] ?? "postgres"
        password = components.password?.removingPercentEncoding ?? query["password"]
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? username : (path.removingPercentEncoding ?? path)
        sslMode = query["sslmode"] ?? "prefer"
        // options=-c search_path=shop1 -c statement_timeout=5000, as libpq takes it.
        let words = (query["options"] ?? "").split(separator: " ").map(String.init)
        for word in words where word != "-c" {
            let setting = word.hasPrefix("-c") ? String(word.dropFirst(2)) : word
            if let equals = setting.firstIndex(of: "=") {
                settings[String(setting[..<equals])] = String(setting[setting.index(after: equals)...])
            }
        }
        guard host != nil || socketFolder != nil else {
            throw PostgresStoreError("\(Self.redacted(address)) names no server: give a host (postgres://USER@HOST/DATABASE) or a socket folder (?host=/run/postgresql)")
        }
        guard ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"].contains(sslMode) else {
            throw PostgresStoreError("sslmode '\(sslMode)' is not one PostgreSQL knows; use disable, prefer, require or verify-full")
        }
    }

    /// The client's configuration.
    var configuration: PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        if let socketFolder {
            configuration = .init(
                unixSocketPath: (socketFolder as NSString).appendingPathComponent(".s.PGSQL.\(port)"), username: username, password: password,
                database: database)
        } else {
            var unchecked = TLSConfiguration.makeClientConfiguration()
            unchecked.certificateVerification = .none
            let tls: PostgresClient.Configuration.TLS = switch sslMode {
            case "disable", "allow": .disable
            case "require": .require(unchecked)
            case "verify-ca", "verify-full": .require(.makeClientConfiguration())
            default: .prefer(unchecked)
            }
            configuration = .init(host: host ?? "localhost", port: port, username: username, password: password, database: database, tls: tls)
        }
        configuration.options.connectTimeout = .seconds(10)
        configuration.options.additionalStartupParameters = settings.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return configuration
    }

    /// The address without its password, for logs, errors and `/healthz`.
    var description: String {
        let server = socketFolder.map { "?host=\($0)" } ?? ""
        let schema = settings["search_path"].map { " (search_path \($0))" } ?? ""
        return "postgres://\(username)@\(host ?? "")\(host == nil ? "" : ":\(port)")/\(database)\(server)\(schema)"
    }

    /// An address as it may be shown: the password replaced.
    static func redacted(_ address: String) -> String {
        guard var components = URLComponents(string: address), components.password != nil else { return address }
        components.password = "***"
        return components.string ?? "postgres://***"
    }
}

/// A PostgreSQL store's failure: what went wrong, in words (the server's message, never a password).
struct PostgresStoreError: Error, CustomStringConvertible {
    var description: String
    /// The server's SQLSTATE code, when the server answered with an error.
    var sqlState: String?

    init(_ description: String, sqlState: String? = nil) {
        self.description = description
        self.sqlState = sqlState
    }
}
