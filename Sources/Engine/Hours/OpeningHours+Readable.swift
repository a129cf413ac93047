import Foundation

/// The words an hours block is written with in a reply, in the message's language.
public struct HoursWording: Sendable {
    /// Short day names, Monday first ("Mon").
    public var shortDays: [String]
    /// Full day names, Monday first ("Monday").
    public var days: [String]
    public var everyDay: String
    /// Joins two spans of the same days: "09:00-13:00 and 16:00-20:00".
    public var and: String
    /// "today at 09:00", "tomorrow at 09:00", "Monday at 09:00", "next Monday at 09:00": `{day}` and
    /// `{time}` are filled in.
    public var today: String
    public var tomorrow: String
    public var onDay: String
    public var nextWeek: String
    /// For a time in the one o'clock hour, the words that change ("a las" → "a la" in Spanish).
    public var oneOClock: (from: String, to: String)? = nil

    /// "Mon-Fri 09:00-18:00", "tomorrow at 09:00", "Monday at 09:00".
    public static let english = HoursWording(
        shortDays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        days: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        everyDay: "every day", and: "and",
        today: "today at {time}", tomorrow: "tomorrow at {time}", onDay: "{day} at {time}", nextWeek: "next {day} at {time}")

    /// "lun-vie 09:00-18:00", "mañana a las 09:00", "el lunes a las 09:00".
    public static let spanish = HoursWording(
        shortDays: ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
        days: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        everyDay: "todos los días", and: "y",
        today: "hoy a las {time}", tomorrow: "mañana a las {time}", onDay: "el {day} a las {time}",
        nextWeek: "el {day} de la semana que viene a las {time}", oneOClock: ("a las {time}", "a la {time}"))

    /// "seg-sex 09:00-18:00", "amanhã às 09:00", "segunda-feira às 09:00".
    public static let portuguese = HoursWording(
        shortDays: ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"],
        days: ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
        everyDay: "todos os dias", and: "e",
        today: "hoje às {time}", tomorrow: "amanhã às {time}", onDay: "{day} às {time}",
        nextWeek: "{day} da próxima semana às {time}", oneOClock: ("às {time}", "à {time}"))

    /// The wording of a language; English for a message of no language.
    public static func of(_ language: Language?) -> HoursWording {
        switch language {
        case .es: spanish
        case .pt: portuguese
        case .en, nil: english
        }
    }

    /// A phrase with its day and time filled in.
    func fill(_ phrase: String, day: String, time: String) -> String {
        var phrase = phrase
        if let oneOClock, time.hasPrefix("01:") { phrase = phrase.replacingOccurrences(of: oneOClock.from, with: oneOClock.to) }
        return phrase.replacingOccurrences(of: "{day}", with: day).replacingOccurrences(of: "{time}", with: time)
    }
}

extension OpeningHours {
    /// The block as a customer reads it: "Mon-Fri 09:00-18:00, Sat 10:00-14:00" (`{{hours.NAME}}`).
    /// Spans on the same days share their day names: "Mon-Fri 09:00-13:00 and 16:00-20:00".
    public func readable(_ wording: HoursWording = .english) -> String {
        var groups: [(days: Set<Int>, times: [String])] = []
        for span in spans {
            let times = "\(Self.clock(span.opens))-\(Self.clock(span.closes))"
            if let index = groups.firstIndex(where: { $0.days == span.days }) {
                groups[index].times.append(times)
            } else {
                groups.append((span.days, [times]))
            }
        }
        return groups.map { Self.dayList($0.days, wording) + " " + $0.times.joined(separator: " \(wording.and) ") }
            .joined(separator: ", ")
    }

    /// When the block next opens after `date`, as a customer reads it: "Monday at 09:00", "tomorrow at
    /// 10:00" (`{{hours.NAME.next}}`); nil for a block with no spans.
    public func nextOpening(after date: Date, _ wording: HoursWording = .english) -> String? {
        guard let (dayOffset, minute) = nextOpeningLocal(after: date) else { return nil }
        let (weekday, _) = localTime(of: date)
        let day = wording.days[(weekday - 1 + dayOffset) % 7]
        let time = Self.clock(minute)
        let phrase = switch dayOffset {
        case 0: wording.today
        case 1: wording.tomorrow
        case 7: wording.nextWeek
        default: wording.onDay
        }
        return wording.fill(phrase, day: day, time: time)
    }

    /// The instant the block next opens after `date`, daylight-saving changes included; nil without spans.
    public func nextOpeningInstant(after date: Date) -> Date? {
        guard let (dayOffset, minute) = nextOpeningLocal(after: date) else { return nil }
        let (_, nowMinute) = localTime(of: date)
        let startOfMinute = date.timeIntervalSince1970 - date.timeIntervalSince1970.truncatingRemainder(dividingBy: 60)
        let guess = Date(timeIntervalSince1970: startOfMinute + TimeInterval((dayOffset * 1440 + minute - nowMinute) * 60))
        let shift = timeZone.secondsFromGMT(for: guess) - timeZone.secondsFromGMT(for: date)
        return guess.addingTimeInterval(TimeInterval(-shift))
    }

    /// Days after `date`'s local day (0 to 7) and the local minute at which the next span opens.
    private func nextOpeningLocal(after date: Date) -> (dayOffset: Int, minute: Int)? {
        let (weekday, minute) = localTime(of: date)
        for dayOffset in 0...7 {
            let day = (weekday - 1 + dayOffset) % 7 + 1
            let opening = spans.filter { $0.days.contains(day) && (dayOffset > 0 || $0.opens > minute) }.map(\.opens).min()
            if let opening { return (dayOffset, opening) }
        }
        return nil
    }

    /// "09:05" for minute 545.
    static func clock(_ minutes: Int) -> String {
        if minutes == 24 * 60 { return "24:00" }
        let hour = (minutes / 60) % 24, minute = minutes % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// "Mon-Fri", "Mon, Wed, Fri", "Fri-Mon" (a range over the weekend), "every day".
    static func dayList(_ days: Set<Int>, _ wording: HoursWording) -> String {
        if days.count == 7 { return wording.everyDay }
        // Start on Monday, unless a run goes on from Sunday into Monday: then after the first closed day.
        var start = 1
        if days.contains(7) && days.contains(1) { start = (1...7).first { !days.contains($0) }.map { $0 % 7 + 1 } ?? 1 }
        var runs: [[Int]] = []
        for step in 0..<7 {
            let day = (start - 1 + step) % 7 + 1
            guard days.contains(day) else { continue }
            if let last = runs.last?.last, last % 7 + 1 == day { runs[runs.count - 1].append(day) } else { runs.append([day]) }
        }
        return runs.map { run in
            let first = wording.shortDays[run[0] - 1]
            return run.count == 1 ? first : first + "-" + wording.shortDays[run[run.count - 1] - 1]
        }.joined(separator: ", ")
    }
}
