import Engine
import Foundation
import RulesDSL
import Testing

/// LANGUAGE.md version 2, "Instagram comments" and "Buttons, links and menus": who sees comments, `post is`,
/// private and public replies, buttons per language, and the email a one-tap button brings.
@Suite struct CommentsAndButtonsTests {
    static let shop = """
        template price = "The linen dress is $49"
        template menu = "What can I help you with?"
          buttons "Prices" -> "PRICES", "Sizes" -> "SIZES", "Talk to a person"
          es "¿En qué te ayudo?" buttons "Precios" -> "PRICES", "Tallas" -> "SIZES", "Hablar con alguien" -> "Talk to a person"
          pt "Como posso ajudar?"
        template ask_email = "What's your email?" buttons email
        template thanks_email = "Thanks, we'll write to {{contact.email or "you"}}"
        rule "Comment PRICE" on comments
          when post is "18034567890123456" and message contains any "price", "precio"
          then
            reply publicly one of "Sent you a DM! 💌", "Check your messages 💌"
            reply price
            tag "comment-lead"
        end
        rule "Any comment" on comments when kind is comment then tag "commented" end
        rule "Price in a DM" when message contains "price" then reply "DM price" end
        rule "Menu" when message contains any "help", "ayuda", "ajuda" then reply menu end
        rule "Receipt" on instagram when message contains "receipt" then reply ask_email end
        rule "Email given" on instagram when payload is "ana.ruiz@example.com" then reply thanks_email end
        """

    let clock = ManualClock()

    func comment(_ text: String, post: String = "18034567890123456", kind: MessageKind = .comment, id: String = "17912345678901234", at: Date? = nil) -> Message {
        Message(
            id: id, at: at ?? clock.now, channel: .instagram, account: "acct", contact: "5598765432109876", username: "maria.vintage", kind: kind,
            text: text, postID: post, surface: "FEED")
    }

    @Test func aCommentGetsItsPrivateAndPublicRepliesAndDirectMessageRulesNeverSeeIt() throws {
        let program = try program(Self.shop)
        let decision = program.evaluate(comment("PRICE please! Does the linen dress come in green?"), state: ContactState(), now: clock.now)
        #expect(decision.firedRules == ["Comment PRICE", "Any comment"], "the DM rule with 'price' does not see the comment")
        #expect(decision.replies.map(\.text) == ["The linen dress is $49"])
        let publicReplies = decision.actions.compactMap { if case .publicReply(let reply) = $0 { reply.text } else { nil } }
        #expect(publicReplies.count == 1 && ["Sent you a DM! 💌", "Check your messages 💌"].contains(publicReplies[0]))
        #expect(decision.state.tags.contains("comment-lead"))
        #expect(decision.state.lastInboundAt == nil, "a comment does not open the 24-hour window of direct messages")
    }

    @Test func postIsLooksAtThePostTheCommentIsOn() throws {
        let program = try program(Self.shop)
        let decision = program.evaluate(comment("price?", post: "18056789012345678"), state: ContactState(), now: clock.now, tracing: .full)
        #expect(decision.firedRules == ["Any comment"])
        let trace = try #require(decision.trace.rules.first { $0.rule == "Comment PRICE" })
        #expect(trace.reasons.contains("the comment is on post 18056789012345678"))
        #expect(decision.trace.rules.first { $0.rule == "Price in a DM" }?.reasons == ["comments are seen only by rules 'on comments'"])
    }

    @Test func aDirectMessageIsNotSeenByCommentRules() throws {
        let program = try program(Self.shop)
        var chat = Conversation(program)
        let decision = chat.send("what's the price?")
        #expect(decision.firedRules == ["Price in a DM"])
    }

    @Test func aLiveCommentIsSeenByCommentRulesButNotByKindIsComment() throws {
        let program = try program(Self.shop)
        let decision = program.evaluate(comment("price pls", post: "18034567890123456", kind: .liveComment), state: ContactState(), now: clock.now)
        #expect(decision.firedRules == ["Comment PRICE"])
    }

    @Test func aPrivateReplyIsNotHeldToTheWindowOfDirectMessages() throws {
        let program = try program(Self.shop)
        var state = ContactState()
        state.lastInboundAt = clock.now.addingTimeInterval(-3 * 86_400)
        state.messageCount = 4
        let decision = program.evaluate(comment("precio?"), state: state, now: clock.now)
        #expect(decision.replies.count == 1, "the customer's last DM was 3 days ago, and a private reply is allowed anyway")
    }

    @Test func aCommentGetsOnePrivateReplyEvenWithRoomForMore() throws {
        let program = try program("""
            option replies_per_message = 2
            rule "A" on comments when message contains "price" then reply "one" end
            rule "B" on comments when message contains "price" then reply "two" end
            """)
        let decision = program.evaluate(comment("price"), state: ContactState(), now: clock.now, tracing: .full)
        #expect(decision.replies.map(\.text) == ["one"])
        #expect(decision.trace.rules.first { $0.rule == "B" }?.reasons.contains { $0.contains("Meta allows one private reply per comment") } == true)
    }

    @Test func theShopsOwnCommentIsNeverEvaluated() throws {
        let program = try program(Self.shop)
        var own = comment("@maria.vintage Yes! price sent", id: "17923456789012345")
        own.from = .business
        let decision = program.evaluate(own, state: ContactState(), now: clock.now)
        #expect(!decision.evaluated && decision.actions.isEmpty)
    }

    @Test func buttonsFollowTheMessagesLanguageAndFallBackToTheDefaultOnes() throws {
        let program = try program(Self.shop)
        var english = Conversation(program)
        let menu = try #require(english.send("help please").reply)
        #expect(menu.choices == .buttons([
            ReplyButton(title: "Prices", payload: "PRICES"), ReplyButton(title: "Sizes", payload: "SIZES"),
            ReplyButton(title: "Talk to a person", payload: "Talk to a person"),
        ]), "without -> the payload is the title")
        var spanish = Conversation(program)
        let menú = try #require(spanish.send("necesito ayuda con mi pedido por favor").reply)
        #expect(menú.text == "¿En qué te ayudo?" && menú.choices?.buttons.map(\.title) == ["Precios", "Tallas", "Hablar con alguien"])
        var portuguese = Conversation(program)
        let menu_pt = try #require(portuguese.send("preciso de ajuda com o meu pedido").reply)
        #expect(menu_pt.text == "Como posso ajudar?" && menu_pt.choices?.buttons.map(\.title) == ["Prices", "Sizes", "Talk to a person"])
    }

    @Test func theEmailFromAOneTapButtonIsKeptOnTheContact() throws {
        let program = try program(Self.shop)
        var chat = Conversation(program)
        #expect(chat.send("can I get a receipt?").reply?.choices == .askEmail)
        let answer = chat.send("ana.ruiz@example.com", kind: .postback, payload: "ana.ruiz@example.com")
        #expect(chat.state.email == "ana.ruiz@example.com")
        #expect(answer.reply?.text == "Thanks, we'll write to ana.ruiz@example.com")
        let button = chat.send("Prices", kind: .postback, payload: "PRICES")
        #expect(button.state.email == "ana.ruiz@example.com", "a button payload is not an email")
    }

    @Test func aPhoneNumberFromAOneTapButtonIsKept() throws {
        let program = try program(#"rule "r" on instagram when kind is postback then reply "call {{contact.phone or "?"}}" end"#)
        var chat = Conversation(program)
        #expect(chat.send("+34 600 123 456", kind: .postback, payload: "+34 600 123 456").reply?.text == "call +34 600 123 456")
        var whatsapp = Conversation(program)
        _ = whatsapp.send("hi", channel: .whatsapp)
        #expect(whatsapp.state.phone == nil)
    }

    @Test func aStandbyMessageMarksTheConversationAndIsNotAnswered() throws {
        let program = try program(Self.shop)
        let standby = Message(
            id: "s1", at: clock.now, channel: .instagram, account: "acct", contact: "c1", kind: .text, text: "price?", standby: true)
        let decision = program.evaluate(standby, state: ContactState(), now: clock.now)
        #expect(!decision.evaluated && decision.actions.isEmpty && decision.state.standbySince == clock.now)
        let back = program.evaluate(message("price?", at: clock.now.addingTimeInterval(60)), state: decision.state, now: clock.now.addingTimeInterval(60))
        #expect(back.state.standbySince == nil, "a message on the normal channel means rulesd owns the thread again")
    }

    @Test func aTextWithButtonsIsCutToWhatTheChannelTakesWithThem() throws {
        let program = try program(#"template ask = "{{message.text}}" buttons "Yes", "No"\#nrule "r" on whatsapp when message contains "long" then reply ask end"#)
        var chat = Conversation(program)
        let long = "long " + String(repeating: "a", count: 1400)
        let reply = try #require(chat.send(long, channel: .whatsapp).reply)
        #expect(reply.text.count == 1024 && reply.truncated, "WhatsApp takes 1,024 characters above reply buttons, 4,096 without")
    }

    @Test func noAnswerUnderALiveComment() throws {
        let program = try program(Self.shop)
        let decision = program.evaluate(comment("price?", kind: .liveComment), state: ContactState(), now: clock.now, tracing: .full)
        #expect(!decision.actions.contains { if case .publicReply = $0 { true } else { false } })
        #expect(decision.trace.rules.first { $0.rule == "Comment PRICE" }?.reasons.contains { $0.contains("Instagram allows no answer under a live comment") } == true)
    }

    @Test func theNewStateFieldsSurviveTheStore() throws {
        var state = ContactState()
        state.email = "a@b.co"
        state.phone = "+1 555 0100"
        state.standbySince = Date(timeIntervalSince1970: 1_795_000_000)
        #expect(ContactState(storedJSON: state.storedJSON) == state)
    }
}

/// What `rulesd check` says about comments and buttons: every mistake with how to fix it.
@Suite struct CommentsAndButtonsCheckTests {
    func errors(_ text: String) -> [String] {
        FrontEnd.check([SourceFile(name: "t.rules", text: text)]).diagnostics.filter { $0.message.severity == .error }.map(\.message.text)
    }

    func warnings(_ text: String) -> [String] {
        FrontEnd.check([SourceFile(name: "t.rules", text: text)]).diagnostics.filter { $0.message.severity == .warning }.map(\.message.text)
    }

    @Test func replyPubliclyNeedsOnComments() {
        #expect(errors(#"rule "r" when message contains "x" then reply publicly "hi" end"#).first?.contains("add 'on comments'") == true)
        #expect(errors(#"rule "r" on comments when message contains "x" then reply publicly "hi" end"#).isEmpty)
    }

    @Test func postIsNeedsOnComments() {
        #expect(errors(#"rule "r" on instagram when post is "1" then tag "x" end"#).first?.contains("never sees comments") == true)
    }

    @Test func aPublicReplyIsTextOnly() {
        let text = """
            template menu = "Hi" buttons "A", "B"
            rule "r" on comments when message contains "x" then reply publicly menu end
            """
        #expect(errors(text).first?.contains("can only be text") == true)
    }

    @Test func tooManyButtonsForAChannelARuleMaySendItOn() {
        let eleven = (1...11).map { "\"B\($0)\"" }.joined(separator: ", ")
        let template = "template menu = \"Pick one\" buttons \(eleven)\n"
        #expect(errors(template + #"rule "r" on instagram when message contains "x" then reply menu end"#).isEmpty, "Instagram shows 13")
        let onBoth = errors(template + #"rule "r" when message contains "x" then reply menu end"#)
        #expect(onBoth == [
            "template 'menu' has 11 buttons, and rule \"r\" may send it on WhatsApp, which shows up to 3 buttons, or a list of up to 10; "
                + "keep 10 or fewer, or add 'on instagram' to the rule",
        ])
        let fourteen = (1...14).map { "\"B\($0)\"" }.joined(separator: ", ")
        #expect(errors("template menu = \"Pick\" buttons \(fourteen)\n" + #"rule "r" on instagram when message contains "x" then reply menu end"#)
            .first?.contains("Instagram shows at most 13") == true)
    }

    @Test func titlesLongerThanAChannelShows() {
        let rules = """
            template menu = "Pick" buttons "A title of 21 chars!!" -> "A"
            rule "r" when message contains "x" then reply menu end
            """
        #expect(errors(rules) == [
            "button \"A title of 21 chars!!\" of template 'menu' has 21 characters; Instagram and WhatsApp show at most 20; shorten it",
        ], "one error naming both channels")
        let list = """
            template menu = "Pick" buttons "A", "B", "C", "A row title of 24 char"
            rule "r" on whatsapp when message contains "x" then reply menu end
            """
        #expect(errors(list).isEmpty, "a list row takes 24 characters")
    }

    @Test func emailAndPhoneButtonsAreInstagramOnly() {
        let template = "template ask = \"Your email?\" buttons email\n"
        #expect(errors(template + #"rule "r" on instagram when message contains "x" then reply ask end"#).isEmpty)
        #expect(errors(template + #"rule "Receipt" when message contains "x" then reply ask end"#).first?.contains(
            "only Instagram offers, and rule \"Receipt\" may send it on WhatsApp; add 'on instagram' to that rule") == true)
    }

    @Test func aTranslationsOwnButtonsAreCheckedToo() {
        let rules = """
            template menu = "Pick" buttons "A", "B"
              es "Elige" buttons "A", "B", "C", "D"
            rule "r" on whatsapp when message contains "x" then reply menu end
            """
        #expect(errors(rules).isEmpty, "4 buttons become a WhatsApp list")
        #expect(errors(rules.replacingOccurrences(of: "\"A\", \"B\", \"C\", \"D\"", with: "\"A\", \"A\"")).first?.contains("two buttons are called \"A\"") == true)
    }

    @Test func whatsAppNeedsADifferentPayloadPerButton() {
        let template = #"template ok = "Confirm?" buttons "Sí" -> "OK", "Claro" -> "OK""# + "\n"
        #expect(errors(template + #"rule "r" on instagram when message contains "x" then reply ok end"#).isEmpty)
        #expect(errors(template + #"rule "r" when message contains "x" then reply ok end"#).first?.contains("two buttons send \"OK\"") == true)
    }

    @Test func aMenuAddressWithoutHttpsIsAWarning() {
        #expect(warnings(#"menu "Shop" -> "luna.example/catalog""# + "\n").first?.contains("write \"https://luna.example/catalog\"") == true)
        #expect(warnings(#"menu "Shop" -> "www.luna.example""# + "\n").count == 1)
        #expect(warnings(#"menu "Prices" -> "PRICES", "Ship" -> "ship.options""# + "\n").isEmpty, "a payload with a dot is not an address")
    }

    @Test func misspeltWordsGetOneErrorEach() {
        #expect(errors(#"template g = "x"\#nrule "r" on comments when message contains "x" then reply publically g end"#) == [
            "expected 'publicly' or a template name, found 'publically'; did you mean 'reply publicly'?",
        ])
        #expect(errors(#"rule "r" on coments when post is "1" then reply publicly "x" end"#).count == 1, "no 'add on comments' beside the misspelt one")
    }

    @Test func aLinkNeedsAWebAddress() {
        #expect(errors(#"template t = "x" link "Open" -> "luna.example""# + "\n").first?.contains("write it in full") == true)
        #expect(errors(#"template t = "x" link "Open""# + "\n").first?.contains("-> and the address the link opens") == true)
    }

    @Test func theProfileIsCheckedAgainstInstagramsLimits() {
        #expect(errors(#"ice breakers "A?" -> "A", "B?" -> "B", "C?" -> "C", "D?" -> "D", "E?" -> "E""# + "\n").first?.contains("at most 4 ice breakers") == true)
        #expect(errors(#"ice breakers "Shop?" -> "https://luna.example""# + "\n").first?.contains("cannot open a web address") == true)
        #expect(errors("menu \"A\" -> \"A\"\nmenu \"B\" -> \"B\"\n").first?.contains("defined more than once") == true)
        let result = FrontEnd.check([SourceFile(name: "t.rules", text: #"ice breakers "Prices?" -> "PRICES"\#nmenu "Prices" -> "PRICES", "Shop" -> "https://luna.example""#)])
        #expect(result.ruleSet?.iceBreakers == [ReplyButton(title: "Prices?", payload: "PRICES")])
        #expect(result.ruleSet?.menu.last?.isLink == true)
    }

    @Test func kindsACommentRuleCanNeverSee() {
        #expect(warnings(#"rule "r" on comments when kind is text then tag "x" end"#).first?.contains("sees only comments") == true)
        #expect(warnings(#"rule "r" when kind is comment then tag "x" end"#).first?.contains("only rules that say 'on comments'") == true)
        #expect(warnings(#"rule "r" on instagram when kind is comment then tag "x" end"#).first?.contains("write 'on comments' instead of 'on instagram'") == true)
        #expect(warnings(#"rule "r" on comments when channel is instagram and kind is live_comment then tag "x" end"#).isEmpty)
    }

    @Test func listButtonIsAShortText() {
        #expect(errors(#"option list_button = "Menu""# + "\n").isEmpty)
        #expect(errors(#"option list_button = "A button text far too long""# + "\n").first?.contains("at most 20 characters") == true)
    }
}
