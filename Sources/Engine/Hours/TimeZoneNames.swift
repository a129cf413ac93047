import Foundation
import RulesDSL

/// Time zone names as sellers write them: every name of the tz database (links such as `Asia/Kolkata`,
/// `US/Pacific` and `Asia/Saigon` included), and, for what is not one, the IANA name meant — from an
/// abbreviation or a spoken name ("PST", "Pacific Time", "hora de Madrid"), never a guess that would move
/// the shop to another UTC offset.
public enum TimeZoneNames {
    /// What to tell a seller about a name that is not a zone.
    public enum Advice: Sendable, Equatable {
        /// An abbreviation or spoken name: the IANA name it means, and a note when it is ambiguous.
        case means(String, note: String?)
        /// A fixed offset such as `GMT-8`: the tz name with its reversed sign, and a city to prefer.
        case offset(written: String, etcName: String)
        /// A near spelling in the same area (`Europe/Madird` → `Europe/Madrid`), or a different case.
        case spelling(String)
        case none
    }

    /// The zone for a tz database name; nil for anything else (abbreviations such as "EST" or "CET", which
    /// the tz database keeps for history but which have no summer time where the seller is, are refused).
    public static func zone(named name: String) -> TimeZone? {
        if name == "UTC" || name == "Etc/UTC" { return TimeZone(identifier: "UTC") }
        guard name.contains("/"), !name.hasPrefix("posix/"), !name.hasPrefix("right/"),
            name.allSatisfy({ $0.isLetter || $0.isNumber || "/_-+".contains($0) })
        else { return nil }
        return TimeZone(identifier: name)
    }

    /// Abbreviations and spoken names, lower-cased, with the IANA name they mean.
    static let meanings: [String: (zone: String, note: String?)] = {
        var table: [String: (String, String?)] = [:]
        func add(_ names: [String], _ zone: String, _ note: String? = nil) { for name in names { table[name] = (zone, note) } }
        add(["pst", "pdt", "pt", "pacific", "pacific time", "pacific standard time", "us pacific"], "America/Los_Angeles")
        add(["mst", "mdt", "mountain time", "mountain standard time"], "America/Denver", "Arizona, without summer time, is \"America/Phoenix\"")
        add(["cst", "cdt", "central time", "central standard time"], "America/Chicago", "for China Standard Time write \"Asia/Shanghai\"")
        add(["est", "edt", "et", "eastern", "eastern time", "eastern standard time"], "America/New_York")
        add(["akst", "alaska time"], "America/Anchorage")
        add(["hst", "hawaii time"], "Pacific/Honolulu")
        add(["cet", "cest", "met", "central european time"], "Europe/Paris", "or your own city in that zone, such as \"Europe/Madrid\" or \"Europe/Berlin\"")
        add(["wet", "west", "western european time"], "Europe/Lisbon", "in Spain's Canary Islands, \"Atlantic/Canary\"")
        add(["eet", "eest", "eastern european time"], "Europe/Athens", "or your own city in that zone, such as \"Europe/Bucharest\"")
        add(["bst", "british time", "uk time", "london time"], "Europe/London")
        add(["brt", "brasilia time", "horário de brasília", "horario de brasilia", "hora de brasilia", "hora de brasília"], "America/Sao_Paulo")
        add(["art", "argentina time", "hora argentina", "hora de argentina", "hora de buenos aires"], "America/Argentina/Buenos_Aires")
        add(["ist", "india time", "indian standard time"], "Asia/Kolkata", "Irish time is \"Europe/Dublin\", Israel's \"Asia/Jerusalem\"")
        add(["jst", "japan time"], "Asia/Tokyo")
        add(["aest", "aedt", "sydney time"], "Australia/Sydney")
        add(["hora de madrid", "hora de españa", "hora de espana", "hora peninsular", "spain time", "madrid time"], "Europe/Madrid")
        add(["hora de méxico", "hora de mexico", "hora del centro", "cdmx", "mexico city time"], "America/Mexico_City")
        add(["hora de colombia", "hora de bogotá", "hora de bogota", "cot"], "America/Bogota")
        add(["hora de chile", "clt"], "America/Santiago")
        add(["hora de perú", "hora de peru", "pet"], "America/Lima")
        add(["hora de lisboa", "hora de portugal", "portugal time"], "Europe/Lisbon")
        add(["gmt", "utc", "zulu", "z"], "UTC")
        // Cities sellers write instead of their zone's name.
        add(["mexico city", "ciudad de mexico", "ciudad de méxico", "mexico", "méxico"], "America/Mexico_City")
        add(["sao paulo", "são paulo", "brasilia", "brasília", "rio de janeiro", "brasil", "brazil"], "America/Sao_Paulo")
        add(["buenos aires", "argentina"], "America/Argentina/Buenos_Aires")
        add(["bogota", "bogotá", "colombia"], "America/Bogota")
        add(["lima", "peru", "perú"], "America/Lima")
        add(["santiago de chile", "chile"], "America/Santiago")
        add(["madrid", "barcelona", "sevilla", "españa", "espana", "spain"], "Europe/Madrid")
        add(["lisboa", "lisbon", "porto", "portugal"], "Europe/Lisbon")
        return table
    }()

    /// What a name that is not a zone probably means.
    public static func advice(for name: String) -> Advice {
        let spoken = name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if let meaning = meanings[spoken] { return .means(meaning.zone, note: meaning.note) }
        if let offset = fixedOffset(spoken) { return offset }
        let known = TimeZone.knownTimeZoneIdentifiers + ["UTC"]
        if let sameName = known.first(where: { $0.lowercased() == spoken.replacingOccurrences(of: " ", with: "_") }) {
            return .spelling(sameName)
        }
        // Only a zone of the same area: a spelling hint never moves the shop to another offset
        // ("Pacific Time" is not "Pacific/Niue").
        guard let slash = name.firstIndex(of: "/") else { return .none }
        let area = name[..<slash].lowercased()
        let candidates = known.filter { $0.lowercased().hasPrefix(area + "/") }
        return Spelling.suggestion(for: name, among: candidates).map(Advice.spelling) ?? .none
    }

    /// `GMT-8`, `UTC+05:30`, `gmt +1`: the Etc name of that offset (whose sign the tz database reverses).
    private static func fixedOffset(_ text: String) -> Advice? {
        let compact = text.replacingOccurrences(of: " ", with: "")
        for prefix in ["gmt", "utc"] where compact.hasPrefix(prefix) {
            let rest = compact.dropFirst(prefix.count)
            guard let sign = rest.first, sign == "+" || sign == "-" else { return nil }
            let digits = rest.dropFirst()
            let hours = Int(digits.split(separator: ":").first ?? "")
            guard let hours, (0...14).contains(hours) else { return nil }
            let reversed = sign == "+" ? "-" : "+"
            return .offset(written: text.uppercased(), etcName: "Etc/GMT\(reversed)\(hours)")
        }
        return nil
    }
}
