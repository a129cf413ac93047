import Engine
import Foundation

/// The WhatsApp Cloud API's messages endpoint (PLATFORMS.md §5.2).
public enum WhatsAppMessaging {
    /// A reply: `POST {base}/{version}/{phone-number-id}/messages`. A recipient with a phone number is
    /// addressed by `to`; one known only by a business-scoped user id (`US.…`) by `recipient`. With
    /// `inReplyTo` the reply quotes the customer's message.
    /// - Parameters:
    ///   - choices: nil for a text message; 1–3 buttons become reply buttons, 4–10 a list opened by
    ///     `listButton`, a link a URL button (``interactiveObject(text:choices:listButton:)``). WhatsApp has no
    ///     one-tap email or phone question: those send the text alone.
    ///   - listButton: the label of the button that opens a list (20 characters at most).
    public static func reply(
        text: String, choices: ReplyChoices? = nil, listButton: String = "Options", to recipient: String, phoneNumberID: String,
        inReplyTo: String?, token: String, api: GraphAPI
    ) -> OutboundRequest {
        // Written member by member (keys in sorted order): this runs for every reply, and JSONSerialization
        // cost more than the rest of the send.
        let byNumber = isPhoneNumber(recipient)
        let interactive = choices.flatMap { interactiveObject(text: text, choices: $0, listButton: listButton) }
        var body = JSONObjectWriter()
        if let inReplyTo {
            var context = JSONObjectWriter()
            context.add("message_id", inReplyTo)
            body.addRaw("context", context.finish())
        }
        if let interactive { body.addRaw("interactive", interactive) }
        body.add("messaging_product", "whatsapp")
        body.add("recipient", byNumber ? nil : recipient)
        body.add("recipient_type", "individual")
        if interactive == nil {
            var textObject = JSONObjectWriter()
            textObject.add("body", text)
            textObject.addRaw("preview_url", "false")
            body.addRaw("text", textObject.finish())
        }
        body.add("to", byNumber ? recipient : nil)
        body.add("type", interactive == nil ? "text" : "interactive")
        return OutboundRequest(
            method: "POST", url: api.url("\(phoneNumberID)/messages"), headers: GraphAPI.bearer(token), body: Data(body.finish().utf8))
    }

    /// The JSON text of the `interactive` object for `choices` (keys in sorted order), or nil when they need
    /// none (no buttons, or an email or phone question, which WhatsApp cannot ask):
    ///
    /// - 1–3 buttons: `{"action":{"buttons":[{"reply":{"id":..,"title":..},"type":"reply"}]},"body":{"text":..},"type":"button"}` (PLATFORMS.md §10.5);
    /// - 4 or more: a list, `{"action":{"button":..,"sections":[{"rows":[{"id":..,"title":..}],"title":..}]},...,"type":"list"}` (§10.6),
    ///   the section titled by `listButton` cut to 24 characters;
    /// - a link: `{"action":{"name":"cta_url","parameters":{"display_text":..,"url":..}},...,"type":"cta_url"}` (§10.7).
    public static func interactiveObject(text: String, choices: ReplyChoices, listButton: String = "Options") -> String? {
        var action = JSONObjectWriter()
        let type: String
        switch choices {
        case .askEmail, .askPhone:
            return nil
        case .buttons(let buttons) where buttons.isEmpty:
            return nil
        case .buttons(let buttons) where buttons.count <= 3:
            let items = buttons.map { button in
                var reply = JSONObjectWriter()
                reply.add("id", button.payload)
                reply.add("title", button.title)
                var item = JSONObjectWriter()
                item.addRaw("reply", reply.finish())
                item.add("type", "reply")
                return item.finish()
            }
            action.addRaw("buttons", "[" + items.joined(separator: ",") + "]")
            type = "button"
        case .buttons(let buttons):
            let rows = buttons.map { button in
                var row = JSONObjectWriter()
                row.add("id", button.payload)
                row.add("title", button.title)
                return row.finish()
            }
            var section = JSONObjectWriter()
            section.addRaw("rows", "[" + rows.joined(separator: ",") + "]")
            section.add("title", String(listButton.prefix(24)))
            action.add("button", listButton)
            action.addRaw("sections", "[" + section.finish() + "]")
            type = "list"
        case .link(let link):
            var parameters = JSONObjectWriter()
            parameters.add("display_text", link.title)
            parameters.add("url", link.payload)
            action.add("name", "cta_url")
            action.addRaw("parameters", parameters.finish())
            type = "cta_url"
        }
        var body = JSONObjectWriter()
        body.add("text", text)
        var interactive = JSONObjectWriter()
        interactive.addRaw("action", action.finish())
        interactive.addRaw("body", body.finish())
        interactive.add("type", type)
        return interactive.finish()
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
