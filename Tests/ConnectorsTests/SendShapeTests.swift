import Connectors
import Engine
import Foundation
import Testing

/// The requests for comments, choices and the Instagram profile, each compared, as parsed JSON, with the
/// example of PLATFORMS.md §9.5–10.7 (same ids and values). No network.
@Suite struct SendShapeTests {
    static let instagram = GraphAPI(base: "https://graph.instagram.com", version: "v25.0")
    static let facebook = GraphAPI(base: "https://graph.facebook.com", version: "v25.0")
    static let account = "17841400000000001"

    /// The request's body, parsed.
    func body(_ request: OutboundRequest) throws -> JSONValue {
        try JSONValue.parse(try #require(request.body, "the request has no body"))
    }

    func json(_ text: String) throws -> JSONValue {
        try JSONValue.parse(Data(text.utf8))
    }

    /// Whether the request's body is the JSON `expected`, whatever the key order.
    func expectBody(_ request: OutboundRequest, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        #expect(try body(request) == json(expected), "\(String(decoding: request.body ?? Data(), as: UTF8.self))", sourceLocation: sourceLocation)
    }

    // MARK: Comments (§9.5–9.7)

    @Test func privateReply() throws {
        let request = InstagramComments.privateReply(
            text: "Hi María! The linen dress comes in green, $49. Want me to reserve one?", commentID: "17912345678901234",
            account: Self.account, token: "t", api: Self.instagram)
        #expect(request.method == "POST")
        #expect(request.url == "https://graph.instagram.com/v25.0/17841400000000001/messages")
        #expect(request.headers["Authorization"] == "Bearer t")
        try expectBody(request, """
            { "recipient": { "comment_id": "17912345678901234" }, "messaging_type": "RESPONSE",
              "message": { "text": "Hi María! The linen dress comes in green, $49. Want me to reserve one?" } }
            """)
    }

    @Test func privateReplyWithQuickReplies() throws {
        let request = InstagramComments.privateReply(
            text: "Which size?", choices: .buttons([ReplyButton(title: "S", payload: "SIZE_S")]), commentID: "17912345678901234",
            account: nil, token: "t", api: Self.instagram)
        #expect(request.url == "https://graph.instagram.com/v25.0/me/messages")
        try expectBody(request, """
            { "recipient": { "comment_id": "17912345678901234" }, "messaging_type": "RESPONSE",
              "message": { "text": "Which size?", "quick_replies": [ { "content_type": "text", "title": "S", "payload": "SIZE_S" } ] } }
            """)
    }

    @Test func publicReplyIsPercentEncodedInTheURL() {
        let request = InstagramComments.publicReply(text: "Sent you a DM 💚", commentID: "17912345678901234", token: "t", api: Self.instagram)
        #expect(request.method == "POST")
        #expect(request.url == "https://graph.instagram.com/v25.0/17912345678901234/replies?message=Sent%20you%20a%20DM%20%F0%9F%92%9A")
        #expect(request.body == nil)
        #expect(request.headers == ["Authorization": "Bearer t"])
        let symbols = InstagramComments.publicReply(text: "A&B+C=d?/#é~_.-", commentID: "1", token: "t", api: Self.instagram)
        #expect(symbols.url.hasSuffix("/1/replies?message=A%26B%2BC%3Dd%3F%2F%23%C3%A9~_.-"))
        #expect(InstagramComments.commentID(in: Data(#"{ "id": "17923456789012345" }"#.utf8)) == "17923456789012345")
        #expect(InstagramComments.commentID(in: Data("{}".utf8)) == nil)
    }

    @Test func recentMediaRequestAndAnswer() throws {
        let request = InstagramMedia.recentMedia(account: Self.account, limit: 25, token: "t", api: Self.instagram)
        #expect(request.method == "GET")
        #expect(request.url == "https://graph.instagram.com/v25.0/17841400000000001/media?fields=id,caption,media_type,media_product_type,permalink,timestamp&limit=25")
        let posts = InstagramMedia.parseMedia(Data(Self.mediaAnswer.utf8))
        #expect(posts.map(\.id) == ["18034567890123456", "18056789012345678"])
        #expect(posts[0].caption == "New in: linen dress, 4 colours. Comment PRICE and we'll DM you")
        #expect(posts[0].mediaType == "CAROUSEL_ALBUM" && posts[0].productType == "FEED")
        #expect(posts[1].productType == "REELS" && posts[1].permalink == "https://www.instagram.com/reel/DPn7x8Y9z0A/")
        #expect(posts[0].timestamp == Timestamps.parseISO8601("2025-10-09T14:02:11Z"))
        #expect(posts[1].timestamp == Timestamps.parseISO8601("2025-10-07T18:30:00Z"))
    }

    @Test func mediaWithMissingFieldsAndOtherTimestampForms() {
        let posts = InstagramMedia.parseMedia(Data("""
            {"data":[{"id":"1"},{"caption":"no id"},{"id":"2","timestamp":"2025-10-09T16:02:11+0200"},{"id":"3","timestamp":"2025-10-09T14:02:11Z"}]}
            """.utf8))
        #expect(posts.map(\.id) == ["1", "2", "3"])
        #expect(posts[0] == InstagramPost(id: "1"))
        #expect(posts[1].timestamp == Timestamps.parseISO8601("2025-10-09T14:02:11Z"))
        #expect(posts[2].timestamp == Timestamps.parseISO8601("2025-10-09T14:02:11Z"))
        #expect(InstagramMedia.parseMedia(Data("not json".utf8)).isEmpty)
    }

    /// PLATFORMS.md §9.7's answer to `GET /{ig-user-id}/media`.
    static let mediaAnswer = try! String(
        contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/graph/ig_media.json"), encoding: .utf8)

    // MARK: Instagram choices (§10.1–10.2)

    @Test func instagramTextReplyKeepsItsBytes() throws {
        let request = InstagramMessaging.reply(text: "Hi", to: "6123", account: nil, token: "t", api: Self.instagram)
        #expect(String(decoding: try #require(request.body), as: UTF8.self) == #"{"message":{"text":"Hi"},"messaging_type":"RESPONSE","recipient":{"id":"6123"}}"#)
    }

    @Test func instagramQuickReplies() throws {
        func reply(_ choices: ReplyChoices) -> OutboundRequest {
            InstagramMessaging.reply(
                text: "Where should we send your receipt?", choices: choices, to: "6123456789012345", account: Self.account, token: "t",
                api: Self.instagram)
        }
        let buttons = reply(.buttons([ReplyButton(title: "No receipt, thanks", payload: "RECEIPT_NONE")]))
        #expect(buttons.method == "POST" && buttons.url == "https://graph.instagram.com/v25.0/17841400000000001/messages")
        try expectBody(buttons, """
            { "recipient": { "id": "6123456789012345" }, "messaging_type": "RESPONSE",
              "message": { "text": "Where should we send your receipt?",
                           "quick_replies": [ { "content_type": "text", "title": "No receipt, thanks", "payload": "RECEIPT_NONE" } ] } }
            """)
        try expectBody(reply(.askEmail), """
            { "recipient": { "id": "6123456789012345" }, "messaging_type": "RESPONSE",
              "message": { "text": "Where should we send your receipt?", "quick_replies": [ { "content_type": "user_email" } ] } }
            """)
        try expectBody(reply(.askPhone), """
            { "recipient": { "id": "6123456789012345" }, "messaging_type": "RESPONSE",
              "message": { "text": "Where should we send your receipt?", "quick_replies": [ { "content_type": "user_phone_number" } ] } }
            """)
    }

    @Test func instagramLinkIsAButtonTemplate() throws {
        let request = InstagramMessaging.reply(
            text: "Our bags ship in 2–3 days. What next?", choices: .link(ReplyButton(title: "See all bags", payload: "https://luna.example/bags")),
            to: "7234567890123456", account: Self.account, token: "t", api: Self.instagram)
        try expectBody(request, """
            { "recipient": { "id": "7234567890123456" }, "messaging_type": "RESPONSE",
              "message": { "attachment": { "type": "template",
                "payload": { "template_type": "button",
                             "text": "Our bags ship in 2–3 days. What next?",
                             "buttons": [ { "type": "web_url", "url": "https://luna.example/bags", "title": "See all bags" } ] } } } }
            """)
    }

    // MARK: WhatsApp interactive (§10.5–10.7)

    @Test func whatsAppTextReplyKeepsItsBytes() throws {
        let plain = WhatsAppMessaging.reply(text: "Hola", to: "5491155550123", phoneNumberID: "1065", inReplyTo: nil, token: "t", api: Self.facebook)
        let expected = #"{"messaging_product":"whatsapp","recipient_type":"individual","text":{"body":"Hola","preview_url":false},"to":"5491155550123","type":"text"}"#
        #expect(String(decoding: try #require(plain.body), as: UTF8.self) == expected)
        // WhatsApp has no one-tap email or phone question: the text goes alone.
        for choices in [ReplyChoices.askEmail, .askPhone, .buttons([])] {
            let request = WhatsAppMessaging.reply(
                text: "Hola", choices: choices, to: "5491155550123", phoneNumberID: "1065", inReplyTo: nil, token: "t", api: Self.facebook)
            #expect(request.body == plain.body)
        }
    }

    @Test func whatsAppReplyButtons() throws {
        let request = WhatsAppMessaging.reply(
            text: "Your order is ready. Confirm the pickup?",
            choices: .buttons([
                ReplyButton(title: "Yes, confirm", payload: "confirm_order_8841"), ReplyButton(title: "Change it", payload: "change_order_8841"),
            ]),
            to: "447700900123", phoneNumberID: "106540352200001", inReplyTo: nil, token: "t", api: Self.facebook)
        #expect(request.method == "POST" && request.url == "https://graph.facebook.com/v25.0/106540352200001/messages")
        try expectBody(request, """
            { "messaging_product": "whatsapp", "recipient_type": "individual", "to": "447700900123",
              "type": "interactive",
              "interactive": { "type": "button",
                               "body":   { "text": "Your order is ready. Confirm the pickup?" },
                               "action": { "buttons": [ { "type": "reply", "reply": { "id": "confirm_order_8841", "title": "Yes, confirm" } },
                                                        { "type": "reply", "reply": { "id": "change_order_8841",  "title": "Change it" } } ] } } }
            """)
    }

    @Test func whatsAppListForFourButtonsOrMore() throws {
        let rows = [
            ReplyButton(title: "Express (24 h)", payload: "ship_express_24h"), ReplyButton(title: "Standard", payload: "ship_standard"),
            ReplyButton(title: "Pick up in store", payload: "pickup_store"), ReplyButton(title: "Motorbike courier", payload: "ship_moto"),
        ]
        let request = WhatsAppMessaging.reply(
            text: "How do you want to receive your dress?", choices: .buttons(rows), listButton: "Delivery options", to: "5491155550123",
            phoneNumberID: "106540352200001", inReplyTo: "wamid.IN", token: "t", api: Self.facebook)
        try expectBody(request, """
            { "context": { "message_id": "wamid.IN" },
              "messaging_product": "whatsapp", "recipient_type": "individual", "to": "5491155550123",
              "type": "interactive",
              "interactive": { "type": "list",
                               "body":   { "text": "How do you want to receive your dress?" },
                               "action": { "button": "Delivery options",
                                           "sections": [ { "title": "Delivery options",
                                                           "rows": [ { "id": "ship_express_24h", "title": "Express (24 h)" },
                                                                     { "id": "ship_standard", "title": "Standard" },
                                                                     { "id": "pickup_store", "title": "Pick up in store" },
                                                                     { "id": "ship_moto", "title": "Motorbike courier" } ] } ] } } }
            """)
        let long = try #require(WhatsAppMessaging.interactiveObject(
            text: "x", choices: .buttons(rows), listButton: "Choose how you would like it delivered"))
        #expect(try json(long)["action"]?["sections"]?.array?.first?["title"]?.string == "Choose how you would lik")
    }

    @Test func whatsAppLinkIsACallToActionURL() throws {
        let request = WhatsAppMessaging.reply(
            text: "Tap to finish your order.", choices: .link(ReplyButton(title: "Open cart", payload: "https://luna.example/cart?c=8841")),
            to: "5491155550123", phoneNumberID: "106540352200001", inReplyTo: nil, token: "t", api: Self.facebook)
        try expectBody(request, """
            { "messaging_product": "whatsapp", "recipient_type": "individual", "to": "5491155550123",
              "type": "interactive",
              "interactive": { "type": "cta_url",
                               "body":   { "text": "Tap to finish your order." },
                               "action": { "name": "cta_url",
                                           "parameters": { "display_text": "Open cart", "url": "https://luna.example/cart?c=8841" } } } }
            """)
    }

    // MARK: Instagram profile (§10.3–10.4)

    static let iceBreakers = [
        ReplyButton(title: "How long does shipping take?", payload: "ICEBREAKER_SHIPPING"),
        ReplyButton(title: "Do you have a size guide?", payload: "ICEBREAKER_SIZES"),
    ]
    static let menu = [
        ReplyButton(title: "Talk to a person", payload: "HUMAN_PLEASE"), ReplyButton(title: "Shipping times", payload: "MENU_SHIPPING"),
        ReplyButton(title: "Shop now", payload: "https://luna.example/"),
    ]

    @Test func profileRequests() throws {
        let read = InstagramProfile.read(account: Self.account, token: "t", api: Self.instagram)
        #expect(read.method == "GET")
        #expect(read.url == "https://graph.instagram.com/v25.0/17841400000000001/messenger_profile?fields=ice_breakers,persistent_menu&platform=instagram")
        let set = InstagramProfile.set(
            InstagramProfileSettings(iceBreakers: Self.iceBreakers, menu: Self.menu), account: Self.account, token: "t", api: Self.instagram)
        #expect(set.method == "POST" && set.url == "https://graph.instagram.com/v25.0/17841400000000001/messenger_profile")
        try expectBody(set, """
            { "platform": "instagram",
              "ice_breakers": [ { "call_to_actions": [ { "question": "How long does shipping take?", "payload": "ICEBREAKER_SHIPPING" },
                                                       { "question": "Do you have a size guide?",    "payload": "ICEBREAKER_SIZES" } ],
                                  "locale": "default" } ],
              "persistent_menu": [ { "locale": "default",
                                     "call_to_actions": [ { "type": "postback", "title": "Talk to a person", "payload": "HUMAN_PLEASE" },
                                                          { "type": "postback", "title": "Shipping times",   "payload": "MENU_SHIPPING" },
                                                          { "type": "web_url",  "title": "Shop now",         "url": "https://luna.example/" } ] } ] }
            """)
        let iceOnly = InstagramProfile.set(InstagramProfileSettings(iceBreakers: Self.iceBreakers), account: Self.account, token: "t", api: Self.instagram)
        #expect(try body(iceOnly)["persistent_menu"] == nil)
        let delete = InstagramProfile.delete(fields: ["ice_breakers"], account: Self.account, token: "t", api: Self.instagram)
        #expect(delete.method == "DELETE" && delete.url == "https://graph.instagram.com/v25.0/17841400000000001/messenger_profile")
        try expectBody(delete, #"{"fields":["ice_breakers"]}"#)
    }

    @Test func profileAnswerPerField() throws {
        let answer = """
            {"data":[{"ice_breakers":[{"call_to_actions":[{"question":"How long does shipping take?","payload":"ICEBREAKER_SHIPPING"},
                                                          {"question":"Do you have a size guide?","payload":"ICEBREAKER_SIZES"}],"locale":"default"},
                                      {"call_to_actions":[{"question":"¿Cuánto tarda el envío?","payload":"ES"}],"locale":"es_ES"}],
                      "persistent_menu":[{"locale":"default","call_to_actions":[{"type":"postback","title":"Talk to a person","payload":"HUMAN_PLEASE"},
                                                                                {"type":"postback","title":"Shipping times","payload":"MENU_SHIPPING"},
                                                                                {"type":"web_url","title":"Shop now","url":"https://luna.example/"}]}]}]}
            """
        let settings = try #require(InstagramProfile.parse(Data(answer.utf8)))
        #expect(settings == InstagramProfileSettings(iceBreakers: Self.iceBreakers, menu: Self.menu))
    }

    @Test func profileAnswerFlattened() throws {
        let ice = #"{"data":[{"call_to_actions":[{"question":"How long does shipping take?","payload":"ICEBREAKER_SHIPPING"},{"question":"Do you have a size guide?","payload":"ICEBREAKER_SIZES"}],"locale":"default"}]}"#
        #expect(InstagramProfile.parse(Data(ice.utf8)) == InstagramProfileSettings(iceBreakers: Self.iceBreakers))
        let menu = #"{"data":[{"call_to_actions":[{"type":"postback","title":"Talk to a person","payload":"HUMAN_PLEASE"},{"type":"postback","title":"Shipping times","payload":"MENU_SHIPPING"},{"type":"web_url","title":"Shop now","url":"https://luna.example/"}],"locale":"default"}]}"#
        #expect(InstagramProfile.parse(Data(menu.utf8)) == InstagramProfileSettings(menu: Self.menu))
        #expect(InstagramProfile.parse(Data(#"{"data":[]}"#.utf8)) == InstagramProfileSettings())
        #expect(InstagramProfile.parse(Data("[]".utf8)) == nil)
    }

    @Test func profileDifferences() {
        let live = InstagramProfileSettings(iceBreakers: [Self.iceBreakers[0]], menu: [ReplyButton(title: "Old item", payload: "OLD")])
        let wanted = InstagramProfileSettings(
            iceBreakers: [Self.iceBreakers[0], ReplyButton(title: "Do you ship abroad?", payload: "SHIPPING")], menu: [])
        #expect(InstagramProfile.differences(live: live, wanted: wanted) == [
            #"+ ice breaker "Do you ship abroad?" -> SHIPPING"#,
            #"- menu "Old item" -> OLD"#,
        ])
        #expect(InstagramProfile.differences(live: wanted, wanted: wanted).isEmpty)
        let reordered = InstagramProfileSettings(iceBreakers: Self.iceBreakers.reversed())
        #expect(InstagramProfile.differences(live: InstagramProfileSettings(iceBreakers: Self.iceBreakers), wanted: reordered) == [
            #"~ ice breakers in a new order: "Do you have a size guide?", "How long does shipping take?""#,
        ])
    }

    // MARK: Comment errors (§9.5)

    func graph(_ code: Int, subcode: Int? = nil, status: Int = 400) -> DeliveryFailure {
        let sub = subcode.map { #","error_subcode":\#($0)"# } ?? ""
        let body = Data(#"{"error":{"message":"(#\#(code)) localised text","code":\#(code)\#(sub)}}"#.utf8)
        return FailureClassifier.graph(status: status, body: body, retryAfter: nil, now: Date(timeIntervalSince1970: 1_795_000_000))
    }

    @Test func commentReplyErrors() {
        let twice = graph(10900)
        #expect(twice.disposition == .permanent && twice.explanation == "Meta allows one private reply per comment; this comment already has one")
        #expect(!graph(10900, status: 500).isRetryable)
        #expect(!twice.isDestinationFault)
        let refused = graph(10903, subcode: 1893049)
        #expect(refused.disposition == .permanent && refused.explanation == "this customer's settings do not allow replies to this comment")
        for subcode in [2534014, 2534025] {
            let failure = graph(100, subcode: subcode)
            #expect(failure.disposition == .permanent && failure.subcode == subcode)
            #expect(failure.explanation.contains("comment"), "\(failure.explanation)")
        }
        #expect(graph(100).explanation == "the request names an id the token cannot see (wrong id or missing access)")
        #expect(graph(613).isRetryable)
    }
}
