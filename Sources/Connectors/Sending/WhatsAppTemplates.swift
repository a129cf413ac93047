import Engine
import Foundation

/// Sending an approved WhatsApp template (PLATFORMS.md §11.1–11.2): the only message WhatsApp takes once
/// the customer's 24-hour window has closed.
public enum WhatsAppTemplates {
    /// `POST {phone-number-id}/messages` (or `/marketing_messages` for a marketing template on a number
    /// onboarded to the Marketing Messages API) with `type: template`: the body's parameters in order or by
    /// name, a header parameter, the quick-reply buttons' payloads and the URL button's suffix.
    public static func send(
        _ template: WhatsAppTemplateMessage, to recipient: String, phoneNumberID: String, marketing: Bool = false, token: String, api: GraphAPI
    ) -> OutboundRequest {
        var components: [String] = []
        func text(_ value: String, name: String? = nil) -> String {
            var parameter = JSONObjectWriter()
            parameter.add("parameter_name", name)
            parameter.add("text", value)
            parameter.add("type", "text")
            return parameter.finish()
        }
        if let header = template.header {
            components.append(#"{"parameters":[\#(text(header))],"type":"header"}"#)
        }
        if !template.parameters.isEmpty {
            components.append(#"{"parameters":[\#(template.parameters.map { text($0.text, name: $0.name) }.joined(separator: ","))],"type":"body"}"#)
        }
        for (index, payload) in template.quickReplies.enumerated() {
            var parameter = JSONObjectWriter()
            parameter.add("payload", payload)
            parameter.add("type", "payload")
            components.append(#"{"index":"\#(index)","parameters":[\#(parameter.finish())],"sub_type":"quick_reply","type":"button"}"#)
        }
        if let suffix = template.urlSuffix {
            // The URL button comes after the quick-reply buttons in the template.
            components.append(#"{"index":"\#(template.quickReplies.count)","parameters":[\#(text(suffix))],"sub_type":"url","type":"button"}"#)
        }
        var language = JSONObjectWriter()
        language.add("code", template.language)
        var templateObject = JSONObjectWriter()
        if !components.isEmpty { templateObject.addRaw("components", "[" + components.joined(separator: ",") + "]") }
        templateObject.addRaw("language", language.finish())
        templateObject.add("name", template.name)
        let byNumber = WhatsAppMessaging.isPhoneNumber(recipient)
        var body = JSONObjectWriter()
        body.add("messaging_product", "whatsapp")
        body.add("recipient", byNumber ? nil : recipient)
        body.add("recipient_type", "individual")
        body.addRaw("template", templateObject.finish())
        body.add("to", byNumber ? recipient : nil)
        body.add("type", "template")
        let endpoint = marketing ? "marketing_messages" : "messages"
        return OutboundRequest(
            method: "POST", url: api.url("\(phoneNumberID)/\(endpoint)"), headers: GraphAPI.bearer(token), body: Data(body.finish().utf8))
    }
}
