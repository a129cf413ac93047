import Engine
import Foundation
import Testing

@Suite struct TimestampsTests {
    @Test func formattingAgreesWithFoundationAcrossCenturies() {
        var generator = SystemRandomNumberGenerator()
        let samples = (0..<300).map { _ in Double.random(in: -2_000_000_000...7_000_000_000, using: &generator) }
            + [0, -1, 951_782_400, 951_868_800, 4_107_542_400, 1_795_000_000.999]
        for seconds in samples {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(Timestamps.formatISO8601(date) == date.formatted(.iso8601), "\(seconds)")
        }
    }

    @Test func parsingAgreesWithFoundationAndRoundTrips() throws {
        for seconds in stride(from: -1_000_000_000.0, to: 5_000_000_000, by: 7_777_777.0) {
            let date = Date(timeIntervalSince1970: seconds.rounded(.down))
            let text = Timestamps.formatISO8601(date)
            #expect(Timestamps.parseISO8601(text) == date, "\(text)")
            #expect(Timestamps.parseISO8601(text) == (try? Date(text, strategy: .iso8601)))
        }
        let fractional = try #require(Timestamps.parseISO8601("2026-11-24T09:15:00.250Z"))
        #expect(abs(fractional.timeIntervalSince1970 - (try #require(Timestamps.parseISO8601("2026-11-24T09:15:00Z"))).timeIntervalSince1970 - 0.25) < 1e-6)
        #expect(Timestamps.parseISO8601("2026-11-24T10:15:00+01:00") == Timestamps.parseISO8601("2026-11-24T09:15:00Z"), "offsets go through Foundation")
    }

    @Test(arguments: ["2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-24T24:00:00Z", "2026-11-24 09:15", "2026-11-24T09:15:00.Z", "yesterday"])
    func refusesWhatIsNotAnInstant(_ text: String) {
        #expect(Timestamps.parseISO8601(text) == nil)
    }

    @Test func normalizedJSONIsWhatCodableReads() throws {
        let message = Message(
            id: "m\"1\\", at: Date(timeIntervalSince1970: 1_795_000_000), channel: .whatsapp, account: "106", contact: "549",
            name: "Lucía \u{1}", kind: .text, text: "line one\nline \"two\"\t👍🏽", payload: "P", from: .customer, inReplyTo: "wamid.X",
            standby: true)
        let decoded = try JSONDecoder().decode(Message.self, from: Data(message.normalizedJSON.utf8))
        #expect(decoded == message)
        let echo = Message(id: "e", at: Date(timeIntervalSince1970: 0), channel: .instagram, account: "a", contact: "c", kind: .echo, text: "x")
        #expect(try JSONDecoder().decode(Message.self, from: Data(echo.normalizedJSON.utf8)) == echo)
    }
}
