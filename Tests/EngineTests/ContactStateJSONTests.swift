import Engine
import Foundation
import Testing

@Suite struct ContactStateJSONTests {
    @Test func storedJSONRoundTrips() throws {
        var state = ContactState()
        #expect(ContactState(storedJSON: state.storedJSON) == state)
        state.firstSeen = Date(timeIntervalSince1970: 1_795_000_000.123456)
        state.lastInboundAt = Date(timeIntervalSince1970: 1_795_000_300)
        state.messageCount = 7
        state.tags = ["vip", "asked \"price\"", "ñ"]
        state.cooldowns = ["price": Date(timeIntervalSince1970: 1_795_003_600.5), "hi\\there": Date(timeIntervalSince1970: 1)]
        state.pausedUntil = Date(timeIntervalSince1970: 1_795_007_200)
        state.recentReplies = [Date(timeIntervalSince1970: 1_795_000_100), Date(timeIntervalSince1970: 1_795_000_300)]
        state.name = "Lucía\n"
        state.username = "lu.cia"
        state.language = .es
        #expect(ContactState(storedJSON: state.storedJSON) == state)
        #expect(state.storedJSON.contains(#""language":"es""#))
    }

    @Test func theCodableFormIsNotMistakenForIt() throws {
        var state = ContactState()
        state.messageCount = 3
        let codable = String(decoding: try JSONEncoder().encode(state), as: UTF8.self)
        #expect(ContactState(storedJSON: codable) == nil, "the store falls back to Codable for states written before")
    }
}
