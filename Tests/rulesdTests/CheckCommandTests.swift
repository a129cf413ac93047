import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func examplesAreClean() throws {
        let output = try RulesdProcess.run(["check", "examples/rules"])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains("no problems"))
    }

    @Test func errorsExitOneWithFileLineColumn() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try "rule \"x\" when true then reply prise end\ntemplate price = \"p\"\n".write(
            to: directory.appendingPathComponent("bad.rules"), atomically: true, encoding: .utf8)
        let output = try RulesdProcess.run(["check", "bad.rules"], in: directory)
        #expect(output.status == 1)
        #expect(output.stdout.hasPrefix("bad.rules:1:31: error: unknown template 'prise'; did you mean 'price'?\n"))
    }

    @Test func warningsAloneExitZero() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try "rule \"x\" when not true then stop end\n".write(
            to: directory.appendingPathComponent("w.rules"), atomically: true, encoding: .utf8)
        let output = try RulesdProcess.run(["check", "w.rules"], in: directory)
        #expect(output.status == 0)
        #expect(output.stdout.contains("warning: this rule can never fire"))
    }

    @Test func missingFileIsAUsageErrorWithAClearMessage() throws {
        let output = try RulesdProcess.run(["check", "no/such.rules"])
        #expect(output.status == 2)
        #expect(output.stderr == "rulesd: error: no such file or directory: no/such.rules\n")
    }

    @Test func unknownFlagIsAUsageError() throws {
        let output = try RulesdProcess.run(["check", "--bogus", "examples/rules"])
        #expect(output.status == 2)
    }

    @Test func jsonOutputForEditors() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try "rule \"👋\" when message contains \"a\", \"b\" then stop end\n".write(
            to: directory.appendingPathComponent("j.rules"), atomically: true, encoding: .utf8)
        let output = try RulesdProcess.run(["check", "--format", "json", "j.rules"], in: directory)
        #expect(output.status == 1)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        #expect(records.count == 1)
        let start = try #require(records[0]["start"] as? [String: Int])
        #expect(start == ["line": 1, "column": 23], "the emoji counts as one column")
        #expect(records[0]["id"] as? String == "rules.containsNeedsAnyOrAll")
        #expect(records[0]["severity"] as? String == "error")
    }
}

@Suite struct FormatCommandTests {
    @Test func examplesPassFormatCheck() throws {
        let output = try RulesdProcess.run(["fmt", "--check", "examples/rules"])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    }

    @Test func checkListsUnformattedFilesAndWritesNothing() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let messy = "rule \"x\"   when true then stop end\n"
        let url = directory.appendingPathComponent("m.rules")
        try messy.write(to: url, atomically: true, encoding: .utf8)
        let output = try RulesdProcess.run(["fmt", "--check", "."], in: directory)
        #expect(output.status == 1)
        #expect(output.stdout == "./m.rules\n")
        #expect(try String(contentsOf: url, encoding: .utf8) == messy)
    }

    @Test func formatRewritesFilesInPlace() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let url = directory.appendingPathComponent("m.rules")
        try "rule \"x\"   when true then stop end\n".write(to: url, atomically: true, encoding: .utf8)
        let output = try RulesdProcess.run(["fmt", "m.rules"], in: directory)
        #expect(output.status == 0)
        #expect(try String(contentsOf: url, encoding: .utf8) == "rule \"x\"\n  when true\n  then stop\nend\n")
        #expect(try RulesdProcess.run(["fmt", "--check", "m.rules"], in: directory).status == 0)
    }

    @Test func filesWithErrorsAreLeftAlone() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let url = directory.appendingPathComponent("e.rules")
        try "rule \"x\" when then stop end\n".write(to: url, atomically: true, encoding: .utf8)
        let output = try RulesdProcess.run(["fmt", "e.rules"], in: directory)
        #expect(output.status == 1)
        #expect(output.stderr.contains("e.rules:1:15: error: expected a condition"))
        #expect(try String(contentsOf: url, encoding: .utf8) == "rule \"x\" when then stop end\n")
    }
}
