import Foundation

extension ContactState {
    /// The state as compact JSON for the durable store, written by hand (it is read and written for every
    /// message): instants are seconds since 1970.
    ///
    /// ```json
    /// {"first_seen":1795000000,"last_inbound":1795000300,"count":2,"tags":["vip"],
    ///  "cooldowns":{"price":1795003600},"paused_until":null,"replies":[1795000300],"name":"Ana"}
    /// ```
    public var storedJSON: String {
        var writer = JSONObjectWriter()
        if let firstSeen { writer.addRaw("first_seen", Self.number(firstSeen)) }
        if let lastInboundAt { writer.addRaw("last_inbound", Self.number(lastInboundAt)) }
        writer.addRaw("count", String(messageCount))
        if !tags.isEmpty { writer.addRaw("tags", "[" + tags.sorted.map(JSONObjectWriter.quoted).joined(separator: ",") + "]") }
        if !cooldowns.isEmpty {
            let members = cooldowns.entries.sorted { $0.rule < $1.rule }.map { JSONObjectWriter.quoted($0.rule) + ":" + Self.number($0.until) }
            writer.addRaw("cooldowns", "{" + members.joined(separator: ",") + "}")
        }
        if let pausedUntil { writer.addRaw("paused_until", Self.number(pausedUntil)) }
        if !recentReplies.isEmpty { writer.addRaw("replies", "[" + recentReplies.map(Self.number).joined(separator: ",") + "]") }
        writer.add("name", name)
        writer.add("username", username)
        if let importedAt { writer.addRaw("imported", Self.number(importedAt)) }
        writer.add("language", language?.rawValue)
        writer.add("email", email)
        writer.add("phone", phone)
        if let standbySince { writer.addRaw("standby_since", Self.number(standbySince)) }
        return writer.finish()
    }

    /// Reads ``storedJSON``; nil when the text is not in that form.
    public init?(storedJSON text: String) {
        guard let json = try? JSONReader.parse(Data(text.utf8)), case .object(let object) = json,
            case .number(let count)? = object["count"]
        else { return nil }
        self.init()
        func date(_ value: JSONValue?) -> Date? {
            if case .number(let seconds)? = value { return Date(timeIntervalSince1970: seconds) }
            return nil
        }
        firstSeen = date(object["first_seen"])
        lastInboundAt = date(object["last_inbound"])
        messageCount = Int(count)
        tags = TagSet((object["tags"]?.array ?? []).compactMap { if case .string(let tag) = $0 { tag } else { nil } })
        for (rule, until) in object["cooldowns"]?.object ?? [:] { cooldowns[rule] = date(until) }
        pausedUntil = date(object["paused_until"])
        recentReplies = (object["replies"]?.array ?? []).compactMap(date)
        if case .string(let value)? = object["name"] { name = value }
        if case .string(let value)? = object["username"] { username = value }
        importedAt = date(object["imported"])
        if case .string(let value)? = object["language"] { language = Language(rawValue: value) }
        if case .string(let value)? = object["email"] { email = value }
        if case .string(let value)? = object["phone"] { phone = value }
        standbySince = date(object["standby_since"])
    }

    /// An instant as seconds since 1970, exactly (Double's shortest round-tripping form).
    private static func number(_ date: Date) -> String { "\(date.timeIntervalSince1970)" }
}
