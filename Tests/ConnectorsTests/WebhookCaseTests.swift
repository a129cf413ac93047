import Connectors
import Engine
import Foundation
import Testing

/// Rows of PLATFORMS.md that no shared fixture covers, each with a body of its own.
@Suite struct WebhookCaseTests {
    func parse(_ json: String) throws -> WebhookContents { try WebhookParser.parse(Data(json.utf8)) }

    func instagram(_ item: String, entry: String = #""id":"1784","time":1760000000000"#) -> String {
        #"{"object":"instagram","entry":[{\#(entry),"messaging":[\#(item)]}]}"#
    }

    @Test func quickReplyIsAPostbackWithPayloadAndTitle() throws {
        let message = try #require(try parse(instagram(#"{"sender":{"id":"u1"},"recipient":{"id":"1784"},"timestamp":1760000000123,"message":{"mid":"m1","text":"Size M","quick_reply":{"payload":"RESERVE_M"}}}"#)).messages.first)
        #expect(message.kind == .postback && message.payload == "RESERVE_M" && message.text == "Size M")
    }

    @Test func storyMentionAndDeletion() throws {
        let mention = try #require(try parse(instagram(#"{"sender":{"id":"u1"},"recipient":{"id":"1784"},"timestamp":1760000000123,"message":{"mid":"m2","attachments":[{"type":"story_mention","payload":{"url":"https://cdn/x"}}]}}"#)).messages.first)
        #expect(mention.kind == .storyMention && mention.isEvaluated)
        let deleted = try #require(try parse(instagram(#"{"sender":{"id":"u1"},"recipient":{"id":"1784"},"timestamp":1760000000123,"message":{"mid":"m1","is_deleted":true}}"#)).messages.first)
        #expect(deleted.kind == .deleted && deleted.id == "m1" && !deleted.isEvaluated)
    }

    @Test func senderEqualToTheAccountIsAnEchoEvenWithoutTheFlag() throws {
        let message = try #require(try parse(instagram(#"{"sender":{"id":"1784"},"recipient":{"id":"u1"},"timestamp":1760000000123,"message":{"mid":"m3","text":"from the seller"}}"#)).messages.first)
        #expect(message.kind == .echo && message.contact == "u1" && message.from == .business)
    }

    @Test func standbyItemsAreKeptButNeverEvaluated() throws {
        let body = #"{"object":"instagram","entry":[{"id":"1784","time":1760000000000,"standby":[{"sender":{"id":"u1"},"recipient":{"id":"1784"},"timestamp":1760000000123,"message":{"mid":"m4","text":"hi"}}]}]}"#
        let message = try #require(try parse(body).messages.first)
        #expect(message.standby && !message.isEvaluated)
    }

    @Test func changesFormWithStringTimestampsAndDashboardTests() throws {
        let real = #"{"object":"instagram","entry":[{"id":"1784","time":1760000000000,"changes":[{"field":"messages","value":{"sender":{"id":"u1"},"recipient":{"id":"1784"},"timestamp":"1527459824","message":{"mid":"m5","text":"hello"}}}]}]}"#
        let message = try #require(try parse(real).messages.first)
        #expect(message.text == "hello" && message.at == Date(timeIntervalSince1970: 1_527_459_824))
        let test = #"{"object":"instagram","entry":[{"id":"0","time":1661141837537,"changes":[{"field":"messages","value":{"sender":{"id":"12334"},"recipient":{"id":"23245"},"timestamp":"1527459824","message":{"mid":"random_mid","text":"random_text"}}}]}]}"#
        let contents = try parse(test)
        #expect(contents.messages.isEmpty)
        #expect(contents.skipped.first?.reason.contains("dashboard test") == true)
    }

    @Test func timestampsInSecondsMillisecondsOrMissingFallBackToTheEntry() throws {
        let seconds = try #require(try parse(instagram(#"{"sender":{"id":"u"},"recipient":{"id":"1784"},"timestamp":1760000000,"message":{"mid":"a","text":"x"}}"#)).messages.first)
        #expect(seconds.at == Date(timeIntervalSince1970: 1_760_000_000))
        let fallback = try #require(try parse(instagram(#"{"sender":{"id":"u"},"recipient":{"id":"1784"},"message":{"mid":"b","text":"x"}}"#)).messages.first)
        #expect(fallback.at == Date(timeIntervalSince1970: 1_760_000_000))
    }

    @Test func whatsAppSenderWithoutAPhoneNumberAndContactsJoinedById() throws {
        let body = #"""
            {"object":"whatsapp_business_account","entry":[{"id":"WABA","changes":[{"field":"messages","value":{
              "messaging_product":"whatsapp","metadata":{"phone_number_id":"1065"},
              "contacts":[{"profile":{"name":"Second"},"wa_id":"222"},{"profile":{"name":"Bsuid User","username":"bsu"},"user_id":"US.1234"},{"profile":{"name":"First"},"wa_id":"111"}],
              "messages":[
                {"from":"111","id":"w1","timestamp":"1760002001","type":"text","text":{"body":"one"}},
                {"from_user_id":"US.1234","id":"w2","timestamp":"1760002002","type":"text","text":{"body":"two"}},
                {"from":"222","id":"w3","timestamp":"1760002003","type":"reaction","reaction":{"message_id":"wamid.B","emoji":"😀"}}
              ]}}]}]}
            """#
        let messages = try parse(body).messages
        #expect(messages.map(\.name) == ["First", "Bsuid User", "Second"])
        #expect(messages[1].contact == "US.1234" && messages[1].username == "bsu")
        #expect(messages[2].kind == .reaction && messages[2].inReplyTo == "wamid.B" && !messages[2].isEvaluated)
    }

    @Test func whatsAppSystemErrorsAndOtherFieldsAreSkippedWithReasons() throws {
        let body = #"""
            {"object":"whatsapp_business_account","entry":[{"id":"WABA","changes":[
              {"field":"messages","value":{"metadata":{"phone_number_id":"1065"},"errors":[{"code":130429,"title":"Rate limit hit"}]}},
              {"field":"message_template_status_update","value":{"event":"APPROVED"}},
              {"field":"account_update","value":{"event":"VERIFIED_ACCOUNT"}}]}]}
            """#
        let contents = try parse(body)
        #expect(contents.messages.isEmpty && contents.templateUpdates.isEmpty)
        #expect(contents.skipped.map(\.reason) == [
            "platform error 130429: Rate limit hit", "template update without a template name", "field 'account_update' carries no messages",
        ])
    }

    @Test func unknownObjectsAndInvalidJSONAreReportedNotGuessed() {
        #expect(throws: WebhookError.unknownObject("page")) { try parse(#"{"object":"page","entry":[]}"#) }
        #expect(throws: WebhookError.unknownObject(nil)) { try parse(#"{"entry":[]}"#) }
        #expect(throws: WebhookError.self) { try parse("not json") }
    }

    @Test func duplicatesInsideOneBodyKeepTheirId() throws {
        let item = #"{"sender":{"id":"u"},"recipient":{"id":"1784"},"timestamp":1760000000123,"message":{"mid":"same","text":"x"}}"#
        let messages = try parse(instagram(item + "," + item)).messages
        #expect(messages.count == 2 && Set(messages.map(\.id)) == ["same"], "the journal deduplicates by id")
    }
}
