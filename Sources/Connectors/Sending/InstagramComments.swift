import Engine
import Foundation

/// Answering Instagram comments (PLATFORMS.md §9.5–9.6): a private reply in the commenter's DMs, and a
/// public reply under the comment.
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
            method: "POST", url: api.url("\(commentID)/replies?message=\(GraphAPI.queryEncoded(text))"),
            headers: ["Authorization": "Bearer \(token)"])
    }

    /// The new comment's id in a public reply's answer (`{"id": ...}`): its own webhook is dropped by it.
    public static func commentID(in body: Data) -> String? {
        (try? JSONValue.parse(body))?["id"]?.nonEmptyString
    }
}
