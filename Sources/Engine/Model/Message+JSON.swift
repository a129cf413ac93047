import Foundation

extension Message: Codable {
    enum CodingKeys: String, CodingKey {
        case id, at, channel, account, contact, name, username, kind, text, payload, from
        case inReplyTo = "in_reply_to"
        case standby
        case postID = "post_id"
        case surface
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let atText = try container.decode(String.self, forKey: .at)
        guard let at = Timestamps.parseISO8601(atText) else {
            throw DecodingError.dataCorruptedError(
                forKey: .at, in: container, debugDescription: "'\(atText)' is not an ISO 8601 time such as 2026-11-24T09:15:00Z")
        }
        self.init(
            id: try container.decode(String.self, forKey: .id), at: at,
            channel: try container.decode(Channel.self, forKey: .channel),
            account: try container.decodeIfPresent(String.self, forKey: .account) ?? "",
            contact: try container.decode(String.self, forKey: .contact),
            name: try container.decodeIfPresent(String.self, forKey: .name),
            username: try container.decodeIfPresent(String.self, forKey: .username),
            kind: try container.decodeIfPresent(MessageKind.self, forKey: .kind) ?? .text,
            text: try container.decodeIfPresent(String.self, forKey: .text),
            payload: try container.decodeIfPresent(String.self, forKey: .payload),
            from: try container.decodeIfPresent(Sender.self, forKey: .from) ?? .customer,
            inReplyTo: try container.decodeIfPresent(String.self, forKey: .inReplyTo),
            standby: try container.decodeIfPresent(Bool.self, forKey: .standby) ?? false,
            postID: try container.decodeIfPresent(String.self, forKey: .postID),
            surface: try container.decodeIfPresent(String.self, forKey: .surface))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(Timestamps.formatISO8601(at, milliseconds: true), forKey: .at)
        try container.encode(channel, forKey: .channel)
        try container.encode(account, forKey: .account)
        try container.encode(contact, forKey: .contact)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(username, forKey: .username)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(text, forKey: .text)
        try container.encodeIfPresent(payload, forKey: .payload)
        if from == .business, kind != .echo { try container.encode(from, forKey: .from) }
        try container.encodeIfPresent(inReplyTo, forKey: .inReplyTo)
        if standby { try container.encode(true, forKey: .standby) }
        try container.encodeIfPresent(postID, forKey: .postID)
        try container.encodeIfPresent(surface, forKey: .surface)
    }
}

extension Message {
    /// The message as compact normalized JSON (ARCHITECTURE.md), the same fields `Codable` writes, built
    /// directly: this is what the journal stores for every webhook, so it is on the ingestion path.
    public var normalizedJSON: String {
        var writer = JSONObjectWriter()
        writer.add("id", id)
        writer.add("at", Timestamps.formatISO8601(at, milliseconds: true))
        writer.add("channel", channel.rawValue)
        writer.add("account", account)
        writer.add("contact", contact)
        writer.add("name", name)
        writer.add("username", username)
        writer.add("kind", kind.rawValue)
        writer.add("text", text)
        writer.add("payload", payload)
        if from == .business, kind != .echo { writer.add("from", from.rawValue) }
        writer.add("in_reply_to", inReplyTo)
        if standby { writer.addRaw("standby", "true") }
        writer.add("post_id", postID)
        writer.add("surface", surface)
        return writer.finish()
    }
}
