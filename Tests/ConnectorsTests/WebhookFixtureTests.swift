import Connectors
import Engine
import Foundation
import Testing

/// The shared fixtures (Fixtures/webhooks, copied from shared/fixtures) give exactly what EXPECTED.md says.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/webhooks")

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    static func parse(_ name: String) throws -> WebhookContents {
        try WebhookParser.parse(try data(name))
    }
}

let igAccount = "17841400000000001"
let midPrefix = "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDAxOjM0MDI4MjM2Njg0MTcxMDMwMTI0NDI3NjAxNzg0ODk0MjcwNzk2MzozMTk0NzM0NzE2NzY1MTE0NjE4NzI0NTU5NjYzNTM2NDgw"

@Suite struct InstagramFixtureTests {
    @Test func text() throws {
        let contents = try Fixture.parse("ig_text.json")
        #expect(contents.messages.count == 1)
        let message = try #require(contents.messages.first)
        #expect(message.account == igAccount)
        #expect(message.contact == "6123456789012345")
        #expect(message.id.hasSuffix("NDgwMAZDZD"))
        #expect(message.text == "Hi! How much is the linen dress in size M?")
        #expect(message.kind == .text)
        #expect(message.name == nil)
        #expect(message.isEvaluated)
        #expect(message.at == Date(timeIntervalSince1970: 1_760_000_000.987))
    }

    @Test func imageAttachmentIsMediaWithoutText() throws {
        let message = try #require(try Fixture.parse("ig_image_attachment.json").messages.first)
        #expect(message.kind == .media)
        #expect(message.text == nil)
        #expect(message.id.hasSuffix("NDgwMQZDZD"))
        #expect(message.isEvaluated)
    }

    @Test func echoBelongsToTheRecipientAndIsNotEvaluated() throws {
        let message = try #require(try Fixture.parse("ig_echo.json").messages.first)
        #expect(message.kind == .echo)
        #expect(message.from == .business)
        #expect(message.account == igAccount)
        #expect(message.contact == "6123456789012345")
        #expect(message.text == "Size M is in stock, it's $49. Want me to reserve one?")
        #expect(!message.isEvaluated)
    }

    @Test func storyReply() throws {
        let message = try #require(try Fixture.parse("ig_story_reply.json").messages.first)
        #expect(message.kind == .storyReply)
        #expect(message.contact == "7234567890123456")
        #expect(message.text == "Is this bag still available?")
        #expect(message.inReplyTo == "18012345678901234")
        #expect(message.isEvaluated)
    }

    @Test func reactionHasADerivedKeyAndIsNotEvaluated() throws {
        let message = try #require(try Fixture.parse("ig_reaction.json").messages.first)
        #expect(message.kind == .reaction)
        #expect(message.text == "❤️")
        #expect(message.inReplyTo?.hasSuffix("NDgwMgZDZD") == true)
        #expect(message.id.hasPrefix("reaction:\(igAccount):6123456789012345:"))
        #expect(message.id.contains(":react:❤️:"))
        #expect(!message.isEvaluated)
    }

    @Test func readIsNotEvaluated() throws {
        let message = try #require(try Fixture.parse("ig_read.json").messages.first)
        #expect(message.kind == .read)
        #expect(message.id == "read:\(igAccount):6123456789012345:" + (message.inReplyTo ?? ""))
        #expect(message.inReplyTo?.hasSuffix("NDgwMgZDZD") == true)
        #expect(!message.isEvaluated)
    }

    @Test func postbackCarriesPayloadAndTitle() throws {
        let message = try #require(try Fixture.parse("ig_postback.json").messages.first)
        #expect(message.kind == .postback)
        #expect(message.payload == "ICEBREAKER_SHIPPING")
        #expect(message.text == "Shipping times")
        #expect(message.id.hasSuffix("NDgwNQZDZD"))
        #expect(message.isEvaluated)
    }

    @Test func malformedItemsAreSkippedAndValidOnesKept() throws {
        let contents = try Fixture.parse("ig_malformed.json")
        #expect(contents.messages.count == 1)
        let message = try #require(contents.messages.first)
        #expect(message.kind == .media)
        #expect(message.text == nil)
        #expect(message.contact == "6123456789012345")
        #expect(message.id.hasSuffix("NDgwOQZDZD"))
        #expect(contents.skipped.map(\.path) == ["entry[0].messaging[0]", "entry[0].messaging[1]", "entry[1]"])
        #expect(contents.skipped[1].reason == "message without sender id")
    }
}

@Suite struct WhatsAppFixtureTests {
    @Test func text() throws {
        let message = try #require(try Fixture.parse("wa_text.json").messages.first)
        #expect(message.account == "106540352200001")
        #expect(message.contact == "5491155550123")
        #expect(message.name == "Lucía Gómez")
        #expect(message.id == "wamid.HBgNNTQ5MTE1NTU1MDEyMxUCABIYFjNFQjBBMUIyQzNENEU1RjZBN0I4QzkA")
        #expect(message.text == "Hola! Tienen el vestido de lino en talle M?")
        #expect(message.kind == .text)
        #expect(message.at == Date(timeIntervalSince1970: 1_760_002_001))
        #expect(message.isEvaluated)
    }

    @Test func imageCaptionIsTheText() throws {
        let message = try #require(try Fixture.parse("wa_image_caption.json").messages.first)
        #expect(message.kind == .media)
        #expect(message.text == "Do you have this one in blue?")
        #expect(message.name == "Lucía Gómez")
        #expect(message.id.hasSuffix("N0I4QzEA"))
    }

    @Test func interactiveButtonReplyIsAPostback() throws {
        let message = try #require(try Fixture.parse("wa_interactive_button_reply.json").messages.first)
        #expect(message.kind == .postback)
        #expect(message.payload == "confirm_order_8841")
        #expect(message.text == "Yes, confirm")
        #expect(message.name == "Tom Baker")
        #expect(message.contact == "447700900123")
        #expect(message.inReplyTo == "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAERgSQkFTRTY0QlVTSU5FU1NNU0cxAA==")
    }

    @Test func statusesAreRecordedNotEvaluated() throws {
        let contents = try Fixture.parse("wa_statuses.json")
        #expect(contents.statuses.map(\.status) == ["delivered", "read", "failed"])
        #expect(contents.statuses.map(\.recipient) == ["5491155550123", "5491155550123", "447700900123"])
        #expect(contents.statuses[2].errorCode == 131047)
        #expect(contents.statuses[2].errorMessage?.contains("more than 24 hours") == true)
        // A status updates the delivery state of the reply it names and nothing else: it is no message of the
        // contact's (as one, from the business, it started takeover after the bot's own first reply).
        #expect(contents.messages.isEmpty)
    }

    @Test func messagesTypedInTheWhatsAppBusinessAppAreTheShopsOwn() throws {
        let body = """
            {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"smb_message_echoes","value":{
              "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550100200","phone_number_id":"106540352200001"},
              "message_echoes":[{"from":"15550100200","to":"5491155550123","id":"wamid.ECHO1","timestamp":"1795000000","type":"text",
                "text":{"body":"Hi! I'll check the stock and write back"}}]}}]}]}
            """
        let contents = try WebhookParser.parse(Data(body.utf8))
        #expect(contents.skipped.isEmpty, "\(contents.skipped)")
        let echo = try #require(contents.messages.first)
        #expect(contents.messages.count == 1)
        #expect(echo.kind == .echo && echo.from == .business && echo.isShopOwnMessage && !echo.isEvaluated)
        #expect(echo.contact == "5491155550123", "the customer is `to`")
        #expect(echo.account == "106540352200001")
        #expect(echo.id == "wamid.ECHO1" && echo.text == "Hi! I'll check the stock and write back")
        #expect(echo.at == Date(timeIntervalSince1970: 1_795_000_000))
    }

    @Test func contextReplyExposesInReplyTo() throws {
        let message = try #require(try Fixture.parse("wa_context_reply.json").messages.first)
        #expect(message.kind == .text)
        #expect(message.text == "Perfect, I'll take it. How do I pay?")
        #expect(message.inReplyTo?.hasSuffix("UkVQTFkwMDEA") == true)
        #expect(message.isEvaluated)
    }
}
