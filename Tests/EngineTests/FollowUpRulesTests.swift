import Engine
import Foundation
import RulesDSL
import Testing

/// LANGUAGE.md version 2, "Follow-ups": declared with their own condition and actions, scheduled by
/// `follow up "NAME"`, and fired later on the contact as it is then.
@Suite struct FollowUpRulesTests {
    static let shop = """
        hours open = mon-sun 09:00-20:00 in "Europe/Madrid"
        template price = "All our prices are in the catalog"
        template nudge = "Still thinking about the dress? I can hold one for you."
        template reengage = whatsapp "cart_reminder" language "es" with "{{contact.first_name or "hola"}}"
        template last_call = "Your cart is waiting!"

        followup "Nudge" after 2h
          when not tagged "ordered" and within open
          then reply nudge else reengage
        end

        followup "Before the window closes" before window closes 1h keep
          when tagged "cart-open"
          then reply last_call
        end

        followup "Ask about the dress" after 1d
          when message contains "dress"
          then tag "asked-dress"
        end

        rule "Price questions"
          when message contains any "price", "how much"
          then
            reply price
            follow up "Nudge"
            follow up "Before the window closes"
            follow up "Ask about the dress"
        end
        rule "Ordered" when message contains "ordered" then tag "ordered" end
        """

    func errors(_ text: String) -> [String] {
        FrontEnd.check([SourceFile(name: "t.rules", text: text)]).diagnostics.filter { $0.message.severity == .error }.map(\.message.text)
    }

    func warnings(_ text: String) -> [String] {
        FrontEnd.check([SourceFile(name: "t.rules", text: text)]).diagnostics.filter { $0.message.severity == .warning }.map(\.message.text)
    }

    @Test func aRuleSchedulesItsFollowUpsAtTheirTime() throws {
        let program = try program(Self.shop)
        var chat = Conversation(program)
        let decision = chat.send("how much is the linen dress?")
        let scheduled = decision.actions.compactMap { action -> (String, Date, Bool)? in
            if case .followUp(let name, let due, let keep, _) = action { (name, due, keep) } else { nil }
        }
        #expect(scheduled.map(\.0) == ["Nudge", "Before the window closes", "Ask about the dress"])
        #expect(scheduled[0].1 == chat.clock.now.addingTimeInterval(2 * 3600) && !scheduled[0].2)
        #expect(scheduled[1].1 == chat.clock.now.addingTimeInterval(23 * 3600) && scheduled[1].2, "an hour before the 24-hour window closes")
    }

    @Test func aDueFollowUpIsCheckedOnTheContactAsItIsThen() throws {
        let program = try program(Self.shop)
        var chat = Conversation(program)
        let asking = message("how much is the linen dress?", at: chat.clock.now, channel: .whatsapp, name: "Lucía Gómez")
        let first = program.evaluate(asking, state: ContactState(), now: asking.at)
        let later = asking.at.addingTimeInterval(2 * 3600)
        let nudge = program.fireFollowUp("Nudge", scheduledBy: asking, state: first.state, now: later)
        #expect(nudge.firedRules == ["Nudge"] && nudge.reply?.text == "Still thinking about the dress? I can hold one for you.")
        // Tagged "ordered" meanwhile: it does not fire, and says why.
        var ordered = first.state
        ordered.tags.insert("ordered")
        let skipped = program.fireFollowUp("Nudge", scheduledBy: asking, state: ordered, now: later)
        #expect(skipped.firedRules.isEmpty && skipped.trace.rules.first?.reasons.contains("tagged \"ordered\"") == true, "\(skipped.trace)")
        // Hours are read then: 23:00 in Madrid is outside `open`.
        let night = program.fireFollowUp("Nudge", scheduledBy: asking, state: first.state, now: Timestamps.parseISO8601("2026-11-24T22:00:00Z")!)
        #expect(night.firedRules.isEmpty)
        // `message ...` looks at the message that scheduled it.
        #expect(program.fireFollowUp("Ask about the dress", scheduledBy: asking, state: first.state, now: later).state.tags.contains("asked-dress"))
        chat.clock.advance(.seconds(1))
    }

    @Test func afterTheWindowTheApprovedTemplateOnWhatsAppAndNothingOnInstagram() throws {
        let program = try program(Self.shop)
        let asking = message("how much is the linen dress?", at: ManualClock().now, channel: .whatsapp, name: "Lucía Gómez")
        let first = program.evaluate(asking, state: ContactState(), now: asking.at)
        let nextDay = asking.at.addingTimeInterval(26 * 3600)
        let whatsapp = program.fireFollowUp("Nudge", scheduledBy: asking, state: first.state, now: nextDay)
        #expect(whatsapp.reply?.whatsappTemplate?.name == "cart_reminder" && whatsapp.reply?.whatsappTemplate?.parameters.first?.text == "Lucía")
        var instagramMessage = asking
        instagramMessage.channel = .instagram
        let instagram = program.fireFollowUp("Nudge", scheduledBy: instagramMessage, state: first.state, now: nextDay)
        #expect(instagram.firedRules == ["Nudge"] && instagram.reply == nil)
        #expect(instagram.trace.rules.first?.reasons.contains { $0.contains("24-hour messaging window closed") } == true)
    }

    @Test func aPausedContactGetsNoFollowUpReplyAndTheReasonIsKept() throws {
        let program = try program(Self.shop)
        let asking = message("how much?", at: ManualClock().now, channel: .whatsapp)
        var state = program.evaluate(asking, state: ContactState(), now: asking.at).state
        state.pausedUntil = asking.at.addingTimeInterval(5 * 3600)
        let nudge = program.fireFollowUp("Nudge", scheduledBy: asking, state: state, now: asking.at.addingTimeInterval(2 * 3600))
        #expect(nudge.reply == nil && nudge.trace.rules.first?.reasons.contains { $0.contains("paused until") } == true)
    }

    @Test func noFollowUpWhileAnotherAppOwnsTheConversation() throws {
        let program = try program(Self.shop)
        let asking = message("how much?", at: ManualClock().now, channel: .whatsapp)
        var state = program.evaluate(asking, state: ContactState(), now: asking.at).state
        state.standbySince = asking.at.addingTimeInterval(60)
        let nudge = program.fireFollowUp("Nudge", scheduledBy: asking, state: state, now: asking.at.addingTimeInterval(2 * 3600))
        #expect(nudge.actions.isEmpty && nudge.trace.rules.first?.reasons.first?.contains("(standby): rulesd does not write") == true)
    }

    @Test func aFollowUpNoLongerInTheRulesDoesNothing() throws {
        let program = try program(Self.shop)
        let asking = message("how much?", at: ManualClock().now)
        let decision = program.fireFollowUp("Gone", scheduledBy: asking, state: ContactState(), now: asking.at)
        #expect(decision.actions.isEmpty && decision.trace.notes == ["the rules no longer have a follow-up called \"Gone\""])
    }

    @Test func checkSaysWhatIsWrong() {
        #expect(errors(#"rule "r" when message contains "x" then follow up "Nuge" end"# + "\n" + #"followup "Nudge" after 2h when true then tag "n" end"#)
            .first?.contains("no follow-up is called \"Nuge\"") == true)
        #expect(errors(#"followup "F" before window closes 24h when true then tag "f" end"#).first?.contains("the customer's window lasts 24 hours") == true)
        #expect(errors(#"followup "F" after 0s when true then tag "f" end"#).first?.contains("longer than zero") == true)
        // Found by the mutation test: a follow-up that lost its `when` was accepted, and formatted into another meaning.
        #expect(!errors(#"followup "F" after 1h then tag "f" end"#).isEmpty, "a follow-up needs its when")
        #expect(errors(#"followup "F" after 1h when true then reply publicly "x" end"#).contains { $0.contains("never under a comment") })
        #expect(errors(#"followup "F" after 1h when true then tag "f" end"# + "\n" + #"followup "F" after 2h when true then tag "g" end"#)
            .first?.contains("defined more than once") == true)
        let cycle = """
            followup "A" after 1h when true then
              reply "a"
              follow up "B"
            end
            followup "B" after 1h when true then follow up "A" end
            """
        #expect(warnings(cycle).first?.contains("\"A\" → \"B\" → \"A\" schedule each other with no condition") == true)
        #expect(warnings(#"followup "S" after 1h when true then follow up "S" end"#).first?.contains("\"S\" schedules itself") == true)
        #expect(warnings(#"followup "Lonely" after 1h when tagged "x" then tag "y" end"#) == [
            "no rule schedules follow-up \"Lonely\", so it never runs; add 'follow up \"Lonely\"' to the rule after which it should come",
        ])
        #expect(errors(#"followup "F" after 1h when true then tag "f" end"# + "\n" + #"rule "c" on comments when true then follow up "F" end"#)
            .first?.contains("schedule it from a rule that answers direct messages") == true)
        #expect(warnings(cycle.replacingOccurrences(of: #"followup "B" after 1h when true"#, with: #"followup "B" after 1h when not tagged "done""#)).isEmpty)
    }

    @Test func aFollowUpAnswersOnTheChannelOfTheRulesThatScheduleIt() {
        let rules = """
            template remind = whatsapp "cart_reminder" language "es"
            followup "Remind" after 2h when true then reply remind end
            followup "Later" after 1h when true then follow up "Remind" end
            rule "r" on whatsapp when message contains "x" then follow up "Later" end

            """
        #expect(errors(rules).isEmpty, "only WhatsApp rules schedule it, through another follow-up")
        #expect(errors(rules + #"rule "s" when message contains "y" then follow up "Remind" end"#).first?.contains("may answer Instagram") == true)
    }

    @Test func followUpsTakeTheCanonicalLayout() {
        let formatted = formatChecked("""
            followup   "Nudge" after 2h   keep when not tagged "ordered" then reply "x" follow up "Nudge" end
            rule "r" when message contains "x" then follow up   "Nudge" end
            """)
        #expect(formatted == """
            followup "Nudge" after 2h keep
              when not tagged "ordered"
              then
                reply "x"
                follow up "Nudge"
            end

            rule "r"
              when message contains "x"
              then follow up "Nudge"
            end

            """)
    }
}
