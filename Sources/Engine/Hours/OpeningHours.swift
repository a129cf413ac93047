import Foundation
import RulesDSL

/// A checked `hours` block: opening spans in an IANA time zone, daylight-saving changes included.
///
/// A span whose closing time is not after its opening time runs past midnight: `fri 22:00-02:00` is open
/// from Friday 22:00 to Saturday 02:00. Day ranges may wrap around the week: `fri-mon`.
public struct OpeningHours: Sendable {
    public struct Span: Sendable, Equatable {
        /// ISO weekdays (1 = Monday) on which the span opens.
        public var days: Set<Int>
        /// Minutes since local midnight.
        public var opens: Int
        public var closes: Int
    }

    public var name: String
    public var timeZone: TimeZone
    public var spans: [Span]

    public init(name: String, timeZone: TimeZone, spans: [Span]) {
        self.name = name
        self.timeZone = timeZone
        self.spans = spans
    }

    /// Builds the spans of a parsed declaration (the zone is resolved by the checker).
    init(_ declaration: HoursDeclaration, timeZone: TimeZone) {
        self.name = declaration.name.name
        self.timeZone = timeZone
        self.spans = declaration.spans.map { span in
            var days = Set<Int>()
            var day = span.firstDay.rawValue
            while true {
                days.insert(day)
                if day == span.lastDay.rawValue { break }
                day = day % 7 + 1
            }
            return Span(days: days, opens: span.opens.minutes, closes: span.closes.minutes)
        }
    }

    /// The local ISO weekday (1 = Monday) and minute of the day of an instant in this block's zone.
    public func localTime(of date: Date) -> (weekday: Int, minute: Int) {
        let offset = timeZone.secondsFromGMT(for: date)
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
                return span.days.contains(weekday) && minute >= span.opens && minute < span.closes
            }
            return (span.days.contains(weekday) && minute >= span.opens)
                || (span.days.contains(previousDay) && minute < span.closes)
        }
    }
}
