import Engine
import Foundation
import Testing

@Suite struct NormalizedMessageReaderTests {
    @Test func readsWhatTheJournalWrites() throws {
        let messages = [
            Message(id: "m1", at: Date(timeIntervalSince1970: 1_795_000_000), channel: .instagram, account: "1784", contact: "6123",
                    name: "Ana", username: "ana.shop", kind: .storyReply, text: "é \"x\"\n", inReplyTo: "story"),
            Message(id: "m2", at: Date(timeIntervalSince1970: 1_795_000_001), channel: .whatsapp, account: "106", contact: "549",
                    kind: .postback, payload: "BUY", from: .business, standby: true),
        ]
        for message in messages {
            #expect(Message(normalized: try JSONReader.parse(Data(message.normalizedJSON.utf8))) == message)
        }
    }

    @Test func refusesMessagesMissingWhatIsRequired() throws {
        for text in [#"{"at":"2026-11-24T09:15:00Z","channel":"instagram","contact":"c"}"#, #"{"id":"x","at":"soon","channel":"instagram","contact":"c"}"#,
                     #"{"id":"x","at":"2026-11-24T09:15:00Z","channel":"telegram","contact":"c"}"#,
                     #"{"id":"x","at":"2026-11-24T09:15:00Z","channel":"instagram","contact":"c","kind":"fax"}"#] {
            #expect(Message(normalized: try JSONReader.parse(Data(text.utf8))) == nil, "\(text)")
        }
    }

    /// Found by fuzz-webhooks: Instagram stamps messages to the millisecond, and the journal's JSON dropped
    /// the fraction, so a message read back from the journal was not the message received.
    @Test func instagramMillisecondsSurviveTheJournal() throws {
        let at = Timestamps.fromEpoch(1_760_000_000_987)
        let message = Message(id: "m", at: at, channel: .instagram, account: "a", contact: "c", kind: .text, text: "hi")
        #expect(message.normalizedJSON.contains(#""at":"2025-10-09T08:53:20.987Z""#))
        #expect(Message(normalized: try JSONReader.parse(Data(message.normalizedJSON.utf8)))?.at == at)
        #expect(try JSONDecoder().decode(Message.self, from: Data(message.normalizedJSON.utf8)).at == at)
        for milliseconds in stride(from: Int64(1_700_000_000_000), to: 1_700_000_100_000, by: 997) {
            let date = Timestamps.fromEpoch(Double(milliseconds))
            #expect(Timestamps.parseISO8601(Timestamps.formatISO8601(date, milliseconds: true)) == date)
        }
    }
}
