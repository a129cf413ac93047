import Connectors
import Engine
import Foundation
import Testing

/// Inputs the fuzzers (scripts/fuzz.sh) found crashing, kept in Fixtures/fuzz: each must now parse without
/// trapping, and every message it yields must come back unchanged from the journal's JSON.
@Suite struct FuzzRegressionTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz")
    static let inputs = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()

    @Test(arguments: inputs)
    func savedCrashNoLongerCrashes(_ name: String) throws {
        let body = try Data(contentsOf: Self.directory.appendingPathComponent(name))
        let contents = try? WebhookParser.parse(body)
        for message in contents?.messages ?? [] {
            #expect(Message(normalized: try JSONReader.parse(Data(message.normalizedJSON.utf8))) == message)
        }
    }

    @Test func timestampsBeyondYear9999AreNotTimestamps() {
        // ig-timestamp-overflow.json: "timestamp": 17600007560000750403 (ms) trapped converting to Int.
        #expect(JSONValue.number(1.76e19).timestamp == nil)
        #expect(JSONValue.number(1_760_000_750_403).timestamp != nil)
        #expect(!Timestamps.formatISO8601(Date(timeIntervalSince1970: 1e19), milliseconds: true).isEmpty)
    }

    @Test func timestampsAreKeptToTheMillisecond() {
        // ig-sub-millisecond-timestamp.json: "timestamp": 1.60000320055 lost its sub-millisecond part in the journal.
        #expect(JSONValue.number(1.60000320055).timestamp == Date(timeIntervalSince1970: 1.6))
        #expect(JSONValue.number(1_760_000_000_987).timestamp == Timestamps.fromEpoch(1_760_000_000_987))
    }

    @Test func thereAreSavedInputs() {
        #expect(!Self.inputs.isEmpty)
    }
}
