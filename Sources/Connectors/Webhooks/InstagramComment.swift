import Engine
import Foundation

/// One Instagram comment notification (`comments` or `live_comments` field; PLATFORMS.md §9.1–9.3).
enum InstagramComment {
    /// The comment as a message: its id (the de-duplication key and the private reply's target), the
    /// post it is on, the comment it answers, and who wrote it. The shop's own comments are marked as the
    /// business's: stored, never evaluated.
    static func message(from value: JSONValue, live: Bool, account: String, entryTime: Date?) -> Result<Message, InstagramWebhook.Reason> {
        // `id` everywhere but one example, which says `comment_id` (PLATFORMS.md, discrepancy A).
        guard let id = value["id"]?.nonEmptyString ?? value["comment_id"]?.nonEmptyString else {
            return .failure(.init(text: "comment without id"))
        }
        guard let author = value["from"]?["id"]?.nonEmptyString else { return .failure(.init(text: "comment without from.id")) }
        // The body carries no time of its own: the entry's is the closest (and an upper bound).
        guard let at = value["timestamp"]?.timestamp ?? entryTime else { return .failure(.init(text: "comment without a time")) }
        // Either sign is enough: the author is the account itself, or Meta marks the account's own comment.
        let isOwn = author == account || value["from"]?["self_ig_scoped_id"]?.nonEmptyString != nil
        return .success(Message(
            id: id, at: at, channel: .instagram, account: account, contact: author,
            username: value["from"]?["username"]?.nonEmptyString, kind: live ? .liveComment : .comment, text: value["text"]?.string,
            from: isOwn ? .business : .customer, inReplyTo: value["parent_id"]?.nonEmptyString,
            postID: value["media"]?["id"]?.nonEmptyString, surface: value["media"]?["media_product_type"]?.nonEmptyString))
    }
}
