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
}
