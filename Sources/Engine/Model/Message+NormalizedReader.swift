
import Foundation

extension Message {
    /// Reads a normalized message (ARCHITECTURE.md) from a parsed JSON object, as the journal stores it;
    /// nil when a required field (id, at, channel, contact) is missing or malformed. Recordings, whose
    /// authors need precise errors, go through `Codable` instead.
    public init?(normalized json: JSONValue) {
        guard let id = json["id"]?.string, let atText = json["at"]?.string, let at = Timestamps.parseISO8601(atText),
            let channel = json["channel"]?.string.flatMap(Channel.init(rawValue:)), let contact = json["contact"]?.string
        else { return nil }
        guard let kind = json["kind"]?.string.map(MessageKind.init(rawValue:)) ?? .text,
            let from = json["from"]?.string.map(Sender.init(rawValue:)) ?? .customer
        else { return nil }
        self.init(
            id: id, at: at, channel: channel, account: json["account"]?.string ?? "", contact: contact,
            name: json["name"]?.string, username: json["username"]?.string, kind: kind, text: json["text"]?.string,
            payload: json["payload"]?.string, from: from, inReplyTo: json["in_reply_to"]?.string,
            standby: json["standby"]?.bool ?? false, postID: json["post_id"]?.string, surface: json["surface"]?.string)
    }
}
