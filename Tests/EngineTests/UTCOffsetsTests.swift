import Foundation
import Testing

@testable import Engine

/// The offsets table read once from a zone's transitions gives, at every instant, the offset the
/// time-zone database gives.
@Suite struct UTCOffsetsTests {
    /// Zones with daylight saving on either hemisphere, a 30-minute change (Lord Howe), DST abolished
    /// (São Paulo in 2019), a standard offset changed without DST (Caracas in 2007 and 2016), none at all.
    static let zones = [
        "Europe/Madrid", "America/New_York", "Australia/Lord_Howe", "America/Sao_Paulo", "America/Caracas",
        "Asia/Kolkata", "America/Santiago", "UTC",
    ]

    @Test(arguments: zones)
    func agreesWithTheZoneAtEveryInstantTried(_ identifier: String) throws {
        let zone = try #require(TimeZone(identifier: identifier))
        let offsets = UTCOffsets(zone)
        var random = SeededGenerator(seed: 7)
        // Instants spread over the covered span, and each side of the edges, and on the hour near changes.
        var instants = (0..<3_000).map { _ in
            Int64(random.next() % UInt64(UTCOffsets.covered.count)) + UTCOffsets.covered.lowerBound
        }
        instants += [UTCOffsets.covered.lowerBound - 1, UTCOffsets.covered.lowerBound, UTCOffsets.covered.upperBound - 1, UTCOffsets.covered.upperBound]
        var transition = Date(timeIntervalSince1970: 1_500_000_000)
        for _ in 0..<20 {
            guard let next = zone.nextDaylightSavingTimeTransition(after: transition) else { break }
            let second = Int64(next.timeIntervalSince1970)
            instants += [second - 1, second, second + 1, second + 1_800]
            transition = next
        }
        var mismatches: [String] = []
        for second in instants {
            let date = Date(timeIntervalSince1970: TimeInterval(second))
            if offsets.seconds(at: date) != zone.secondsFromGMT(for: date) { mismatches.append("\(second)") }
        }
        #expect(mismatches.isEmpty, "offsets differ at \(mismatches.prefix(5))")
    }

    @Test func aZoneWithoutChangesHasOneOffset() throws {
        let offsets = UTCOffsets(try #require(TimeZone(identifier: "Asia/Kolkata")))
        #expect(offsets.seconds(at: Date(timeIntervalSince1970: 1_795_000_000)) == 19_800)
        #expect(offsets.seconds(at: Date(timeIntervalSince1970: 1_000_000_000)) == 19_800)
    }
}
