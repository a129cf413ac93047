import Engine
import Foundation

/// Answering Instagram comments (PLATFORMS.md §9.5–9.7): a private reply in the commenter's DMs, a public
/// reply under the comment, and the account's recent posts for `rulesd posts`.
public enum InstagramComments {
    /// A private reply to a comment: `POST {account or me}/messages` addressed by `recipient.comment_id`
    /// (§9.5). Meta allows one per comment, within 7 days of it.
    /// - Parameters:
    ///   - text: the message text.
    ///   - choices: quick replies or a link button (``InstagramMessaging/messageObject(text:choices:)``);
    ///     quick replies do not show in the Requests folder, where a non-follower's private reply lands.
    ///   - commentID: the comment being answered.
    ///   - account: the professional account's id, or nil for `me`.
    ///
    /// ```swift
    /// let request = InstagramComments.privateReply(
    ///     text: "Sent you the prices", choices: nil, commentID: "17912345678901234", account: nil, token: token, api: api)
    /// ```
    public static func privateReply(
        text: String, choices: ReplyChoices? = nil, commentID: String, account: String?, token: String, api: GraphAPI
    ) -> OutboundRequest {
        var recipient = JSONObjectWriter()
        recipient.add("comment_id", commentID)
        var body = JSONObjectWriter()
        body.addRaw("message", InstagramMessaging.messageObject(text: text, choices: choices))
        body.add("messaging_type", "RESPONSE")
        body.addRaw("recipient", recipient.finish())
        return OutboundRequest(
            method: "POST", url: api.url("\(account ?? "me")/messages"), headers: GraphAPI.bearer(token), body: Data(body.finish().utf8))
    }

    /// A public reply under a comment: `POST {comment-id}/replies?message=...`, no body (§9.6). Nothing
    /// de-duplicates it at Meta: send it at most once.
    public static func publicReply(text: String, commentID: String, token: String, api: GraphAPI) -> OutboundRequest {
        OutboundRequest(
            method: "POST", url: api.url("\(commentID)/replies?message=\(percentEncoded(text))"),
            headers: ["Authorization": "Bearer \(token)"])
    }

    /// The new comment's id in a public reply's answer (`{"id": ...}`): its own webhook is dropped by it.
    public static func commentID(in body: Data) -> String? {
        (try? JSONValue.parse(body))?["id"]?.nonEmptyString
    }

    /// The account's most recent posts, newest first (§9.7):
    /// `GET {account}/media?fields=id,caption,media_type,media_product_type,permalink,timestamp&limit=N`.
    public static func recentMedia(account: String, limit: Int, token: String, api: GraphAPI) -> OutboundRequest {
        OutboundRequest(
            method: "GET", url: api.url("\(account)/media?fields=id,caption,media_type,media_product_type,permalink,timestamp&limit=\(limit)"),
            headers: ["Authorization": "Bearer \(token)"])
    }

    /// The posts of a media list answer (`{"data": [...]}`); an item without an id is skipped, any other
    /// field may be missing.
    public static func parseMedia(_ body: Data) -> [InstagramPost] {
        guard let items = (try? JSONValue.parse(body))?["data"]?.array else { return [] }
        return items.compactMap { item in
            guard let id = item["id"]?.nonEmptyString else { return nil }
            return InstagramPost(
                id: id, caption: item["caption"]?.string, mediaType: item["media_type"]?.nonEmptyString,
                productType: item["media_product_type"]?.nonEmptyString, permalink: item["permalink"]?.nonEmptyString,
                timestamp: item["timestamp"]?.string.flatMap(parseTimestamp))
        }
    }

    /// `2025-10-09T14:02:11+0000` (Graph API's form) or any ISO 8601 form (`...Z`, `...+02:00`).
    public static func parseTimestamp(_ text: String) -> Date? {
        var text = text
        let bytes = Array(text.utf8)
        // ±HHMM at the end becomes ±HH:MM, which ISO 8601 parsers read; +0000 becomes Z (the fast path).
        if bytes.count >= 5, bytes[bytes.count - 5] == UInt8(ascii: "+") || bytes[bytes.count - 5] == UInt8(ascii: "-"),
            bytes.suffix(4).allSatisfy({ (48...57).contains($0) })
        {
            let offset = String(text.suffix(4))
            text = String(text.dropLast(5)) + (offset == "0000" ? "Z" : String(text.suffix(5).prefix(3)) + ":" + String(offset.suffix(2)))
        }
        return Timestamps.parseISO8601(text)
    }

    /// Everything but RFC 3986's unreserved characters escaped: spaces, `&`, `+`, `=` and emoji included.
    static func percentEncoded(_ text: String) -> String {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
}

/// One of the account's posts or reels, as `rulesd posts` lists it.
public struct InstagramPost: Sendable, Equatable {
    /// The media id rules name: `post is "ID"`.
    public var id: String
    /// Absent when empty (and for media inside albums).
    public var caption: String?
    /// `IMAGE`, `VIDEO` or `CAROUSEL_ALBUM`.
    public var mediaType: String?
    /// `FEED`, `REELS`, `STORY` or `AD`.
    public var productType: String?
    public var permalink: String?
    public var timestamp: Date?

    public init(
        id: String, caption: String? = nil, mediaType: String? = nil, productType: String? = nil, permalink: String? = nil,
        timestamp: Date? = nil
    ) {
        self.id = id
        self.caption = caption
        self.mediaType = mediaType
        self.productType = productType
        self.permalink = permalink
        self.timestamp = timestamp
    }
}
