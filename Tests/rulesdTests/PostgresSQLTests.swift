import Foundation
import Testing

@testable import rulesd

/// The store's SQL as PostgreSQL takes it, and the addresses `--db` takes.
@Suite struct PostgresSQLTests {
    @Test func parametersAreNumberedAsSQLiteNumbersThem() {
        #expect(PostgresSQL.translate("SELECT a FROM t WHERE b = ? AND c = ? LIMIT ?") == "SELECT a FROM t WHERE b = $1 AND c = $2 LIMIT $3")
        #expect(PostgresSQL.translate("UPDATE t SET a = ?2 WHERE b = ?1 AND c = ?") == "UPDATE t SET a = $2 WHERE b = $1 AND c = $3")
    }

    @Test func stringsAndCommentsAreLeftAsTheyAre() {
        let sql = "SELECT json_extract(m, '$.a?') FROM t -- isn't it? rowid\nWHERE x = 'it''s ?' AND y = ?"
        #expect(PostgresSQL.translate(sql) == "SELECT json_extract(m, '$.a?') FROM t -- isn't it? rowid\nWHERE x = 'it''s ?' AND y = $1")
    }

    @Test func insertOrIgnoreAndRowidBecomeWhatPostgreSQLSays() {
        #expect(PostgresSQL.translate("INSERT OR IGNORE INTO t (a) VALUES (?)\n") == "INSERT INTO t (a) VALUES ($1) ON CONFLICT DO NOTHING")
        #expect(PostgresSQL.translate("SELECT o.rowid FROM outbox o ORDER BY o.rowid") == "SELECT o.seq FROM outbox o ORDER BY o.seq")
        #expect(PostgresSQL.translate("SELECT rowidx FROM t") == "SELECT rowidx FROM t", "only the whole word")
    }

    @Test func aScriptIsSplitAtSemicolonsOutsideBodiesStringsAndComments() {
        let script = """
            CREATE TABLE a (x TEXT DEFAULT ';');
            -- a comment; with a semicolon
            CREATE FUNCTION f() RETURNS INTEGER LANGUAGE SQL AS $$ SELECT 1; $$;
            """
        #expect(PostgresSQL.statements(script) == [
            "CREATE TABLE a (x TEXT DEFAULT ';')", "-- a comment; with a semicolon\nCREATE FUNCTION f() RETURNS INTEGER LANGUAGE SQL AS $$ SELECT 1; $$",
        ])
    }

    @Test func addressesAreReadAsLibpqReadsThem() throws {
        let remote = try PostgresLocation("postgres://shop%40x:p%2Fss@db.example:6543/rulesd?sslmode=verify-full&options=-c%20search_path%3Dshop1")
        #expect(remote.host == "db.example" && remote.port == 6543 && remote.username == "shop@x" && remote.password == "p/ss")
        #expect(remote.database == "rulesd" && remote.sslMode == "verify-full" && remote.settings == ["search_path": "shop1"])
        let socket = try PostgresLocation("postgresql://rulesd@/shop?host=/run/postgresql")
        #expect(socket.socketFolder == "/run/postgresql" && socket.host == nil && socket.port == 5432 && socket.database == "shop")
        #expect(throws: PostgresStoreError.self) { try PostgresLocation("postgres://rulesd@db/x?sslmode=sometimes") }
        #expect(throws: PostgresStoreError.self) { try PostgresLocation("postgres:///x") }
    }

    @Test func aPasswordIsNeverShown() async throws {
        let address = "postgres://rulesd:s3cret-pw@127.0.0.1:1/rulesd?sslmode=disable"
        #expect(!PostgresLocation.redacted(address).contains("s3cret-pw"))
        #expect(!(try PostgresLocation(address)).description.contains("s3cret-pw"))
        // An address rulesd cannot use: the error names the database, never the password. (Not a closed
        // port: the client tries it again and again for 15 s, and its event loops are the other tests'.)
        do {
            _ = try await MessageStore.open(path: address.replacingOccurrences(of: "sslmode=disable", with: "sslmode=sometimes"))
            Issue.record("a store opened with an sslmode PostgreSQL does not know")
        } catch {
            #expect(!"\(error)".contains("s3cret-pw"), "\(error)")
            #expect("\(error)".contains("postgres://rulesd:***@127.0.0.1:1/rulesd"), "\(error)")
        }
    }
}
