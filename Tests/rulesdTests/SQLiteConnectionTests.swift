import Foundation
import Testing

@testable import rulesd

/// The connection keeps prepared statements for reuse; reuse must never leak bindings, rows or errors
/// from one use into the next.
@Suite struct SQLiteConnectionTests {
    func connection() throws -> SQLiteConnection {
        let connection = try SQLiteConnection(path: try RulesdProcess.temporaryDirectory().appendingPathComponent("t.sqlite").path)
        try connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        return connection
    }

    @Test func aReusedStatementStartsFromItsOwnParameters() throws {
        let db = try connection()
        for (id, name) in [(1, "a"), (2, "b"), (3, "c")] {
            try db.run("INSERT INTO t (id, name) VALUES (?, ?)", [.integer(Int64(id)), .text(name)])
        }
        let select = "SELECT name FROM t WHERE id >= ? ORDER BY id"
        #expect(try db.query(select, [.integer(2)]) { $0.text(0) } == ["b", "c"])
        #expect(try db.query(select, [.integer(1)]) { $0.text(0) } == ["a", "b", "c"])
        // Stopping after the first row leaves nothing half-read for the next use.
        #expect(try db.prepare(select, [.integer(1)]).step())
        #expect(try db.query(select, [.integer(3)]) { $0.text(0) } == ["c"])
    }

    @Test func theSameStatementCanRunInsideItself() throws {
        let db = try connection()
        try db.run("INSERT INTO t (id, name) VALUES (1, 'a'), (2, 'b')")
        let select = "SELECT name FROM t WHERE id = ?"
        let pairs = try db.query(select, [.integer(1)]) { outer in
            (outer.text(0), try db.query(select, [.integer(2)]) { $0.text(0) })
        }
        #expect(pairs.count == 1 && pairs[0].0 == "a" && pairs[0].1 == ["b"])
        #expect(try db.query(select, [.integer(2)]) { $0.text(0) } == ["b"])
    }

    @Test func aFailedStepLeavesTheStatementUsable() throws {
        let db = try connection()
        let insert = "INSERT INTO t (id, name) VALUES (?, ?)"
        try db.run(insert, [.integer(1), .text("a")])
        #expect(throws: SQLiteError.self) { try db.run(insert, [.integer(1), .text("again")]) }
        #expect(throws: SQLiteError.self) { try db.run(insert, [.integer(2), .null]) }
        try db.run(insert, [.integer(2), .text("b")])
        #expect(try db.query("SELECT COUNT(*) FROM t") { $0.integer(0) } == [2])
        // A transaction rolled back by an error is followed by a working one.
        #expect(throws: SQLiteError.self) {
            try db.transaction {
                try db.run(insert, [.integer(3), .text("c")])
                try db.run(insert, [.integer(3), .text("duplicate")])
            }
        }
        try db.transaction { try db.run(insert, [.integer(3), .text("c")]) }
        #expect(try db.query("SELECT name FROM t ORDER BY id") { $0.text(0) } == ["a", "b", "c"])
    }
}
