import Engine
import Foundation

/// Instagram's Send API and User Profile API (PLATFORMS.md §5.1).
public enum InstagramMessaging {
    /// A reply: `POST {base}/{version}/{account or me}/messages` with the recipient's IGSID.
    /// - Parameters:
    ///   - text: the message text.
    ///   - choices: quick replies or a link button to show with it (``messageObject(text:choices:)``); nil
    ///     for plain text.
    ///   - recipient: the customer's Instagram-scoped id.
    ///   - account: the professional account's id, or nil for `me`.
    public static func reply(
        text: String, choices: ReplyChoices? = nil, to recipient: String, account: String?, token: String, api: GraphAPI
    ) -> OutboundRequest {
        var recipientObject = JSONObjectWriter()
        recipientObject.add("id", recipient)
        var body = JSONObjectWriter()
        body.addRaw("message", messageObject(text: text, choices: choices))
        body.add("messaging_type", "RESPONSE")
        body.addRaw("recipient", recipientObject.finish())
        return OutboundRequest(
            method: "POST", url: api.url("\(account ?? "me")/messages"), headers: GraphAPI.bearer(token),
            body: Data(body.finish().utf8))
    }

    /// The JSON text of a Send API `message` object (keys in sorted order), PLATFORMS.md §10.1–10.2:
    ///
    /// - nil: `{"text":...}`;
    /// - ``ReplyChoices/buttons(_:)``: text quick replies, `{"quick_replies":[{"content_type":"text","payload":..,"title":..}],"text":..}`;
    /// - ``ReplyChoices/askEmail`` and ``ReplyChoices/askPhone``: the one-tap `user_email` or
    ///   `user_phone_number` quick reply;
    /// - ``ReplyChoices/link(_:)``: a button template whose one `web_url` button opens the link.
    public static func messageObject(text: String, choices: ReplyChoices?) -> String {
        var message = JSONObjectWriter()
        guard let choices, choices != .buttons([]) else {
            message.add("text", text)
            return message.finish()
        }
        switch choices {
        case .buttons(let buttons):
            let replies = buttons.map { button in
                var reply = JSONObjectWriter()
                reply.add("content_type", "text")
                reply.add("payload", button.payload)
                reply.add("title", button.title)
                return reply.finish()
            }
            message.addRaw("quick_replies", "[" + replies.joined(separator: ",") + "]")
            message.add("text", text)
        case .askEmail, .askPhone:
            var reply = JSONObjectWriter()
            reply.add("content_type", choices == .askEmail ? "user_email" : "user_phone_number")
            message.addRaw("quick_replies", "[" + reply.finish() + "]")
            message.add("text", text)
        case .link(let link):
            var button = JSONObjectWriter()
            button.add("title", link.title)
            button.add("type", "web_url")
            button.add("url", link.payload)
            var payload = JSONObjectWriter()
            payload.addRaw("buttons", "[" + button.finish() + "]")
            payload.add("template_type", "button")
            payload.add("text", text)
            var attachment = JSONObjectWriter()
            attachment.addRaw("payload", payload.finish())
            attachment.add("type", "template")
            message.addRaw("attachment", attachment.finish())
        }
        return message.finish()
    }

    /// The message id in a successful send answer (`{"recipient_id": ..., "message_id": ...}`).
    public static func messageID(in body: Data) -> String? {
        (try? JSONValue.parse(body))?["message_id"]?.nonEmptyString
    }

    /// `GET {base}/{version}/{IGSID}?fields=name,username`: Instagram webhooks carry no names.
    public static func profile(of user: String, token: String, api: GraphAPI) -> OutboundRequest {
        OutboundRequest(method: "GET", url: api.url("\(user)?fields=name,username"), headers: ["Authorization": "Bearer \(token)"])
    }

    /// Name and username from a profile answer.
    public static func parseProfile(_ body: Data) -> (name: String?, username: String?) {
        let json = try? JSONValue.parse(body)
        return (json?["name"]?.nonEmptyString, json?["username"]?.nonEmptyString)
    }

    /// `GET /me?fields=user_id,username`: whom a token belongs to (`rulesd connect-test instagram`). With
    /// Instagram Login, `user_id` is the professional account's id, the one webhooks carry as `entry.id`
    /// (`id` would be an app-scoped id; PLATFORMS.md §8).
    public static func whoAmI(token: String, api: GraphAPI) -> OutboundRequest {
        OutboundRequest(method: "GET", url: api.url("me?fields=user_id,username"), headers: ["Authorization": "Bearer \(token)"])
    }
}
