import Connectors
import Engine
import Foundation
import Testing

/// The comment, quick-reply, standby, list and template fixtures of EXPECTED.md §"Comments, quick-reply
/// data, routing and template events", read as a correct ingester must read them.
@Suite struct CommentFixtureTests {
    @Test func aCommentIsEvaluatedWithItsPostAndCommenter() throws {
        let contents = try Fixture.parse("ig_comment.json")
        #expect(contents.skipped.isEmpty)
        let comment = try #require(contents.messages.first)
        #expect(contents.messages.count == 1)
        #expect(comment.kind == .comment && comment.channel == .instagram)
        #expect(comment.id == "17912345678901234", "the comment id is the de-duplication key and the private reply's target")
        #expect(comment.account == igAccount && comment.contact == "5598765432109876" && comment.username == "maria.vintage")
        #expect(comment.postID == "18034567890123456" && comment.surface == "FEED" && comment.inReplyTo == nil)
        #expect(comment.text == "PRICE please! Does the linen dress come in green?")
        #expect(comment.at == Date(timeIntervalSince1970: 1_760_003_100), "entry.time in seconds")
        #expect(comment.isEvaluated && comment.from == .customer)
    }

    @Test func theShopsOwnReplyIsKeptAndNeverEvaluated() throws {
        let comment = try #require(try Fixture.parse("ig_comment_reply_own.json").messages.first)
        #expect(comment.kind == .comment && comment.from == .business && !comment.isEvaluated)
        #expect(comment.id == "17923456789012345" && comment.inReplyTo == "17912345678901234" && comment.postID == "18034567890123456")
        #expect(comment.text == "@maria.vintage Yes, it comes in green! We sent you a DM 💚")
    }

    @Test(arguments: [
        #"{"id":"17841400000000001","username":"lunastudio.shop"}"#, #"{"id":"42","username":"someone","self_ig_scoped_id":"8812345678901234"}"#,
    ])
    func eitherSignOfTheShopsOwnCommentIsEnough(from: String) throws {
        let body = #"""
            {"object":"instagram","entry":[{"id":"17841400000000001","time":1760003165,"changes":[{"field":"comments",
              "value":{"from":\#(from),"media":{"id":"18034567890123456"},"id":"c1","parent_id":"p1","text":"thanks!"}}]}]}
            """#
        let comment = try #require(try WebhookParser.parse(Data(body.utf8)).messages.first)
        #expect(comment.from == .business && !comment.isEvaluated)
    }

    @Test func aLiveCommentIsItsOwnKind() throws {
        let comment = try #require(try Fixture.parse("ig_live_comment.json").messages.first)
        #expect(comment.kind == .liveComment && comment.id == "18087654321098765" && comment.surface == "LIVE")
        #expect(comment.contact == "4487654321098765" && comment.username == "tomas.rios" && comment.postID == "17998765432101234")
        #expect(comment.isEvaluated)
    }

    @Test func theEmailQuickReplyIsAPostbackWhosePayloadIsTheEmail() throws {
        let message = try #require(try Fixture.parse("ig_quick_reply_email.json").messages.first)
        #expect(message.kind == .postback && message.payload == "ana.ruiz@example.com" && message.text == "ana.ruiz@example.com")
        #expect(message.contact == "6123456789012345" && message.id.hasSuffix("NDgxMAZDZD"))
    }

    @Test func aStandbyMessageIsKeptNotEvaluated() throws {
        let message = try #require(try Fixture.parse("ig_standby.json").messages.first)
        #expect(message.standby && message.kind == .text && !message.isEvaluated)
        #expect(message.contact == "7234567890123456" && message.id.hasSuffix("NDgxMQZDZD"))
        #expect(message.text == "Hi, is anyone there? I need to change my delivery address")
    }

    @Test func aWhatsAppListReplyIsAPostbackWithTheRowID() throws {
        let message = try #require(try Fixture.parse("wa_interactive_list_reply.json").messages.first)
        #expect(message.kind == .postback && message.payload == "ship_express_24h" && message.text == "Express (24 h)")
        #expect(message.contact == "5491155550123" && message.name == "Lucía Gómez" && message.account == "106540352200001")
        #expect(message.inReplyTo == "wamid.HBgNNTQ5MTE1NTU1MDEyMxUCABEYEkJVU0lORVNTTElTVDAwMQA=")
        #expect(message.isEvaluated)
    }

    @Test func aTemplateStatusUpdateIsRecordedNotAMessage() throws {
        let contents = try Fixture.parse("wa_template_status_update.json")
        #expect(contents.messages.isEmpty && contents.skipped.isEmpty)
        let update = try #require(contents.templateUpdates.first)
        #expect(update == TemplateUpdate(
            account: "109876543210987", name: "order_ready_pickup", language: "es_AR", event: "APPROVED", category: "UTILITY", reason: "NONE",
            at: Date(timeIntervalSince1970: 1_760_004_500)))
        #expect(!update.makesUnusable)
        var paused = update
        paused.event = "PAUSED"
        #expect(paused.makesUnusable)
    }

    @Test func aCategoryUpdateKeepsTheNewCategoryAndJoinsLanguageSpellings() throws {
        let body = #"""
            {"object":"whatsapp_business_account","entry":[{"id":"109876543210987","time":1746169200,"changes":[{"field":"template_category_update",
              "value":{"message_template_id":278077987957091,"message_template_name":"welcome_template","message_template_language":"en-US",
                       "previous_category":"UTILITY","new_category":"MARKETING"}}]}]}
            """#
        let update = try #require(try WebhookParser.parse(Data(body.utf8)).templateUpdates.first)
        #expect(update.category == "MARKETING" && update.event == nil && update.normalizedLanguage == "en_US")
    }

    @Test func theFieldAndValueInTheEntryItselfAndAnArrayValueAreRead() throws {
        // PLATFORMS.md §9, discrepancy B: one documented example puts them there, with `value` an array.
        let body = #"""
            {"object":"instagram","entry":[{"id":"17841400000000001","time":1760003100,"field":"comments",
              "value":[{"from":{"id":"5598765432109876","username":"maria.vintage"},"media":{"id":"180"},"comment_id":"c9","text":"price?"}]}]}
            """#
        let comment = try #require(try WebhookParser.parse(Data(body.utf8)).messages.first)
        #expect(comment.id == "c9" && comment.kind == .comment && comment.postID == "180", "comment_id is read when id is missing")
    }

    @Test func commentsAndDirectMessagesInOneBodyAreAllRead() throws {
        let body = #"""
            {"object":"instagram","entry":[
              {"id":"17841400000000001","time":1760003100,"changes":[{"field":"comments","value":{"from":{"id":"55"},"media":{"id":"180"},"id":"c1","text":"price?"}}]},
              {"id":"17841400000000001","time":1760003100000,"messaging":[{"sender":{"id":"55"},"recipient":{"id":"17841400000000001"},
                "timestamp":1760003100000,"message":{"mid":"m1","text":"hi"}}]}]}
            """#
        let messages = try WebhookParser.parse(Data(body.utf8)).messages
        #expect(messages.map(\.kind) == [.comment, .text])
    }
}
