import Connectors
import Engine
import Foundation
import Testing

/// The template message of PLATFORMS.md §11.1, as `WhatsAppTemplates.send` writes it.
@Suite struct WhatsAppTemplateSendTests {
    let api = GraphAPI(base: "https://graph.facebook.com", version: "v25.0")

    func json(_ text: String) throws -> JSONValue { try JSONValue.parse(Data(text.utf8)) }

    @Test func namedParametersHeaderAndButtonsAsPlatformsSaysWithATextHeader() throws {
        let template = WhatsAppTemplateMessage(
            name: "order_ready_pickup", language: "en_US",
            parameters: [.init(name: "first_name", text: "Tom"), .init(name: "order_id", text: "8841")], header: "Order 8841",
            quickReplies: ["PICKUP_CONFIRM_8841"], urlSuffix: "8841")
        let request = WhatsAppTemplates.send(template, to: "447700900123", phoneNumberID: "106540352200001", token: "t", api: api)
        #expect(request.method == "POST" && request.url == "https://graph.facebook.com/v25.0/106540352200001/messages")
        // §11.1's example, its image header replaced by the text header rulesd declares.
        let expected = try json("""
            { "messaging_product": "whatsapp", "recipient_type": "individual", "to": "447700900123",
              "type": "template",
              "template": {
                "name": "order_ready_pickup",
                "language": { "code": "en_US" },
                "components": [
                  { "type": "header", "parameters": [ { "type": "text", "text": "Order 8841" } ] },
                  { "type": "body",   "parameters": [ { "type": "text", "parameter_name": "first_name", "text": "Tom" },
                                                      { "type": "text", "parameter_name": "order_id",   "text": "8841" } ] },
                  { "type": "button", "sub_type": "quick_reply", "index": "0", "parameters": [ { "type": "payload", "payload": "PICKUP_CONFIRM_8841" } ] },
                  { "type": "button", "sub_type": "url",         "index": "1", "parameters": [ { "type": "text", "text": "8841" } ] } ] } }
            """)
        #expect(try JSONValue.parse(try #require(request.body)) == expected)
        #expect(request.headers["Authorization"] == "Bearer t")
    }

    @Test func positionalParametersAndNoComponentsWhenThereAreNone() throws {
        let positional = WhatsAppTemplateMessage(name: "cart_reminder", language: "es", parameters: [.init(text: "Lucía"), .init(text: "Luna")])
        let body = try JSONValue.parse(try #require(WhatsAppTemplates.send(positional, to: "5491155550123", phoneNumberID: "1065", token: "t", api: api).body))
        #expect(body["template"]?["components"] == (try json(#"[{"type":"body","parameters":[{"type":"text","text":"Lucía"},{"type":"text","text":"Luna"}]}]"#)))
        let bare = WhatsAppTemplates.send(WhatsAppTemplateMessage(name: "hello_world", language: "en_US"), to: "US.42", phoneNumberID: "1065", token: "t", api: api)
        let bareBody = try JSONValue.parse(try #require(bare.body))
        #expect(bareBody["template"] == (try json(#"{"name":"hello_world","language":{"code":"en_US"}}"#)))
        #expect(bareBody["recipient"]?.string == "US.42" && bareBody["to"] == nil, "a business-scoped user id is addressed by recipient")
    }

    @Test func aMarketingTemplateGoesToMarketingMessagesWhenTheNumberTakesIt() {
        let request = WhatsAppTemplates.send(WhatsAppTemplateMessage(name: "sale", language: "es"), to: "1", phoneNumberID: "1065", marketing: true, token: "t", api: api)
        #expect(request.url == "https://graph.facebook.com/v25.0/1065/marketing_messages")
    }

    @Test func templateErrorsAreToldWithTheTemplate() {
        let body = Data(#"{"error":{"message":"(#132015) Template is Paused","code":132015}}"#.utf8)
        let failure = WhatsAppTemplateError.naming(FailureClassifier.graph(status: 400, body: body, retryAfter: nil, now: Date()), template: "cart_reminder", language: "es")
        #expect(!failure.isRetryable)
        #expect(failure.explanation.hasPrefix("template 'cart_reminder' (es): the template is paused by Meta"))
        let missing = FailureClassifier.graph(status: 404, body: Data(#"{"error":{"code":132001}}"#.utf8), retryAfter: nil, now: Date())
        #expect(WhatsAppTemplateError.naming(missing, template: "cart_reminder", language: "es").explanation.contains("no approved template of that name in that language"))
    }

    @Test func theMessageSurvivesTheOutbox() {
        let template = WhatsAppTemplateMessage(
            name: "n", language: "es", parameters: [.init(name: "a", text: "\"quoted\""), .init(text: "b")], header: "h", quickReplies: ["q"], urlSuffix: "u")
        #expect(WhatsAppTemplateMessage(json: template.json) == template)
    }
}
