import Engine
import Foundation
import RulesDSL
import Testing

@testable import rulesd

@Suite struct DryRunCommandTests {
    @Test func examplesMeetEveryExpectation() throws {
        let output = try RulesdProcess.run(["dry-run", "--rules", "examples/rules", "examples/chats"])
        #expect(output.status == 0, "\(output.stdout.split(separator: "\n").filter { $0.contains("✗") })")
        #expect(output.stdout.contains("expectations: all"))
        #expect(output.stdout.contains("never fired:"))
    }

    @Test func jsonOutputIsJSONLinesWithTheSummaryLast() throws {
        let output = try RulesdProcess.run(["dry-run", "--format", "json", "--explain"])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n")
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.count >= 61)
        let summary = try #require(objects.last?["summary"] as? [String: Any])
        #expect(summary["expectations_failed"] as? Int == 0)
        #expect(summary["duplicates"] as? Int == 1)
        // A line per message, and one per follow-up that fired, was skipped or was cancelled.
        let messages = objects.dropLast().filter { $0["followup"] == nil }
        #expect(messages.allSatisfy { $0["message"] != nil && ($0["duplicate"] as? Bool == true || $0["trace"] != nil) })
        #expect(objects.dropLast().contains { ($0["followup"] as? [String: Any])?["outcome"] as? String == "fired" })
    }

    func write(_ text: String, to name: String, in directory: URL) throws {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    @Test func rawWebhookBodiesReplayThroughTheSameParsers() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let fixtures = RulesdProcess.repositoryRoot.appendingPathComponent("Tests/ConnectorsTests/Fixtures/webhooks")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("bodies"), withIntermediateDirectories: true)
        for name in ["ig_text.json", "ig_echo.json", "wa_text.json", "wa_statuses.json"] {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: directory.appendingPathComponent("bodies/\(name)"))
        }
        // One body per line too, with a duplicate delivery of the same WhatsApp message.
        let body = try String(contentsOf: fixtures.appendingPathComponent("wa_text.json"), encoding: .utf8)
        let oneLine = try String(decoding: JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: Data(body.utf8))), as: UTF8.self)
        try write(oneLine + "\n" + oneLine + "\n", to: "bodies/deliveries.jsonl", in: directory)
        try write("rule \"price\" when message contains any \"how much\", \"talle\" then reply \"see catalog\" end\n", to: "r.rules", in: directory)
        let output = try RulesdProcess.run(["dry-run", "--rules", "r.rules", "--format", "json", "bodies"], in: directory)
        #expect(output.status == 0, "\(output.stderr)")
        let objects = output.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let summary = try #require(objects.last?["summary"] as? [String: Any])
        // ig_text, ig_echo, wa_text (3 deliveries, 2 duplicates); statuses are no messages.
        #expect(summary["messages"] as? Int == 5)
        #expect(summary["duplicates"] as? Int == 2)
        #expect(summary["replies"] as? Int == 2)
        #expect(summary["evaluated"] as? Int == 2)
    }

    @Test func malformedLinesAreReportedAndTheReplayGoesOn() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try write("""
            {"id":"a","at":"2026-11-24T10:00:00Z","channel":"instagram","account":"x","contact":"c","kind":"text","text":"price?"}
            this is not json
            {"id":"b","at":"yesterday","channel":"instagram","account":"x","contact":"c","text":"hi"}
            {"id":"c","at":"2026-11-24T10:01:00Z","channel":"telegram","account":"x","contact":"c","text":"hi"}
            {"id":"d","at":"2026-11-24T10:02:00Z","channel":"instagram","account":"x","contact":"c","kind":"text","text":"price again"}

            """, to: "chat.jsonl", in: directory)
        try write("rule \"p\" when message contains \"price\" then reply \"see\" end\n", to: "r.rules", in: directory)
        let output = try RulesdProcess.run(["dry-run", "--rules", "r.rules", "chat.jsonl"], in: directory)
        #expect(output.status == 0)
        #expect(output.stderr.contains("chat.jsonl:2: not valid JSON"))
        #expect(output.stderr.contains("chat.jsonl:3: field 'at'"))
        #expect(output.stderr.contains("chat.jsonl:4: "))
        #expect(output.stdout.contains("2 messages"))
        #expect(output.stdout.contains("skipped 3 malformed"))
    }

    @Test func unmetExpectationsExitOne() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try write("""
            {"id":"a","at":"2026-11-24T10:00:00Z","channel":"instagram","account":"x","contact":"c","text":"hello","expect":{"fired":["p"],"reply":"price","tags":["vip"]}}

            """, to: "chat.jsonl", in: directory)
        try write("template price = \"p\"\nrule \"p\" when message contains \"price\" then reply price end\n", to: "r.rules", in: directory)
        let output = try RulesdProcess.run(["dry-run", "--rules", "r.rules", "chat.jsonl"], in: directory)
        #expect(output.status == 1)
        #expect(output.stdout.contains("✗ expected rule \"p\" to fire, but it did not"))
        #expect(output.stdout.contains("✗ expected reply \"price\", got no reply"))
        #expect(output.stdout.contains("✗ expected the contact to carry tag \"vip\""))
    }

    /// Issue 31: each message's language is shown, checked by `"expect": {"language": ...}`, and a short
    /// message is read in the contact's last language.
    @Test func theLanguageOfEachMessageIsShownAndCanBeExpected() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try write("""
            {"id":"a","at":"2026-11-24T10:00:00Z","channel":"instagram","account":"x","contact":"c","text":"hola, cuánto cuesta el envío?","expect":{"language":"es","reply":"price"}}
            {"id":"b","at":"2026-11-24T10:01:00Z","channel":"instagram","account":"x","contact":"c","text":"ok","expect":{"language":"es"}}
            {"id":"c","at":"2026-11-24T10:02:00Z","channel":"instagram","account":"x","contact":"d","text":"ok","expect":{"language":null}}
            {"id":"d","at":"2026-11-24T10:03:00Z","channel":"instagram","account":"x","contact":"e","text":"quanto custa o frete?","expect":{"language":"es"}}

            """, to: "chat.jsonl", in: directory)
        try write("template price = \"Prices\"\n  es \"Precios\"\nrule \"p\" when message contains \"cuanto\" then reply price end\n", to: "r.rules", in: directory)
        let output = try RulesdProcess.run(["dry-run", "--rules", "r.rules", "chat.jsonl"], in: directory)
        #expect(output.status == 1)
        #expect(output.stdout.contains("· text · es\n"))
        #expect(output.stdout.contains("reply (price): Precios"))
        #expect(output.stdout.contains("✗ expected the message to be read in es, but it was read in pt"))
        #expect(output.stdout.contains("expectations: 1 of 4 FAILED"), "\(output.stdout)")
        let json = try RulesdProcess.run(["dry-run", "--rules", "r.rules", "--format", "json", "chat.jsonl"], in: directory)
        let first = try #require(json.stdout.split(separator: "\n").first)
        #expect(first.contains(#""language":"es""#))

        // The final review: rules that never read the language still show each message's own in a dry-run
        // (the customer's last is only kept when a rule reads it, so "ok" has none here).
        try write("rule \"p\" when message contains \"hola\" then tag \"x\" end\n", to: "plain.rules", in: directory)
        let plain = try RulesdProcess.run(["dry-run", "--rules", "plain.rules", "chat.jsonl"], in: directory)
        #expect(plain.stdout.contains("· text · es\n"), "\(plain.stdout)")
        #expect(plain.stdout.contains("✗ expected the message to be read in es, but it was read in pt"), "\(plain.stdout)")
        #expect(plain.stdout.contains("✗ expected the message to be read in es, but it was read in no language"), "\(plain.stdout)")

        try write(#"{"id":"a","at":"2026-11-24T10:00:00Z","channel":"instagram","account":"x","contact":"c","text":"hi","expect":{"language":"french"}}"# + "\n", to: "bad.jsonl", in: directory)
        let bad = try RulesdProcess.run(["dry-run", "--rules", "r.rules", "bad.jsonl"], in: directory)
        #expect(bad.status != 0)
        #expect((bad.stdout + bad.stderr).contains("'language' must be one of en, es, pt, or null for none"))
    }

    @Test func rulesWithErrorsStopTheReplay() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try write("rule \"p\" when then stop end\n", to: "r.rules", in: directory)
        try write("", to: "chat.jsonl", in: directory)
        let output = try RulesdProcess.run(["dry-run", "--rules", "r.rules", "chat.jsonl"], in: directory)
        #expect(output.status == 1)
        #expect(output.stderr.contains("r.rules:1:15: error"))
    }

    @Test func anExpectationMayNameSeveralRepliesInOrder() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try write("""
            option replies_per_message = 2
            template price = "See the catalog"
            template closed = "We're closed"
            hours open = mon-fri 09:00-18:00 in "Europe/Madrid"
            rule "Price" when message contains "price" then reply price end
            rule "Closed" priority -10 when outside open then reply closed end
            """, to: "r.rules", in: directory)
        let line = { (text: String, at: String, expect: String) in
            #"{"id":"m-\#(at)","at":"\#(at)","channel":"instagram","account":"a","contact":"c","kind":"text","text":"\#(text)","expect":\#(expect)}"#
        }
        try write([
            line("price?", "2026-11-28T19:00:00Z", #"{"reply":["price","closed"]}"#),
            line("price again", "2026-11-30T10:00:00Z", #"{"reply":"price"}"#),
            line("hello", "2026-11-30T10:05:00Z", #"{"reply":["closed"]}"#),
        ].joined(separator: "\n") + "\n", to: "chat.jsonl", in: directory)
        let output = try RulesdProcess.run(["dry-run", "--rules", "r.rules", "chat.jsonl"], in: directory)
        #expect(output.status == 1, "the third expectation is wrong: nothing answers hello in open hours")
        #expect(output.stdout.contains("expected reply \"closed\", got no reply"), "\(output.stdout)")
        #expect(output.stdout.contains("expectations: 1 of 3 FAILED"), "\(output.stdout)")
        #expect(output.stdout.contains("reply (price): See the catalog\n  reply (closed): We're closed"), "\(output.stdout)")
    }

    @Test func anUnknownExpectationKeyFailsTheRunNamingTheLineAndTheNearestKey() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try write(#"rule "Price" when message contains "price" then reply "see the catalog" end"#, to: "r.rules", in: directory)
        try write("""
            {"id":"m1","at":"2026-11-24T10:00:00Z","channel":"instagram","account":"a","contact":"c","text":"price?","expect":{"replies":["x"]}}
            {"id":"m2","at":"2026-11-24T10:01:00Z","channel":"instagram","account":"a","contact":"c","text":"price?","expect":{"fired":["Prize"]}}
            {"id":"m3","at":"2026-11-24T10:02:00Z","channel":"instagram","account":"a","contact":"c","text":"price?","expect":{"reply":"prise"}}
            {"id":"m4","at":"2026-11-24T10:03:00Z","channel":"instagram","account":"a","contact":"c","text":"price?","expect":{"reply":"see the catalog"}}

            """, to: "chat.jsonl", in: directory)
        let output = try RulesdProcess.run(["dry-run", "--rules", "r.rules", "chat.jsonl"], in: directory)
        #expect(output.status == 1, "a chat file is a test: a broken expectation fails it\n\(output.stdout)\(output.stderr)")
        #expect(output.stderr.contains("chat.jsonl:1: unknown expectation 'replies'; did you mean 'reply'?"), "\(output.stderr)")
        #expect(output.stderr.contains(#"chat.jsonl:2: expectation: the rule set has no rule "Prize"; did you mean "Price"?"#), "\(output.stderr)")
        #expect(!output.stderr.contains("chat.jsonl:4"), "an inline reply is expected by its text")
        #expect(output.stdout.contains("3 expectations could not be checked"), "\(output.stdout)")
    }

    @Test func examplesFollowTheChatLineSchema() throws {
        let script = RulesdProcess.repositoryRoot.appendingPathComponent("scripts/validate-chat-lines.py").path
        let examples = try FileManager.default.contentsOfDirectory(atPath: RulesdProcess.repositoryRoot.appendingPathComponent("examples/chats").path)
            .filter { $0.hasSuffix(".jsonl") }.map { "examples/chats/" + $0 }
        #expect(!examples.isEmpty)
        let valid = try RulesdProcess.runTool("/usr/bin/env", ["python3", script] + examples, in: RulesdProcess.repositoryRoot)
        #expect(valid.status == 0, "\(valid.output)")
        // The schema is strict where dry-run is: an unknown expectation key is invalid.
        let directory = try RulesdProcess.temporaryDirectory()
        try write(#"{"id":"m1","at":"2026-11-24T10:00:00Z","channel":"instagram","contact":"c","expect":{"replies":[]}}"# + "\n", to: "bad.jsonl", in: directory)
        let invalid = try RulesdProcess.runTool("/usr/bin/env", ["python3", script, directory.appendingPathComponent("bad.jsonl").path], in: directory)
        #expect(invalid.status == 1 && invalid.output.contains("bad.jsonl:1"), "\(invalid.output)")
    }

    /// Issue 30: at 1,000 rules a JSON line carried every skipped rule's reason (141 KB per message).
    @Test func jsonWithoutExplainCarriesOnlyWhatFiredAndStaysSmall() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let rules = directory.appendingPathComponent("bench.rules").path
        #expect(try RulesdProcess.run(["bench", "--rules", "300", "--keywords", "3000", "--write-rules", rules], in: directory).status == 0)
        var lines: [String] = []
        for index in 0..<40 {
            let text = "hi, about kw\(index * 7 + 2) and kw\(index * 11 + 3), is it available tomorrow? thanks"
            lines.append(#"{"id":"m\#(index)","at":"2026-11-24T10:\#(String(format: "%02d", index)):00Z","channel":"instagram","account":"a","contact":"c\#(index % 5)","text":"\#(text)"}"#)
        }
        try write(lines.joined(separator: "\n") + "\n", to: "chat.jsonl", in: directory)
        let output = try RulesdProcess.run(["dry-run", "--rules", rules, "--format", "json", "chat.jsonl"], in: directory)
        #expect(output.status == 0, "\(output.stderr)")
        let messages = output.stdout.split(separator: "\n").dropLast()
        #expect(messages.count == 40)
        for line in messages {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["skipped"] == nil && object["trace"] == nil, "reasons of rules that did not fire only with --explain")
            if ((object["fired"] as? [Any])?.count ?? 0) <= 3 { #expect(line.utf8.count <= 1024, "\(line.utf8.count) bytes: \(line.prefix(300))") }
        }
        let explained = try RulesdProcess.run(["dry-run", "--rules", rules, "--format", "json", "--explain", "chat.jsonl"], in: directory)
        #expect(explained.stdout.contains(#""skipped""#), "--explain still gives the whole trace")
    }

    @Test func explainRuleSaysWhyOnEveryMessageAndCountsTheReasons() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try write("""
            rule "Shipping" cooldown 1h when message contains "deliver" then reply "We ship in 24h" end
            """, to: "r.rules", in: directory)
        try write([
            #"{"id":"m1","at":"2026-11-24T10:00:00Z","channel":"instagram","account":"a","contact":"c","text":"do you deliver?"}"#,
            #"{"id":"m2","at":"2026-11-24T10:05:00Z","channel":"instagram","account":"a","contact":"c","text":"deliver on Sunday?"}"#,
            #"{"id":"m3","at":"2026-11-24T10:06:00Z","channel":"instagram","account":"a","contact":"c","text":"thanks"}"#,
            #"{"id":"m4","at":"2026-11-24T10:07:00Z","channel":"instagram","account":"a","contact":"d","text":"hello"}"#,
        ].joined(separator: "\n") + "\n", to: "chat.jsonl", in: directory)
        let output = try RulesdProcess.run(["dry-run", "--rules", "r.rules", "--explain-rule", "Shipping", "chat.jsonl"], in: directory)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains(#"why "Shipping" fired: "deliver" matched"#), "\(output.stdout)")
        #expect(output.stdout.contains(#"why "Shipping" did not fire: cooldown running until 2026-11-24T11:00:00Z"#), "\(output.stdout)")
        #expect(output.stdout.contains(#"rule "Shipping": no keyword: 2, cooldown running: 1, fired: 1"#), "\(output.stdout)")
        let unknown = try RulesdProcess.run(["dry-run", "--rules", "r.rules", "--explain-rule", "Shiping", "chat.jsonl"], in: directory)
        #expect(unknown.status == 2 && unknown.stderr.contains(#"did you mean "Shipping"?"#), "\(unknown.stderr)")
    }

    @Test func filesAreMergedByTimeAndOneOutOfOrderIsReportedAndReplayedAsWritten() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try write(#"rule "hi" cooldown 1h when message contains "hi" then reply "hello" end"# + "\n", to: "r.rules", in: directory)
        let line = { (id: String, at: String, contact: String) in
            #"{"id":"\#(id)","at":"2026-11-24T\#(at):00Z","channel":"instagram","account":"a","contact":"\#(contact)","text":"hi"}"#
        }
        try write([line("a1", "10:00", "c"), line("a2", "12:00", "c")].joined(separator: "\n") + "\n", to: "a.jsonl", in: directory)
        try write([line("b1", "11:00", "c"), line("b2", "09:00", "d"), line("b3", "08:00", "d")].joined(separator: "\n") + "\n", to: "b.jsonl", in: directory)
        let output = try RulesdProcess.run(["dry-run", "--rules", "r.rules", "--format", "json", "--quiet", "a.jsonl", "b.jsonl"], in: directory)
        #expect(output.status == 0, "\(output.stderr)")
        let ids = output.stdout.split(separator: "\n").compactMap { line in
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])?["message"] as? [String: Any]
        }.compactMap { $0["id"] as? String }
        #expect(ids == ["a1", "b1", "b2", "b3", "a2"], "merged by time, each file in its own order")
        #expect(output.stderr.contains("b.jsonl:3: this message is older than its contact's previous one"), "\(output.stderr)")
        #expect(!output.stderr.contains("replaying"), "no progress line off a terminal")
    }
}

extension DryRunCommandTests {
    /// Contacts are shared out between cores; the output must not depend on how many.
    @Test func theOutputIsTheSameOnOneCoreAndOnSeveral() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let rules = directory.appendingPathComponent("bench.rules").path
        #expect(try RulesdProcess.run(["bench", "--rules", "100", "--keywords", "1000", "--write-rules", rules], in: directory).status == 0)
        var lines: [String] = []
        for index in 0..<3000 {
            let minute = String(format: "%02d", index % 60), hour = String(format: "%02d", index / 60 % 24)
            let text = "about kw\(index * 7 % 1000) and kw\(index * 13 % 1000) please"
            lines.append(#"{"id":"m\#(index)","at":"2026-11-\#(10 + index / 1440)T\#(hour):\#(minute):00Z","channel":"instagram","account":"a","contact":"c\#(index % 37)","text":"\#(text)"}"#)
        }
        try write(lines.joined(separator: "\n") + "\n", to: "chat.jsonl", in: directory)
        for format in ["json", "text"] {
            let one = try RulesdProcess.run(["dry-run", "--rules", rules, "--format", format, "--cores", "1", "chat.jsonl"], in: directory)
            let several = try RulesdProcess.run(["dry-run", "--rules", rules, "--format", format, "--cores", "3", "chat.jsonl"], in: directory)
            #expect(one.status == 0 && several.status == 0, "\(one.stderr)\(several.stderr)")
            #expect(one.stdout == several.stdout, "\(format): byte-identical whatever the cores")
            #expect(one.stdout.utf8.count > 100_000)
        }
    }
}

/// The replay's fast JSON writer gives the same lines as the plain one.
@Suite struct DryRunJSONTests {
    @Test func bytesAndStringsWriteTheSameLines() throws {
        let text = """
            option replies_per_message = 2
            template price = "Prices: \\"see\\" the catalog\\n"
            rule "price" when message contains "price" then
              reply price
              tag "asked"
            end
            rule "always" priority -1 when true then
              reply "Hi {{contact.name or "there"}}"
              forward to crm
            end
            endpoint crm = "https://crm.example/hook"
            """
        let result = FrontEnd.check([SourceFile(name: "r.rules", text: text)])
        let program = RuleProgram(try #require(result.ruleSet), scorer: LexiconSentimentScorer())
        let report = DryRunReport(format: .json, explain: false)
        let message = Message(id: "m\"1", at: Date(timeIntervalSince1970: 1_795_000_000), channel: .instagram, account: "a", contact: "c", name: "Ana", kind: .text, text: "price?\tnow")
        let decision = program.evaluate(message, state: ContactState(), now: message.at, tracing: .fired)
        var expectation = try Expectation(json: ["reply": ["price"]])
        expectation.tags = ["asked"]
        let results = [
            ReplayResult(recorded: RecordedMessage(message: message, expectation: expectation, origin: "c.jsonl:1"), decision: decision, failures: expectation.failures(for: decision)),
            ReplayResult(recorded: RecordedMessage(message: message, expectation: nil, origin: "c.jsonl:2"), decision: nil, failures: []),
        ]
        for result in results {
            var bytes = JSONBytes()
            report.appendJSON(result, to: &bytes)
            #expect(String(decoding: bytes.bytes, as: UTF8.self) == report.json(result))
        }
    }
}
