import Engine
import Foundation
import Logging
import RulesDSL
import Testing

@testable import rulesd

@Suite struct RulesReloaderTests {
    @Test func brokenRulesKeepTheOldSetAndFixedOnesSwapIn() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let file = directory.appendingPathComponent("shop.rules")
        try "rule \"old\" when true then tag \"a\" end\n".write(to: file, atomically: true, encoding: .utf8)
        let first = try #require(FrontEnd.check([SourceFile(name: file.path, text: try String(contentsOf: file, encoding: .utf8))]).ruleSet)
        let holder = RuleProgramHolder(RuleProgram(first, scorer: LexiconSentimentScorer()))
        let reloader = RulesReloader(paths: [directory.path], rules: holder, logger: Logger(label: "test"), pollInterval: .seconds(1))

        try "rule \"broken\" when then stop end\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(!reloader.reload(.other("test")))
        #expect(holder.program.ruleNames == ["old"])

        try "rule \"new\" when true then tag \"b\" end\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(reloader.reload(.other("test")))
        #expect(holder.program.ruleNames == ["new"])
    }

    @Test func fingerprintsNoticeNewAndChangedFiles() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try "rule \"a\" when true then stop end\n".write(to: directory.appendingPathComponent("a.rules"), atomically: true, encoding: .utf8)
        let reloader = RulesReloader(paths: [directory.path], rules: RuleProgramHolder(RuleProgram(try #require(FrontEnd.check([]).ruleSet), scorer: LexiconSentimentScorer())), logger: Logger(label: "t"), pollInterval: .seconds(1))
        let before = reloader.fingerprint()
        try "rule \"b\" when true then stop end\n".write(to: directory.appendingPathComponent("b.rules"), atomically: true, encoding: .utf8)
        #expect(reloader.fingerprint() != before)
        #expect(reloader.fingerprint().count == 2)
    }
}
