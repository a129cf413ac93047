import Foundation
import Testing

@Suite struct SentimentCommandTests {
    @Test func scoresEachArgumentAsScoreTabText() throws {
        let output = try RulesdProcess.run(["sentiment", "How much is it?", "I love it ❤️"])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n").map { $0.split(separator: "\t", maxSplits: 1) }
        #expect(lines.count == 2)
        #expect(lines[0] == ["0.0000", "How much is it?"])
        #expect(Double(lines[1][0])! > 0.5)
        #expect(lines[1][0].split(separator: ".").last?.count == 4)
    }

    @Test func scoresStandardInputLineByLine() throws {
        let output = try RulesdProcess.run(["sentiment"], stdin: "WHERE IS MY ORDER???\nthanks!\n")
        let scores = output.stdout.split(separator: "\n").map { Double($0.split(separator: "\t")[0])! }
        #expect(scores.count == 2)
        #expect(scores[0] < -0.3 && scores[1] > 0.3)
    }

    @Test func explainShowsContributions() throws {
        let output = try RulesdProcess.run(["sentiment", "--explain", "not happy!!"])
        #expect(output.stdout.contains("\tnot happy"))
        #expect(output.stdout.contains("exclamation marks"))
    }

    /// Issue 31: Spanish read as English scored "café con leche" -0.68 ("con" was "scam").
    @Test func eachTextIsReadInItsOwnLanguage() throws {
        let output = try RulesdProcess.run(["sentiment", "café con leche", "Pésimo servicio, nunca más les compro", "lindo demais, amei"])
        let scores = output.stdout.split(separator: "\n").map { Double($0.split(separator: "\t")[0])! }
        #expect(scores.count == 3)
        #expect(scores[0] == 0)
        #expect(scores[1] < -0.5)
        #expect(scores[2] > 0.5)
    }

    @Test func explainNamesTheLanguage() throws {
        let spanish = try RulesdProcess.run(["sentiment", "--explain", "no me gustó nada"])
        #expect(spanish.stdout.contains("  language: es (Spanish)"), "\(spanish.stdout)")
        let unclear = try RulesdProcess.run(["sentiment", "--explain", "👍"])
        #expect(unclear.stdout.contains("  language: not sure; read as English, which found the most feeling"), "\(unclear.stdout)")
        let nothing = try RulesdProcess.run(["sentiment", "--explain", "ok"])
        #expect(nothing.stdout.contains("  language: not sure; no language's words found any feeling"), "\(nothing.stdout)")
    }

    @Test func extraLexiconFromTheCommandLineAndFromTheRules() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try "bangin\t3.5\n".write(to: directory.appendingPathComponent("slang.tsv"), atomically: true, encoding: .utf8)
        let plain = try RulesdProcess.run(["sentiment", "bangin"], in: directory)
        let extended = try RulesdProcess.run(["sentiment", "--lexicon", "slang.tsv", "bangin"], in: directory)
        #expect(plain.stdout.hasPrefix("0.0000"))
        #expect(Double(extended.stdout.split(separator: "\t")[0])! > 0.5)

        try FileManager.default.createDirectory(at: directory.appendingPathComponent("rules"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: directory.appendingPathComponent("slang.tsv"), to: directory.appendingPathComponent("rules/slang.tsv"))
        try "option lexicon = \"slang.tsv\"\nrule \"praise\" when sentiment > 0.5 then tag \"fan\" end\n".write(
            to: directory.appendingPathComponent("rules/shop.rules"), atomically: true, encoding: .utf8)
        try #"{"id":"a","at":"2026-11-24T10:00:00Z","channel":"instagram","account":"x","contact":"c","text":"bangin","expect":{"fired":["praise"]}}"#
            .appending("\n").write(to: directory.appendingPathComponent("chat.jsonl"), atomically: true, encoding: .utf8)
        let replay = try RulesdProcess.run(["dry-run", "--rules", "rules", "chat.jsonl"], in: directory)
        #expect(replay.status == 0, "\(replay.stdout)\(replay.stderr)")
    }

    @Test func unreadableLexiconIsAUsageError() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try "good\tvery\n".write(to: directory.appendingPathComponent("bad.tsv"), atomically: true, encoding: .utf8)
        let output = try RulesdProcess.run(["sentiment", "--lexicon", "bad.tsv", "x"], in: directory)
        #expect(output.status == 2)
        #expect(output.stderr.contains("bad.tsv: line 1: 'very' is not a valence between -4 and 4"))
    }
}
