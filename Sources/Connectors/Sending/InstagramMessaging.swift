import Engine
import Foundation

/// Instagram's Send API and User Profile API (PLATFORMS.md §5.1).
public enum InstagramMessaging {
    /// A text reply: `POST {base}/{version}/{account or me}/messages` with the recipient's IGSID.
    public static func reply(text: String, to recipient: String, account: String?, token: String, api: GraphAPI) -> OutboundRequest {
        var message = JSONObjectWriter()
        message.add("text", text)
        var recipientObject = JSONObjectWriter()
        recipientObject.add("id", recipient)
        var body = JSONObjectWriter()
        body.addRaw("message", message.finish())
        body.add("messaging_type", "RESPONSE")
        body.addRaw("recipient", recipientObject.finish())
        return OutboundRequest(
            method: "POST", url: api.url("\(account ?? "me")/messages"), headers: GraphAPI.bearer(token),
            body: Data(body.finish().utf8))
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
