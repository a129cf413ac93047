import Engine
import Foundation

/// The account's recent posts and reels (PLATFORMS.md §9.7), for `rulesd posts`: the ids `post is` names.
public enum InstagramMedia {
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
