import Engine
import Foundation
import RulesDSL
import Testing

@Suite struct ConditionTests {
    /// Whether a one-rule program fires on a message.
    func fires(_ condition: String, _ message: Message, state: ContactState = ContactState(), scorer: any SentimentScorer = FixedScorer(value: 0), extra: String = "") throws -> Bool {
        let program = try program("\(extra)\nrule \"r\" when \(condition) then tag \"t\" end", scorer: scorer)
        return program.evaluate(message, state: state, now: message.at).firedRules == ["r"]
    }

    let now = ManualClock().now

    @Test func firstContact() throws {
        #expect(try fires("first contact", message("hi", at: now)))
        var seen = ContactState()
        seen.messageCount = 1
        #expect(try !fires("first contact", message("hi", at: now), state: seen))
    }

    @Test func containsSingleAnyAll() throws {
        #expect(try fires("message contains \"price\"", message("The Price?", at: now)))
        #expect(try fires("message contains any \"x\", \"price\"", message("price", at: now)))
        #expect(try fires("message contains all \"price\", \"dress\"", message("dress price", at: now)))
        #expect(try !fires("message contains all \"price\", \"dress\"", message("price", at: now)))
    }

    @Test func matchesRegex() throws {
        #expect(try fires("message matches /order\\s*#?\\d{4,}/i", message("ORDER #12345", at: now)))
        #expect(try !fires("message matches /order\\s*#?\\d{4,}/", message("ORDER #12345", at: now)))
    }

    @Test func messageIsComparesNormalizedText() throws {
        #expect(try fires("message is \"thanks\"", message("  Thanks!! ", at: now)))
        #expect(try !fires("message is \"thanks\"", message("thanks a lot", at: now)))
    }

    @Test(arguments: [("<", -0.6, true), ("<", -0.5, false), ("<=", -0.5, true), (">", 0.3, true), (">=", 0.2, true), (">", 0.2, false)])
    func sentimentComparisons(_ op: String, _ score: Double, _ expected: Bool) throws {
        let threshold = op.hasPrefix("<") ? "-0.5" : "0.2"
        #expect(try fires("sentiment \(op) \(threshold)", message("x", at: now), scorer: FixedScorer(value: score)) == expected)
    }

    @Test func channelKindAndPayload() throws {
        #expect(try fires("channel is whatsapp", message("x", at: now, channel: .whatsapp)))
        #expect(try !fires("channel is whatsapp", message("x", at: now)))
        #expect(try fires("kind is story_reply", message("x", at: now, kind: .storyReply)))
        #expect(try fires("payload is \"RESERVE_M\"", message("Reserve", at: now, kind: .postback, payload: "RESERVE_M")))
        #expect(try !fires("payload is \"RESERVE_M\"", message("RESERVE_M", at: now)))
    }

    @Test func taggedAndContactMessages() throws {
        var state = ContactState()
        state.tags = ["vip"]
        state.messageCount = 2
        #expect(try fires("tagged \"vip\"", message("x", at: now), state: state))
        #expect(try fires("contact messages >= 3", message("x", at: now), state: state))
        #expect(try !fires("contact messages > 3", message("x", at: now), state: state))
    }

    @Test func withinAndOutsideHours() throws {
        let hours = "hours open = mon-fri 09:00-18:00 in \"Europe/Madrid\""
        let tuesdayMorning = Timestamps.parseISO8601("2026-11-24T10:00:00Z")!  // 11:00 Madrid
        let tuesdayNight = Timestamps.parseISO8601("2026-11-24T20:00:00Z")!  // 21:00 Madrid
        #expect(try fires("within open", message("x", at: tuesdayMorning), extra: hours))
        #expect(try fires("outside open", message("x", at: tuesdayNight), extra: hours))
        #expect(try !fires("outside open", message("x", at: tuesdayMorning), extra: hours))
    }

    @Test func booleanCombinations() throws {
        #expect(try fires("true", message("x", at: now)))
        #expect(try fires("not tagged \"vip\" and (message contains \"a\" or message contains \"b\")", message("b", at: now)))
        #expect(try !fires("not true or message contains \"zzz\"", message("b", at: now)))
    }
}

/// Serve evaluates without a trace, and then `contains` is decided from the message's few matches instead
/// of the rule's keyword list; dry-run builds a trace and reads the list in order. Both must agree.
@Suite struct UntracedContainsTests {
    @Test func containsDecidesAlikeWithAndWithoutATrace() throws {
        let many = (0..<300).map { "\"word\($0)\"" }.joined(separator: ", ")
        let rules = try program(
            """
            rule "many" when message contains any \(many) then tag "many" end
            rule "all" when message contains all "price", "envío" then tag "all" end
            rule "alike" when message contains all "Café", "cafe", "CAFÉ" then tag "alike" end
            rule "one" when message contains "how much" and not message contains any "word7", "free" then tag "one" end
            """)
        let at = ManualClock().now
        let texts = [
            "word299 please", "WORD7 and word8", "price and envio?", "price only", "envío only", "café", "how much is it",
            "how much for word7", "how much, free?", "nothing at all", "word3000", "price envío word1 how much café",
        ]
        for text in texts {
            let customer = message(text, at: at)
            let untraced = rules.evaluate(customer, state: ContactState(), now: at, tracing: .none)
            let traced = rules.evaluate(customer, state: ContactState(), now: at, tracing: .full)
            #expect(untraced.firedRules == traced.firedRules, "\(text)")
        }
        let everything = rules.evaluate(message("price envío word1 how much café", at: at), state: ContactState(), now: at, tracing: .none)
        #expect(everything.firedRules == ["many", "all", "alike", "one"])
        #expect(rules.evaluate(message("how much for word7", at: at), state: ContactState(), now: at, tracing: .none).firedRules == ["many"])
    }
}

@Suite struct EvaluationOrderTests {
    @Test func priorityThenFileOrderAndOneReplyPerMessage() throws {
        let program = try program("""
            rule "low" when true then reply "low" end
            rule "high" priority 5 when true then reply "high" end
            rule "also low" when true then tag "seen" end
            """)
        var chat = Conversation(program)
        let decision = chat.send("hello")
        #expect(decision.firedRules == ["high", "low", "also low"])
        #expect(decision.reply?.text == "high")
        let low = decision.trace.rules.first { $0.rule == "low" }
        #expect(low?.reasons.last == "reply text not sent: rule \"high\" already replied to this message")
    }

    @Test func stopEndsEvaluation() throws {
        let program = try program("""
            rule "first" priority 1 when message contains "refund" then tag "a" stop end
            rule "second" when true then tag "b" end
            """)
        var chat = Conversation(program)
        let decision = chat.send("refund please")
        #expect(decision.firedRules == ["first"])
        #expect(decision.trace.rules.last?.reasons == ["not reached: rule \"first\" stopped"])
        #expect(chat.send("hello").firedRules == ["second"])
    }

    @Test func cooldownIsPerContactAndPerRule() throws {
        let program = try program("rule \"price\" cooldown 12h when message contains \"price\" then reply \"see catalog\" end")
        var ana = Conversation(program)
        #expect(ana.send("price?").reply != nil)
        ana.clock.advance(.seconds(3600))
        let blocked = ana.send("price again?")
        #expect(blocked.firedRules.isEmpty)
        #expect(blocked.trace.rules[0].reasons == ["cooldown running until 2026-11-24T22:00:00Z"])
        var bruno = Conversation(program)
        bruno.clock = ana.clock
        #expect(bruno.send("price?").reply != nil, "another contact is not affected")
        ana.clock.advance(.seconds(11 * 3600))
        #expect(ana.send("price now?").reply != nil, "the cooldown has run out")
    }

    /// A seller who removes a rule's cooldown (rules are reloaded while serving) expects it to fire again
    /// at once, even for contacts whose state still holds the old cooldown.
    @Test func aRuleWhoseCooldownWasRemovedIsNotHeldBackByIt() throws {
        let before = try program(#"rule "price" cooldown 12h when message contains "price" then reply "10€" end"#)
        var chat = Conversation(before)
        #expect(chat.send("price?").reply != nil)
        #expect(chat.send("price again?").reply == nil, "the cooldown runs")
        var reloaded = Conversation(try program(#"rule "price" when message contains "price" then reply "10€" end"#))
        reloaded.state = chat.state
        reloaded.clock = chat.clock
        let after = reloaded.send("and now?  price?")
        #expect(after.reply?.text == "10€")
        #expect(after.firedRules == ["price"])
    }

    @Test func cooldownsThatRanOutLeaveTheStateAndRunningOnesStay() throws {
        let program = try program("""
            rule "short" cooldown 1h when message contains "price" then tag "p" end
            rule "long" cooldown 12h when message contains "price" then tag "q" end
            rule "other" cooldown 1h when message contains "size" then tag "s" end
            """)
        var chat = Conversation(program)
        _ = chat.send("price and size?")
        #expect(Set(chat.state.cooldowns.keys) == ["short", "long", "other"])
        chat.clock.advance(.seconds(2 * 3600))
        let later = chat.send("hello")
        #expect(later.state.cooldowns.keys.sorted() == ["long"])
        #expect(later.state.cooldowns["long"] == Timestamps.parseISO8601("2026-11-24T22:00:00Z"))
    }

    @Test func manyCooldownsRunningOutAtOnceAllLeaveTheState() throws {
        // More than a few expire together: they go by one filter rather than one by one.
        let rules = (1...6).map { "rule \"r\($0)\" cooldown 1h when message contains \"price\" then tag \"t\($0)\" end" }
        let program = try program((rules + ["rule \"long\" cooldown 12h when message contains \"price\" then tag \"l\" end"]).joined(separator: "\n"))
        var chat = Conversation(program)
        _ = chat.send("price?")
        #expect(chat.state.cooldowns.count == 7)
        chat.clock.advance(.seconds(2 * 3600))
        #expect(chat.send("hello").state.cooldowns.keys.sorted() == ["long"])
    }

    @Test func pauseBlocksRepliesButNotTagsOrForwards() throws {
        let program = try program("""
            endpoint crm = "https://crm.example/h"
            rule "angry" priority 9 when message contains "refund" then reply "sorry" pause 24h stop end
            rule "any" when true then reply "hello" tag "seen" forward to crm end
            """)
        var chat = Conversation(program)
        #expect(chat.send("refund!").reply?.text == "sorry")
        chat.clock.advance(.seconds(60))
        let paused = chat.send("hello?")
        #expect(paused.reply == nil)
        #expect(paused.actions == [.tag("seen", rule: "any"), .forward(endpoint: "crm", rule: "any")])
        #expect(paused.trace.rules.last?.reasons.last == "reply text not sent: automatic replies to this contact are paused until 2026-11-25T10:00:00Z")
        chat.clock.advance(.seconds(24 * 3600))
        #expect(chat.send("hello again").reply?.text == "hello")
    }

    @Test func sellersOwnMessageStartsTakeover() throws {
        let program = try program("option takeover = 2h\nrule \"any\" when true then reply \"auto\" end")
        var chat = Conversation(program)
        let echo = chat.send("I'll help you myself", kind: .echo)
        #expect(!echo.evaluated)
        #expect(echo.firedRules.isEmpty)
        #expect(echo.state.pausedUntil == chat.clock.now.addingTimeInterval(7200))
        chat.clock.advance(.seconds(3600))
        #expect(chat.send("thanks").reply == nil)
        chat.clock.advance(.seconds(3601))
        #expect(chat.send("thanks").reply?.text == "auto")
    }

    @Test func takeoverOffIgnoresTheSeller() throws {
        let program = try program("option takeover = off\nrule \"any\" when true then reply \"auto\" end")
        var chat = Conversation(program)
        chat.send("me", from: .business)
        #expect(chat.send("hi").reply?.text == "auto")
    }

    @Test func maxRepliesCapsAutomaticReplies() throws {
        let program = try program("option max_replies = 2 per 1h\nrule \"any\" when true then reply \"auto\" tag \"t\" end")
        var chat = Conversation(program)
        #expect(chat.send("1").reply != nil)
        #expect(chat.send("2").reply != nil)
        let capped = chat.send("3")
        #expect(capped.reply == nil)
        #expect(capped.actions == [.tag("t", rule: "any")])
        chat.clock.advance(.seconds(3601))
        #expect(chat.send("4").reply != nil)
    }

    @Test(arguments: [MessageKind.reaction, .read, .status, .deleted])
    func nonCustomerKindsNeverFireAndChangeNothing(_ kind: MessageKind) throws {
        let program = try program("rule \"any\" when true then reply \"auto\" end")
        var chat = Conversation(program)
        let decision = chat.send("❤️", kind: kind)
        #expect(!decision.evaluated)
        #expect(decision.actions.isEmpty)
        #expect(decision.state == ContactState())
    }

    @Test func standbyMessagesAreKeptButNotAnswered() throws {
        let program = try program("rule \"any\" when true then reply \"auto\" end")
        var incoming = message("hi", at: ManualClock().now)
        incoming.standby = true
        #expect(!program.evaluate(incoming, state: ContactState(), now: incoming.at).evaluated)
    }

    @Test func stateCountsMessagesAndRemembersNames() throws {
        let program = try program("rule \"any\" when true then tag \"t\" end")
        var chat = Conversation(program)
        chat.send("a", name: "Ana")
        let second = chat.send("b")
        #expect(second.state.messageCount == 2)
        #expect(second.state.name == "Ana")
        #expect(second.state.firstSeen == ManualClock().now)
    }

    @Test func sameInputsGiveTheSameDecision() throws {
        let program = try program("template t = one of \"a\", \"b\", \"c\"\nrule \"r\" when true then reply t end")
        let incoming = message("hello", at: ManualClock().now, id: "fixed-id")
        let first = program.evaluate(incoming, state: ContactState(), now: incoming.at)
        for _ in 0..<5 { #expect(program.evaluate(incoming, state: ContactState(), now: incoming.at) == first) }
    }
}

@Suite struct TemplateTests {
    @Test func variablesAndFallbacks() throws {
        let program = try program("""
            set shop = "Luna"
            template hi = "Hi {{contact.name or contact.username or "there"}} from {{shop}} on {{channel}}: {{message.text}} ({{contact.id}})"
            rule "r" when true then reply hi end
            """)
        var chat = Conversation(program)
        #expect(chat.send("hello").reply?.text == "Hi there from Luna on instagram: hello (c1)")
        #expect(chat.send("again", name: "Ana").reply?.text == "Hi Ana from Luna on instagram: again (c1)")
    }

    @Test func oneOfPicksByMessageIDDeterministically() throws {
        let program = try program("template t = one of \"a\", \"b\", \"c\"\nrule \"r\" when true then reply t end")
        var seen = Set<String>()
        for index in 0..<40 {
            let incoming = message("x", at: ManualClock().now, id: "id-\(index)")
            let text = try #require(program.evaluate(incoming, state: ContactState(), now: incoming.at).reply?.text)
            let again = program.evaluate(incoming, state: ContactState(), now: incoming.at).reply?.text
            #expect(text == again)
            seen.insert(text)
        }
        #expect(seen == ["a", "b", "c"], "every variant gets picked for some id")
    }

    @Test func longRepliesAreCutOnACharacterBoundary() throws {
        let long = String(repeating: "👍🏽", count: 1200)
        let program = try program("rule \"r\" when true then reply \"\(long)\" end")
        var chat = Conversation(program)
        let decision = chat.send("x")
        let reply = try #require(decision.reply)
        #expect(reply.truncated)
        #expect(reply.text.count == 1000)
        #expect(reply.text.allSatisfy { $0 == "👍🏽" }, "no emoji is split from its skin tone")
        #expect(decision.trace.rules[0].reasons.contains("reply cut from 1200 to 1000 characters, the instagram limit"))
        let whatsapp = chat.send("x", channel: .whatsapp)
        #expect(whatsapp.reply?.truncated == false)
    }
}

@Suite struct TraceTests {
    @Test func matchPositionsCountCharactersNotBytes() throws {
        let program = try program("rule \"price\" when message contains \"price\" then tag \"p\" end")
        var chat = Conversation(program)
        #expect(chat.send("the price").trace.rules.first?.reasons == ["\"price\" matched \"price\" at character 5"])
        // "é" is two bytes and "👍🏽" eight; "\r\n" is one character.
        #expect(chat.send("café 👍🏽 PRICE").trace.rules.first?.reasons == ["\"price\" matched \"PRICE\" at character 8"])
        #expect(chat.send("hi\r\nprice").trace.rules.first?.reasons == ["\"price\" matched \"price\" at character 4"])
    }

    @Test func tracesSayWhyForEveryRule() throws {
        let program = try program("""
            rule "price" when message contains any "price", "cost*" then reply "p" end
            rule "angry" when sentiment < -0.5 then tag "a" end
            rule "vip" when tagged "vip" and message contains "price" then tag "b" end
            """, scorer: FixedScorer(value: -0.75))
        var chat = Conversation(program)
        let decision = chat.send("What does it cost? 💸")
        let byRule = Dictionary(uniqueKeysWithValues: decision.trace.rules.map { ($0.rule, $0) })
        #expect(byRule["price"]?.fired == true)
        #expect(byRule["price"]?.reasons == ["\"cost*\" matched \"cost\" at character 14"])
        #expect(byRule["angry"]?.reasons == ["sentiment -0.7500 < -0.5"])
        #expect(byRule["vip"]?.fired == false)
        #expect(byRule["vip"]?.reasons == ["\"price\" does not appear"])
        #expect(decision.trace.notes.contains("sentiment score -0.7500"))
    }

    @Test func catastrophicRegexIsNoMatchWithANote() throws {
        let program = try program("rule \"r\" when message matches /(a+)+$/ then tag \"x\" end")
        var chat = Conversation(program)
        let decision = chat.send(String(repeating: "a", count: 3000) + "!")
        #expect(decision.firedRules.isEmpty)
        #expect(decision.trace.rules[0].reasons.first?.contains("gave up") == true)
    }
}
