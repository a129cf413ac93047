import Engine
import Foundation

/// The WhatsApp Cloud API's messages endpoint (PLATFORMS.md §5.2).
public enum WhatsAppMessaging {
    /// A text reply: `POST {base}/{version}/{phone-number-id}/messages`. A recipient with a phone number is
    /// addressed by `to`; one known only by a business-scoped user id (`US.…`) by `recipient`. With
    /// `inReplyTo` the reply quotes the customer's message.
    public static func reply(
        text: String, to recipient: String, phoneNumberID: String, inReplyTo: String?, token: String, api: GraphAPI
    ) -> OutboundRequest {
        // Written member by member (keys in sorted order): this runs for every reply, and JSONSerialization
        // cost more than the rest of the send.
        let byNumber = isPhoneNumber(recipient)
        var body = JSONObjectWriter()
        if let inReplyTo {
            var context = JSONObjectWriter()
            context.add("message_id", inReplyTo)
            body.addRaw("context", context.finish())
        }
        body.add("messaging_product", "whatsapp")
        body.add("recipient", byNumber ? nil : recipient)
        body.add("recipient_type", "individual")
        var textObject = JSONObjectWriter()
        textObject.add("body", text)
        textObject.addRaw("preview_url", "false")
        body.addRaw("text", textObject.finish())
        body.add("to", byNumber ? recipient : nil)
        body.add("type", "text")
        return OutboundRequest(
            method: "POST", url: api.url("\(phoneNumberID)/messages"), headers: GraphAPI.bearer(token), body: Data(body.finish().utf8))
    }

    /// The wamid in a successful answer (`{"messages": [{"id": ...}]}`).
    public static func messageID(in body: Data) -> String? {
        (try? JSONValue.parse(body))?["messages"]?.array?.first?["id"]?.nonEmptyString
    }

    /// `GET /{phone-number-id}`: the number a token can send from (`rulesd connect-test whatsapp`).
    public static func phoneNumber(_ phoneNumberID: String, token: String, api: GraphAPI) -> OutboundRequest {
        OutboundRequest(method: "GET", url: api.url(phoneNumberID), headers: ["Authorization": "Bearer \(token)"])
    }

    static func isPhoneNumber(_ recipient: String) -> Bool {
        !recipient.isEmpty && recipient.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "+") }
    }
}
