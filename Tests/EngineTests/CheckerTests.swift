import Engine
import Foundation
import RulesDSL
import Testing

func checkSet(_ files: [(String, String)]) -> FrontEnd.Result {
    FrontEnd.check(files.map { SourceFile(name: $0.0, text: $0.1) })
}

@Suite struct CheckerTests {
    @Test func filesOfASetShareOneNamespace() {
        let result = checkSet([
            ("a.rules", "template price = \"See {{catalog}}\"\nset catalog = \"https://x.example\""),
            ("b.rules", "rule \"p\" when message contains \"price\" then reply price end"),
        ])
        #expect(result.diagnostics.isEmpty)
        #expect(result.ruleSet?.templates["price"] != nil)
    }

    @Test func duplicatesAcrossFilesPointAtTheFirst() throws {
        let result = checkSet([("a.rules", "set shop = \"A\""), ("b.rules", "set shop = \"B\"")])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.file.name == "b.rules")
        #expect(diagnostic.notes.first?.file.name == "a.rules")
    }

    @Test func evaluationOrderIsPriorityThenFileOrder() {
        let result = checkSet([
            ("a.rules", "rule \"low\" when true then tag \"a\" end\nrule \"high\" priority 5 when true then tag \"b\" end"),
            ("b.rules", "rule \"also low\" when true then tag \"c\" end\nrule \"negative\" priority -1 when true then tag \"d\" end"),
        ])
        #expect(result.ruleSet?.rules.map(\.name) == ["high", "low", "also low", "negative"])
    }

    @Test func optionsAreCompiled() throws {
        let result = checkSet([("a.rules", "option takeover = 30m\noption max_replies = 3 per 10m\noption lexicon = \"extra.tsv\"")])
        let options = try #require(result.ruleSet?.options)
        #expect(options.takeover == .seconds(1800))
        #expect(options.maxReplies?.count == 3)
        #expect(options.maxReplies?.window == .seconds(600))
        #expect(options.lexiconPath == "extra.tsv")
        #expect(checkSet([("a.rules", "option takeover = off")]).ruleSet?.options.takeover == .zero)
    }

    @Test func regexErrorsUsePCRE2MessagesAtThePatternPosition() throws {
        let result = checkSet([("a.rules", "rule \"r\" when message matches /a\\/b(c/ then stop end")])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message.text == "invalid regex: missing closing parenthesis")
        #expect(diagnostic.location.line == 1)
    }

    @Test func alwaysStoppingRuleOnOneChannelOnlyShadowsThatChannel() {
        let result = checkSet([("a.rules", """
            rule "ig stop" priority 9 on instagram when true then stop end
            rule "ig" on instagram when true then tag "x" end
            rule "wa" on whatsapp when true then tag "y" end
            """)])
        #expect(result.diagnostics.map(\.message.id) == ["rules.ruleShadowed"])
        #expect(result.diagnostics.first?.location.line == 2)
    }

    @Test func aCooldownMakesAStopConditional() {
        let result = checkSet([("a.rules", "rule \"a\" priority 1 cooldown 1h when true then stop end\nrule \"b\" when true then stop end")])
        #expect(result.diagnostics.isEmpty)
    }

    @Test(arguments: [
        "first contact and contact messages >= 2",
        "contact messages < 1",
        "sentiment > 0.5 and sentiment < 0.2",
        "kind is text and payload is \"X\"",
        "within open and outside open",
        "not true",
        "(channel is instagram and channel is whatsapp) or not true",
    ])
    func neverFiringConditionsAreWarned(_ condition: String) {
        let text = "hours open = mon 09:00-10:00 in \"UTC\"\nrule \"r\" when \(condition) then stop end"
        let result = checkSet([("a.rules", text)])
        #expect(result.diagnostics.map(\.message.id) == ["rules.ruleNeverFires"], "\(condition)")
        #expect(result.ruleSet != nil, "warnings do not reject a rule set")
    }

    @Test(arguments: ["first contact or contact messages >= 2", "sentiment > 0.2 and sentiment < 0.5", "tagged \"a\" and not tagged \"b\""])
    func satisfiableConditionsAreNotWarned(_ condition: String) {
        #expect(checkSet([("a.rules", "rule \"r\" when \(condition) then stop end")]).diagnostics.isEmpty)
    }
}

@Suite struct OpeningHoursTests {
    func hours(_ text: String) throws -> OpeningHours {
        let result = checkSet([("h.rules", "hours h = \(text)")])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.text))")
        return try #require(result.ruleSet?.hours["h"])
    }

    func date(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso)! }

    @Test func weekdaysAndTimesInTheZone() throws {
        let open = try hours("mon-fri 09:00-18:00, sat 10:00-14:00 in \"Europe/Madrid\"")
        #expect(open.contains(date("2026-11-24T08:30:00Z")))  // Tuesday 09:30 in Madrid (UTC+1)
        #expect(!open.contains(date("2026-11-24T07:30:00Z")))  // Tuesday 08:30 in Madrid
        #expect(!open.contains(date("2026-11-24T17:00:00Z")))  // 18:00 closes
        #expect(open.contains(date("2026-11-28T12:00:00Z")))  // Saturday 13:00
        #expect(!open.contains(date("2026-11-29T12:00:00Z")))  // Sunday
    }

    @Test func daylightSavingChangesMoveTheHoursWithTheLocalClock() throws {
        let open = try hours("mon-fri 09:00-18:00 in \"Europe/Madrid\"")
        // Summer (UTC+2): 07:30Z is 09:30 local. Winter (UTC+1): 07:30Z is 08:30 local.
        #expect(open.contains(date("2026-07-07T07:30:00Z")))
        #expect(!open.contains(date("2026-12-08T07:30:00Z")))
        // Friday 27 March 2026 is before the change, Monday 30 March after it.
        #expect(!open.contains(date("2026-03-27T07:30:00Z")))
        #expect(open.contains(date("2026-03-30T07:30:00Z")))
    }

    @Test func spansPastMidnightAndWrappingDayRanges() throws {
        let night = try hours("fri-mon 22:00-02:00 in \"UTC\"")
        #expect(night.contains(date("2026-11-27T23:00:00Z")))  // Friday 23:00
        #expect(night.contains(date("2026-11-28T01:00:00Z")))  // Saturday 01:00, from Friday's span
        #expect(night.contains(date("2026-11-24T01:00:00Z")))  // Tuesday 01:00, from Monday's span
        #expect(!night.contains(date("2026-11-25T01:00:00Z")))  // Wednesday 01:00
        #expect(!night.contains(date("2026-11-27T21:00:00Z")))  // Friday 21:00
    }
}

@Suite struct CompiledRegexTests {
    @Test func matchesWithUnicodeAndCaseless() throws {
        let regex = try CompiledRegex(pattern: #"\btalla\s+\d+"#, caseless: true)
        #expect(regex.firstMatch(in: "¿Tenés TALLA 38?") != .noMatch)
        #expect(regex.firstMatch(in: "no size here") == .noMatch)
    }

    @Test func catastrophicPatternStopsAtTheLimitInsteadOfHanging() throws {
        let regex = try CompiledRegex(pattern: "(a+)+$", caseless: false)
        let hostile = String(repeating: "a", count: 5_000) + "!"
        let clock = ContinuousClock()
        let start = clock.now
        let result = regex.firstMatch(in: hostile)
        guard case .limitExceeded = result else {
            Issue.record("expected the match limit to stop the match, got \(result)")
            return
        }
        #expect(clock.now - start < .seconds(2), "a limited match must end quickly even in a debug build")
    }

    /// Match data comes from a pool shared by every thread that evaluates with the program: many matches at
    /// once, and a limit hit among them, must each give their own answer.
    @Test func matchesRunningAtOnceEachGetTheirOwnAnswer() async throws {
        let regex = try CompiledRegex(pattern: #"order\s*#?(\d{4,})"#, caseless: true)
        let results = await withTaskGroup(of: (Int, CompiledRegex.MatchResult).self) { group in
            for index in 0..<400 {
                group.addTask {
                    let prefix = String(repeating: "x", count: index % 37)
                    return (index, regex.firstMatch(in: index % 5 == 0 ? "nothing here" : "\(prefix) ORDER #\(1000 + index)"))
                }
            }
            var collected: [Int: CompiledRegex.MatchResult] = [:]
            for await (index, result) in group { collected[index] = result }
            return collected
        }
        for index in 0..<400 {
            let prefix = index % 37
            let expected: CompiledRegex.MatchResult = index % 5 == 0 ? .noMatch : .match((prefix + 1)..<(prefix + 1 + 11))
            #expect(results[index] == expected, "\(index)")
        }
    }

    @Test func invalidPatternReportsPCRE2Message() {
        #expect(throws: CompiledRegex.CompileError.self) { try CompiledRegex(pattern: "a{2,1}", caseless: false) }
    }
}
