import Foundation
import RulesDSL
import Testing

/// Parses a snippet and returns its location-free dump and the diagnostics' texts.
func parse(_ text: String) -> (dump: String, errors: [String]) {
    let (file, diagnostics) = Parser.parse(SourceFile(name: "test.rules", text: text))
    return (ASTDump.dump(file), diagnostics.map(\.message.text))
}

@Suite struct DeclarationParsingTests {
    @Test func setDeclaration() {
        #expect(parse(#"set shop = "Luna Studio""#) == (#"(set shop "Luna Studio")"#, []))
    }

    @Test func hoursWithDayRangesAndSingleDays() {
        let result = parse(#"hours open = mon-fri 09:00-18:00, sat 10:00-14:00 in "Europe/Madrid""#)
        #expect(result.errors.isEmpty)
        #expect(result.dump == #"(hours open (mon-fri 09:00-18:00) (sat-sat 10:00-14:00) "Europe/Madrid")"#)
    }

    @Test func optionForms() {
        let result = parse("option takeover = 2h\noption max_replies = 5 per 1h\noption lexicon = \"extra.tsv\"")
        #expect(result.errors.isEmpty)
        #expect(result.dump == "(option takeover 7200s)\n(option max_replies 5/3600s)\n(option lexicon \"extra.tsv\")")
    }

    @Test func templateFormsIncludingOneOfAndMultiline() {
        let text = """
            template price = "See {{catalog}}"
            template thanks = one of "Thanks!", "Thank you 🙏"
            template welcome = \"\"\"
                Hi {{contact.name or "there"}}!
                  Indented line.

                Bye.
                \"\"\"
            """
        let result = parse(text)
        #expect(result.errors.isEmpty)
        #expect(result.dump == """
            (template price "See {{catalog}}")
            (template thanks one-of "Thanks!" "Thank you 🙏")
            (template welcome "Hi {{contact.name or \\"there\\"}}!\\n  Indented line.\\n\\nBye.")
            """)
    }

    @Test func endpointWithAndWithoutSecret() {
        let result = parse(#"endpoint crm = "https://crm.example/h" secret env "CRM_SECRET"  endpoint b = "https://b.example""#)
        #expect(result.errors.isEmpty)
        #expect(result.dump == #"(endpoint crm "https://crm.example/h" secret "CRM_SECRET")"# + "\n" + #"(endpoint b "https://b.example")"#)
    }
}

@Suite struct RuleParsingTests {
    func condition(_ text: String) -> String {
        let result = parse("rule \"r\" when \(text) then stop end")
        #expect(result.errors.isEmpty, "\(text): \(result.errors)")
        return result.dump.replacingOccurrences(of: "(rule \"r\" ", with: "").replacingOccurrences(of: " stop)", with: "")
    }

    @Test func ruleClausesInAnyOrder() {
        let result = parse(#"rule "x" on whatsapp cooldown 15m priority -5 when true then stop end"#)
        #expect(result == (#"(rule "x" priority=-5 cooldown=900s on=whatsapp true stop)"#, []))
    }

    @Test(arguments: [
        ("first contact", "first-contact"),
        (#"message contains "price""#, #"(contains-single "price")"#),
        (#"message contains any "a", "b c""#, #"(contains-any "a" "b c")"#),
        (#"message contains all "a", "b""#, #"(contains-all "a" "b")"#),
        (#"message matches /size \d+/i"#, #"(matches "size \\d+" "i")"#),
        (#"message matches /a\/b/"#, #"(matches "a/b" "")"#),
        (#"message is "thanks""#, #"(message-is "thanks")"#),
        ("sentiment < -0.5", "(sentiment < -0.5)"),
        ("sentiment >= 0.25", "(sentiment >= 0.25)"),
        ("channel is instagram", "(channel instagram)"),
        ("kind is story_reply", "(kind story_reply)"),
        (#"payload is "RESERVE_M""#, #"(payload "RESERVE_M")"#),
        (#"tagged "vip""#, #"(tagged "vip")"#),
        ("within open", "(within open)"),
        ("outside open", "(outside open)"),
        ("contact messages >= 3", "(contact-messages >= 3)"),
        ("true", "true"),
    ])
    func everyCondition(_ source: String, _ expected: String) {
        #expect(condition(source) == expected)
    }

    @Test func precedenceNotThenAndThenOr() {
        #expect(condition("true or not true and first contact") == "(or true (and (not true) first-contact))")
        #expect(condition("(true or true) and not (first contact)") == "(and (group (or true true)) (not (group first-contact)))")
    }

    @Test func everyAction() {
        let result = parse("""
            rule "r" when true then
              reply price
              reply "Hi {{contact.name}}"
              tag "a"
              untag "b"
              forward to crm
              pause 24h
              stop
            end
            """)
        #expect(result.errors.isEmpty)
        #expect(result.dump == #"(rule "r" true (reply price) (reply "Hi {{contact.name}}") (tag "a") (untag "b") (forward crm) (pause 86400s) stop)"#)
    }

    @Test func recoversAndReportsEveryProblemInOneRun() {
        let result = parse("""
            rule "a" when mesage contains "x" then stop end
            rule "b" when true then replay "x" end
            sett x = "y"
            rule "c" when true then stop end
            """)
        #expect(result.errors.count == 3)
        #expect(result.dump.contains(#"(rule "c" true stop)"#), "parsing resumes after errors")
    }

    @Test func templateVariablesAreParsedWithFallbacks() throws {
        let (file, diagnostics) = Parser.parse(SourceFile(name: "t", text: #"set x = "Hi {{contact.name or contact.username or "there"}}!""#))
        #expect(diagnostics.isEmpty)
        guard case .set(let set) = try #require(file.declarations.first) else {
            Issue.record("expected a set")
            return
        }
        let variable = try #require(set.value.variables.first)
        #expect(variable.alternatives.count == 3)
        guard case .variable("contact.name", _) = variable.alternatives[0],
            case .literal("there", _) = variable.alternatives[2]
        else {
            Issue.record("unexpected alternatives \(variable.alternatives)")
            return
        }
    }
}

@Suite struct AccountDeclarationTests {
    @Test func accountsAndTheConsolePassword() {
        let result = parse(#"account instagram "17841400000001" token env "LUNA_IG"  account whatsapp "106540352242922" token env "LUNA_WA" console password env "LUNA_CONSOLE""#)
        #expect(result.errors.isEmpty)
        #expect(result.dump == [
            #"(account instagram "17841400000001" token "LUNA_IG")"#, #"(account whatsapp "106540352242922" token "LUNA_WA")"#,
            #"(console password "LUNA_CONSOLE")"#,
        ].joined(separator: "\n"))
    }

    @Test func aMissingTokenSaysWhatToWrite() {
        let result = parse(#"account instagram "17841400000001""#)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.contains("expected 'token env' and the name of the environment variable holding the account's access token") == true)
    }
}
