import Foundation
import RulesDSL

/// A checked `hours` block: opening spans in an IANA time zone, daylight-saving changes included.
///
/// A span whose closing time is not after its opening time runs past midnight: `fri 22:00-02:00` is open
/// from Friday 22:00 to Saturday 02:00. Day ranges may wrap around the week: `fri-mon`.
public struct OpeningHours: Sendable {
    public struct Span: Sendable, Equatable {
        /// ISO weekdays (1 = Monday) on which the span opens.
        public var days: Set<Int> {
            get { Set((1...7).filter { dayBits & (1 << $0) != 0 }) }
            set { dayBits = newValue.reduce(0) { $0 | (1 << UInt8($1 & 7)) } }
        }
        /// Minutes since local midnight.
        public var opens: Int
        public var closes: Int
        /// Bit `d` set when the span opens on ISO weekday `d`: checked for every message, without hashing.
        private var dayBits: UInt8 = 0

        public init(days: Set<Int>, opens: Int, closes: Int) {
            self.opens = opens
            self.closes = closes
            self.days = days
        }

        func opens(on weekday: Int) -> Bool { dayBits & (1 << UInt8(weekday & 7)) != 0 }
    }

    public let name: String
    public let timeZone: TimeZone
    /// The zone's name ("Europe/Madrid"), read once: explanations name it, and Foundation builds the string
    /// anew on every read.
    public let timeZoneName: String
    public let spans: [Span]
    private let offsets: UTCOffsets

    public init(name: String, timeZone: TimeZone, spans: [Span]) {
        self.name = name
        self.timeZone = timeZone
        self.timeZoneName = timeZone.identifier
        self.spans = spans
        self.offsets = UTCOffsets(timeZone)
    }

    /// Builds the spans of a parsed declaration (the zone is resolved by the checker).
    init(_ declaration: HoursDeclaration, timeZone: TimeZone) {
        self.init(name: declaration.name.name, timeZone: timeZone, spans: declaration.spans.map { span in
            var days = Set<Int>()
            var day = span.firstDay.rawValue
            while true {
                days.insert(day)
                if day == span.lastDay.rawValue { break }
                day = day % 7 + 1
            }
            return Span(days: days, opens: span.opens.minutes, closes: span.closes.minutes)
        })
    }

    /// The local ISO weekday (1 = Monday) and minute of the day of an instant in this block's zone.
    public func localTime(of date: Date) -> (weekday: Int, minute: Int) {
        let offset = offsets.seconds(at: date)
        let local = Int((date.timeIntervalSince1970).rounded(.down)) + offset
        let days = Int((Double(local) / 86_400).rounded(.down))
        let secondOfDay = local - days * 86_400
        let weekday = ((days + 3) % 7 + 7) % 7 + 1
        return (weekday, secondOfDay / 60)
    }

    /// Whether the instant falls inside one of the spans.
    public func contains(_ date: Date) -> Bool {
        let (weekday, minute) = localTime(of: date)
        let previousDay = (weekday + 5) % 7 + 1
        return spans.contains { span in
            if span.closes > span.opens {
                return span.opens(on: weekday) && minute >= span.opens && minute < span.closes
            }
            return (span.opens(on: weekday) && minute >= span.opens)
                || (span.opens(on: previousDay) && minute < span.closes)
        }
    }
}
