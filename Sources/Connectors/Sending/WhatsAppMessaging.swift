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
        var body: [String: Any] = [
            "messaging_product": "whatsapp", "recipient_type": "individual", "type": "text",
            "text": ["body": text, "preview_url": false],
        ]
        if isPhoneNumber(recipient) { body["to"] = recipient } else { body["recipient"] = recipient }
        if let inReplyTo { body["context"] = ["message_id": inReplyTo] }
        return OutboundRequest(
            method: "POST", url: api.url("\(phoneNumberID)/messages"), headers: GraphAPI.bearer(token), body: GraphAPI.json(body))
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
