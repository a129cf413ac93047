import Foundation

/// Parsing and printing instants the way rule sets, recordings and traces write them.
///
/// The canonical UTC form `2026-11-24T09:15:00Z` (optionally with a fraction) is read and written by hand:
/// the journal stores and reads one per message, and Foundation's format styles cost microseconds each.
/// Anything else (offsets such as `+02:00`) goes through Foundation.
public enum Timestamps {
    /// Parses `2026-11-24T09:15:00Z`, with optional fractional seconds and any UTC offset.
    public static func parseISO8601(_ text: String) -> Date? {
        if let date = parseUTC(text) { return date }
        // The canonical shape with an impossible date or time (February 30, 24:00) is refused, not rolled over.
        if text.hasSuffix("Z"), text.utf8.count >= 20, Array(text.utf8.prefix(11)).enumerated().allSatisfy({ index, byte in
            index == 4 || index == 7 ? byte == UInt8(ascii: "-") : index == 10 ? byte == UInt8(ascii: "T") : (48...57).contains(byte)
        }) { return nil }
        if let date = try? Date(text, strategy: .iso8601) { return date }
        let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        return try? Date(text, strategy: fractional)
    }

    /// `2026-11-24T09:15:00Z`: fractions of a second are dropped, unless `milliseconds` is set and there
    /// are some (`2026-11-24T09:15:00.987Z`): Instagram stamps messages to the millisecond, and the journal
    /// keeps them exactly.
    public static func formatISO8601(_ date: Date, milliseconds: Bool = false) -> String {
        // Years 1 to 9999 only (found by fuzz-webhooks: a timestamp of 10^19 ms overflowed Int and trapped).
        guard date >= earliest, date <= latest else { return date.formatted(.iso8601) }
        let seconds: Int
        var millisecond = 0
        if milliseconds {
            let total = Int((date.timeIntervalSince1970 * 1000).rounded())
            seconds = total >= 0 ? total / 1000 : (total - 999) / 1000
            millisecond = total - seconds * 1000
        } else {
            seconds = Int(date.timeIntervalSince1970.rounded(.down))
        }
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let (year, month, day) = civil(fromDays: days)
        guard (1...9999).contains(year) else { return date.formatted(.iso8601) }
        let time = seconds - days * 86_400
        var text = ""
        text.reserveCapacity(24)
        func append(_ value: Int, width: Int) {
            let digits = String(value)
            for _ in digits.count..<width { text += "0" }
            text += digits
        }
        append(year, width: 4)
        text += "-"
        append(month, width: 2)
        text += "-"
        append(day, width: 2)
        text += "T"
        append(time / 3600, width: 2)
        text += ":"
        append(time / 60 % 60, width: 2)
        text += ":"
        append(time % 60, width: 2)
        if millisecond > 0 {
            text += "."
            append(millisecond, width: 3)
        }
        text += "Z"
        return text
    }

    /// The first and last instants the hand-written forms cover (years 1 to 9999).
    static let earliest = Date(timeIntervalSince1970: -62_135_596_800)
    static let latest = Date(timeIntervalSince1970: 253_402_300_799)

    /// Whether a platform's timestamp is one a message can have: from 1970 to 9999.
    public static func isPlausible(_ date: Date) -> Bool {
        date >= Date(timeIntervalSince1970: 0) && date <= latest
    }

    /// A platform timestamp in milliseconds or seconds, as a number or a string of digits.
    /// Values of 10^12 and more are milliseconds.
    public static func fromEpoch(_ value: Double) -> Date {
        Date(timeIntervalSince1970: value >= 1e12 ? value / 1000 : value)
    }

    /// `YYYY-MM-DDTHH:MM:SS[.fraction]Z`, or nil for anything else.
    static func parseUTC(_ text: String) -> Date? {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { bytes -> Date? in
            guard bytes.count >= 20, bytes[bytes.count - 1] == UInt8(ascii: "Z"), bytes[4] == UInt8(ascii: "-"),
                bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
                bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":")
            else { return nil }
            func number(_ start: Int, _ count: Int) -> Int? {
                var value = 0
                for index in start..<(start + count) {
                    let digit = Int(bytes[index]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
                let minute = number(14, 2), let second = number(17, 2), (1...12).contains(month), day >= 1,
                day <= daysInMonth(month, year: year), hour < 24, minute < 60, second < 60
            else { return nil }
            let whole = Self.days(fromCivil: year, month, day) * 86_400 + hour * 3600 + minute * 60 + second
            guard bytes.count > 20 else { return Date(timeIntervalSince1970: Double(whole)) }
            guard bytes[19] == UInt8(ascii: "."), bytes.count > 21 else { return nil }
            // The fraction as an integer over a power of ten, so `.987` gives exactly the Date that
            // milliseconds / 1000 gave when the message was read (the journal's round trip is exact).
            var numerator = 0
            var denominator = 1
            for index in 20..<(bytes.count - 1) {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                if denominator < 1_000_000_000 {
                    numerator = numerator * 10 + digit
                    denominator *= 10
                }
            }
            return Date(timeIntervalSince1970: Double(whole * denominator + numerator) / Double(denominator))
        } ?? nil
    }

    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day number since 1970-01-01 (Howard Hinnant's `civil_from_days`).
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
