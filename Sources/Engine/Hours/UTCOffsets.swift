import Foundation

/// A time zone's offsets from UTC over a span of years, read once from the zone's transitions, so that an
/// `hours` check finds the offset by a binary search instead of asking the time-zone database (a lock and
/// an ICU call) for every message. Instants outside the span are asked of the zone itself.
struct UTCOffsets: Sendable {
    /// Seconds since 1970 at which each offset starts, ascending; `offsets[i]` holds from `starts[i]` until
    /// `starts[i + 1]`.
    private let starts: [Int64]
    private let offsets: [Int32]
    private let timeZone: TimeZone

    /// The span read from the zone: 2000-01-01 to 2100-01-01 UTC.
    static let covered: Range<Int64> = 946_684_800..<4_102_444_800

    init(_ timeZone: TimeZone) {
        self.timeZone = timeZone
        var starts = [Self.covered.lowerBound]
        var offsets = [Int32(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(Self.covered.lowerBound))))]
        var instant = Date(timeIntervalSince1970: TimeInterval(Self.covered.lowerBound))
        while let next = timeZone.nextDaylightSavingTimeTransition(after: instant), next.timeIntervalSince1970 < TimeInterval(Self.covered.upperBound) {
            let second = Int64(next.timeIntervalSince1970.rounded(.down))
            let offset = Int32(timeZone.secondsFromGMT(for: next))
            if offset != offsets.last, second > starts.last! {
                starts.append(second)
                offsets.append(offset)
            }
            instant = next
        }
        self.starts = starts
        self.offsets = offsets
    }

    /// The zone's offset from UTC, in seconds, at an instant.
    func seconds(at date: Date) -> Int {
        let second = Int64((date.timeIntervalSince1970).rounded(.down))
        guard Self.covered.contains(second) else { return timeZone.secondsFromGMT(for: date) }
        return starts.withUnsafeBufferPointer { starts in
            // The last start at or before the instant (the first start is the covered span's): the mask is
            // -1 where `second - start` (both within the span) is not negative.
            let low = BranchFreeSearch.lastIndex(count: starts.count) { ~Int(truncatingIfNeeded: (second &- starts[$0]) >> 63) }
            return Int(offsets[low])
        }
    }
}
