import Engine
import Foundation
import Testing

@Suite struct JSONReaderTests {
    func parse(_ text: String) throws -> JSONValue { try JSONReader.parse(Data(text.utf8)) }

    @Test func readsEveryKindOfValue() throws {
        let value = try parse(#" {"a": [1, -2.5e3, true, false, null, "x"], "b": {}, "c": [], "d": 0} "#)
        #expect(value == .object([
            "a": .array([.number(1), .number(-2500), .bool(true), .bool(false), .null, .string("x")]),
            "b": .object([:]), "c": .array([]), "d": .number(0),
        ]))
    }

    @Test func decodesEscapesAndSurrogatePairsAsMetaSendsThem() throws {
        // Meta escapes non-ASCII text as \uXXXX, emoji as surrogate pairs.
        #expect(try parse(#""Luc\u00eda \ud83d\ude00 \"q\" \\ \/ \n\t""#) == .string("Lucía 😀 \"q\" \\ / \n\t"))
        #expect(try parse(#""\ud83d alone""#) == .string("\u{FFFD} alone"), "a lone surrogate becomes U+FFFD")
        #expect(try parse("\"señora 👍🏽\"") == .string("señora 👍🏽"))
    }

    @Test func agreesWithJSONSerializationOnEveryFixture() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("ConnectorsTests/Fixtures/webhooks")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
        #expect(files.count >= 10)
        for file in files {
            let data = try Data(contentsOf: directory.appendingPathComponent(file))
            let ours = try JSONReader.parse(data)
            let theirs = Self.value(try JSONSerialization.jsonObject(with: data))
            #expect(ours == theirs, "\(file)")
        }
    }

    static func value(_ object: Any) -> JSONValue {
        switch object {
        case let dictionary as [String: Any]: .object(dictionary.mapValues(value))
        case let array as [Any]: .array(array.map(value))
        case let string as String: .string(string)
        case let number as NSNumber where String(cString: number.objCType) == "c": .bool(number.boolValue)
        case let number as NSNumber: .number(number.doubleValue)
        default: .null
        }
    }

    @Test(arguments: [
        "", "{", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "01", "1.", "-", "1e", "tru", "nul", "\"abc", "\"a\u{01}b\"", "\"\\x\"",
        "\"\\u12\"", "[1] 2", "{1:2}", "NaN", "1e999", "'a'",
    ])
    func refusesWhatIsNotJSON(_ text: String) {
        #expect(throws: JSONReader.Error.self) { try parse(text) }
    }

    @Test func refusesInvalidUTF8AndDeepNesting() {
        #expect(throws: JSONReader.Error.self) { try JSONReader.parse(Data([0x22, 0xFF, 0xFE, 0x22])) }
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONReader.Error.self, "refused, not a stack overflow") { try parse(deep) }
        let fine = String(repeating: "[", count: JSONReader.maximumDepth) + String(repeating: "]", count: JSONReader.maximumDepth)
        #expect(throws: Never.self) { try parse(fine) }
    }
}
