import Engine
import Foundation
import RulesDSL
import Testing

/// Issue 28: what a live shop saw go wrong, replayed through the engine message by message.
@Suite struct LiveBehaviourTests {
    static let shop = """
        hours open = mon-fri 09:00-18:00, sat 10:00-14:00 in "Europe/Madrid"
        template price = "All our prices are in the catalog"
        template closed = "We're closed right now; we open {{hours.open.next}}."
        rule "Price questions" when message contains "price" then reply price end
        rule "After hours" priority -10 when outside open then reply closed end
        """

    @Test func aDeliveryStatusOfTheBotsOwnReplyIsNotTheShopTakingOver() throws {
        var chat = Conversation(try program(Self.shop))
        #expect(chat.send("price?", channel: .whatsapp).reply != nil)
        chat.clock.advance(.seconds(5))
        for status in ["sent", "delivered", "read"] {
            let decision = chat.send(status, kind: .status, channel: .whatsapp, from: .business, id: "status:W:\(status)")
            #expect(!decision.evaluated)
            #expect(decision.trace.notes.contains { $0.hasPrefix("delivery status") }, "\(decision.trace.notes)")
        }
        #expect(chat.state.pausedUntil == nil, "a status must not pause the contact")
        #expect(chat.state.messageCount == 1, "a status is not a message of the contact's")
        chat.clock.advance(.seconds(60))
        #expect(chat.send("and the price of the blue one?", channel: .whatsapp).reply?.template == "price")
    }

    @Test func theShopsOwnMessageStillStartsTakeover() throws {
        var chat = Conversation(try program(Self.shop))
        chat.send("price?", channel: .whatsapp)
        chat.send("I'll send you photos", kind: .echo, channel: .whatsapp, from: .business)
        #expect(chat.state.pausedUntil != nil)
        #expect(chat.send("price of the red one?", channel: .whatsapp).reply == nil)
    }

    @Test func aReactionTheSellerSendsIsAPersonInTheConversation() throws {
        var chat = Conversation(try program(Self.shop))
        chat.send("price?")
        chat.send("❤️", kind: .reaction, from: .business)
        #expect(chat.state.pausedUntil != nil)
        var other = Conversation(try program(Self.shop))
        other.send("price?")
        other.send(nil, kind: .read)
        #expect(other.state.pausedUntil == nil, "the customer reading the reply is no takeover")
    }

    // MARK: Cooldowns

    static let cooldowns = """
        template welcome = "Welcome!"
        template shipping = "We ship in 24h."
        rule "Welcome" priority 10 when first contact then reply welcome end
        rule "Shipping" cooldown 1d when message contains "deliver" then
          reply shipping
          tag "asked-shipping"
        end
        rule "Noted" cooldown 1d when message contains "deliver" then tag "noted" end
        """

    @Test func aRuleWhoseReplyWasNotSentStartsNoCooldown() throws {
        var chat = Conversation(try program(Self.cooldowns))
        let first = chat.send("hi! do you deliver?")
        #expect(first.replies.map(\.template) == ["welcome"])
        #expect(first.firedRules == ["Welcome", "Shipping", "Noted"])
        #expect(first.state.tags.contains("asked-shipping"), "its tags still happen")
        let shipping = try #require(first.trace.rules.first { $0.rule == "Shipping" })
        #expect(shipping.reasons.contains("cooldown not started: its reply was not sent"), "\(shipping.reasons)")
        #expect(chat.state.cooldowns["Shipping"] == nil)
        #expect(chat.state.cooldowns["Noted"] != nil, "a rule without a reply starts its cooldown as before")

        chat.clock.advance(.seconds(300))
        let second = chat.send("do you deliver on Sundays?")
        #expect(second.replies.map(\.template) == ["shipping"], "the unanswered question is answered now")
        #expect(chat.state.cooldowns["Shipping"] != nil, "heard: its cooldown runs")
        chat.clock.advance(.seconds(300))
        #expect(chat.send("deliver to Porto?").reply == nil)
    }

    @Test func aPausedContactStartsNoCooldown() throws {
        var chat = Conversation(try program(Self.cooldowns))
        chat.send("hello")
        chat.send("I'm on it", kind: .echo, from: .business)
        chat.clock.advance(.seconds(60))
        #expect(chat.send("do you deliver?").reply == nil)
        #expect(chat.state.cooldowns["Shipping"] == nil)
        chat.clock.advance(.seconds(2 * 3600))
        #expect(chat.send("so do you deliver?").reply?.template == "shipping")
    }

    @Test func aReplyAfterTheMessagingWindowIsHeldBackAndStartsNoCooldown() throws {
        let program = try program(Self.cooldowns)
        let clock = ManualClock()
        var state = ContactState()
        state.messageCount = 3
        let late = message("do you deliver?", at: clock.now)
        let decision = program.evaluate(late, state: state, now: clock.now.addingTimeInterval(25 * 3600))
        #expect(decision.reply == nil)
        let shipping = try #require(decision.trace.rules.first { $0.rule == "Shipping" })
        #expect(shipping.reasons.contains { $0.contains("24-hour messaging window closed") }, "\(shipping.reasons)")
        #expect(decision.state.cooldowns["Shipping"] == nil)
    }

    // MARK: Several replies

    @Test func aPriceQuestionAfterHoursGetsThePriceAndTheClosedNotice() throws {
        let text = "option replies_per_message = 2\noption max_replies = 3 per 1h\n" + Self.shop
        var chat = Conversation(try program(text))
        chat.clock.now = Timestamps.parseISO8601("2026-11-28T19:00:00Z")!  // Saturday 20:00 in Madrid
        let first = chat.send("price?")
        #expect(first.replies.map(\.template) == ["price", "closed"], "rule order: the answer, then the closed notice")
        #expect(first.replies.last?.text == "We're closed right now; we open Monday at 09:00.")
        chat.clock.advance(.seconds(60))
        let second = chat.send("price of the hat?")
        #expect(second.replies.map(\.template) == ["price"], "max_replies counts each reply: 3 in the hour")
        let closed = try #require(second.trace.rules.first { $0.rule == "After hours" })
        #expect(closed.reasons.contains { $0.contains("max_replies reached") })
    }

    @Test func oneReplyPerMessageStaysTheDefault() throws {
        var chat = Conversation(try program(Self.shop))
        chat.clock.now = Timestamps.parseISO8601("2026-11-28T19:00:00Z")!
        let decision = chat.send("price?")
        #expect(decision.replies.map(\.template) == ["price"])
        let closed = try #require(decision.trace.rules.first { $0.rule == "After hours" })
        #expect(closed.reasons.contains("reply closed not sent: rule \"Price questions\" already replied to this message"))
    }

    @Test func aRuleAnswersOnceEvenWithRoomForMore() throws {
        let text = """
            option replies_per_message = 3
            rule "Twice" when true then
              reply "one"
              reply "two"
            end
            """
        var chat = Conversation(try program(text))
        let decision = chat.send("hi")
        #expect(decision.replies.map(\.text) == ["one"])
    }

    @Test(arguments: ["0", "6", "1.5", "\"two\"", "2h"])
    func repliesPerMessageTakesAWholeNumberFromOneToFive(_ value: String) {
        let result = FrontEnd.check([SourceFile(name: "t.rules", text: "option replies_per_message = \(value)\n")])
        #expect(result.diagnostics.map(\.message.text).contains("option 'replies_per_message' takes a whole number from 1 to 5 (how many rules may answer one message)"))
    }

    // MARK: Variables

    @Test func firstNameIsTheFirstWordOfTheName() {
        #expect(FirstName.of("Ana María López") == "Ana")
        #expect(FirstName.of("  🌸 Lucía Gómez") == "Lucía")
        #expect(FirstName.of("josé.") == "josé")
        #expect(FirstName.of("🌸🌸") == nil)
        #expect(FirstName.of(nil) == nil)
    }

    @Test func contactFirstNameInAReplyWithItsFallback() throws {
        let program = try program(#"rule "hi" when true then reply "Hi {{contact.first_name or "there"}}!" end"#)
        var named = Conversation(program)
        #expect(named.send("hello", name: "Ana María López").reply?.text == "Hi Ana!")
        var anonymous = Conversation(program)
        #expect(anonymous.send("hello").reply?.text == "Hi there!")
    }

    @Test func hoursReadAsACustomerReadsThem() throws {
        let text = """
            hours open = mon-fri 09:00-13:00, mon-fri 16:00-20:00, sat 10:00-14:00 in "Europe/Madrid"
            hours weekend = fri-mon 22:00-02:00 in "Europe/Madrid"
            hours always = mon-sun 00:00-23:59 in "UTC"
            rule "r" when true then reply "{{hours.open}} | {{hours.weekend}} | {{hours.always}}" end
            """
        var chat = Conversation(try program(text))
        #expect(chat.send("when?").reply?.text == "Mon-Fri 09:00-13:00 and 16:00-20:00, Sat 10:00-14:00 | Fri-Mon 22:00-02:00 | every day 00:00-23:59")
    }

    @Test(arguments: [
        ("2026-11-24T06:00:00Z", "today at 09:00"),  // Tuesday 07:00 in Madrid
        ("2026-11-24T10:00:00Z", "today at 16:00"),  // Tuesday 11:00: open, next opening in the afternoon
        ("2026-11-24T20:00:00Z", "tomorrow at 09:00"),  // Tuesday 21:00
        ("2026-11-27T20:00:00Z", "tomorrow at 10:00"),  // Friday 21:00: Saturday's hours
        ("2026-11-28T19:00:00Z", "Monday at 09:00"),  // Saturday 20:00
    ])
    func nextOpeningInTheBlocksZone(_ at: String, _ expected: String) throws {
        let text = """
            hours open = mon-fri 09:00-13:00, mon-fri 16:00-20:00, sat 10:00-14:00 in "Europe/Madrid"
            rule "r" when true then reply "{{hours.open.next}}" end
            """
        let program = try program(text)
        let instant = try #require(Timestamps.parseISO8601(at))
        #expect(program.evaluate(message("x", at: instant), state: ContactState(), now: instant).reply?.text == expected)
    }

    @Test func midnightClosesAt2400() throws {
        let text = """
            hours late = sat 18:00-24:00 in "UTC"
            rule "r" when true then reply "{{hours.late}}" end
            """
        var chat = Conversation(try program(text))
        #expect(chat.send("when?").reply?.text == "Sat 18:00-24:00")
    }

    @Test func aBlockOpenOnOneDayNamesItsDay() throws {
        let madrid = try #require(TimeZone(identifier: "Europe/Madrid"))
        let mondays = OpeningHours(name: "m", timeZone: madrid, spans: [.init(days: [1], opens: 9 * 60, closes: 12 * 60)])
        #expect(mondays.nextOpening(after: try #require(Timestamps.parseISO8601("2026-11-25T10:00:00Z"))) == "Monday at 09:00")
        #expect(mondays.nextOpening(after: try #require(Timestamps.parseISO8601("2026-11-23T10:00:00Z"))) == "next Monday at 09:00")
        #expect(OpeningHours(name: "none", timeZone: madrid, spans: []).nextOpening(after: Date()) == nil)
    }

    @Test func nextOpeningInstantCrossesADaylightSavingChange() throws {
        let madrid = try #require(TimeZone(identifier: "Europe/Madrid"))
        let hours = OpeningHours(name: "open", timeZone: madrid, spans: [.init(days: [1], opens: 9 * 60, closes: 18 * 60)])
        // Saturday 2026-03-28 20:00 in Madrid (UTC+1); clocks go forward that night; Monday 09:00 is UTC+2.
        let saturday = try #require(Timestamps.parseISO8601("2026-03-28T19:00:00Z"))
        #expect(hours.nextOpeningInstant(after: saturday) == Timestamps.parseISO8601("2026-03-30T07:00:00Z"))
    }

    @Test func unknownVariablesStayCheckTimeErrors() {
        let text = """
            hours open = mon-fri 09:00-18:00 in "Europe/Madrid"
            rule "r" when true then reply "{{hours.opne}} {{hours.open.nxt}} {{contact.firstname}}" end
            """
        let messages = FrontEnd.check([SourceFile(name: "t.rules", text: text)]).diagnostics.map(\.message.text)
        #expect(messages.count == 3, "\(messages)")
        #expect(messages.contains { $0.contains("hours.opne") && $0.contains("hours.open") })
        #expect(messages.contains { $0.contains("contact.firstname") && $0.contains("contact.first_name") })
    }

    // MARK: Imported contacts

    @Test func anImportedContactIsNotAFirstContact() throws {
        let program = try program(#"rule "Welcome" when first contact then reply "Welcome!" end"#)
        var imported = Conversation(program)
        imported.state.importedAt = imported.clock.now.addingTimeInterval(-86_400)
        imported.state.tags = ["regular"]
        #expect(imported.send("hi").firedRules.isEmpty)
        var stranger = Conversation(program)
        #expect(stranger.send("hi").firedRules == ["Welcome"])
    }

    @Test func theImportMarkSurvivesTheStore() throws {
        var state = ContactState()
        state.importedAt = Date(timeIntervalSince1970: 1_795_000_000)
        state.tags = ["vip"]
        let decoded = try #require(ContactState(storedJSON: state.storedJSON))
        #expect(decoded == state)
        #expect(!decoded.isNew)
    }
}
