import Engine
import Foundation
import Testing

let scorer = LexiconSentimentScorer()

func score(_ text: String) -> Double { scorer.score(text) }

@Suite struct SentimentHeuristicTests {
    @Test func scoresStayInRangeAndNeutralIsZero() {
        #expect(score("How much is the linen dress?") == 0)
        #expect(score("") == 0)
        for text in ["I LOVE IT!!!! ❤️❤️❤️😍😍 best shop ever!!!", "SCAM!!! THIEVES!!! 😡🤬😡 worst ever"] {
            #expect((-1...1).contains(score(text)))
        }
    }

    @Test func commerceComplaintsWithoutEmotionalWordsAreNegative() {
        for text in ["WHERE IS MY ORDER???", "my order hasn't arrived yet", "still waiting for my refund", "I want my money back", "no answer to my messages", "I paid and didn't receive anything"] {
            #expect(score(text) < -0.3, "\(text): \(score(text))")
        }
    }

    @Test func politeWordsDoNotTipQuestionsPositive() {
        #expect(score("ok please") == 0)
        #expect(score("can you send me the link please") == 0)
    }

    @Test func emojiWithAndWithoutVariationSelectorsAndSkinTones() {
        #expect(score("❤️") > 0.5)
        #expect(score("❤") == score("❤️"))
        #expect(score("👍🏽") == score("👍"))
        #expect(score("😡") < -0.5)
        #expect(score("🔥") > 0.3, "fire praises in shopping DMs")
        #expect(score("🤦‍♀️") < 0, "a ZWJ sequence falls back to its base emoji")
    }

    @Test func emoticons() {
        #expect(score(":)") > 0.3)
        #expect(score(":(") < -0.3)
        #expect(score("<3") > 0.5)
        #expect(score("the store opens at 5:30") == 0, "a time is not an emoticon")
    }

    @Test func negationWithinAWindow() {
        #expect(score("cheerful") > 0)
        #expect(score("not cheerful") < 0)
        #expect(score("isn't good") < 0)
        #expect(score("no complaints") > 0)
        #expect(score("I wasn't disappointed") > 0)
        #expect(score("not at all the kind of thing, happy") > 0, "a clause boundary ends the negation")
    }

    @Test func intensifiersAndDampeners() {
        #expect(score("very good") > score("good"))
        #expect(score("kinda good") < score("good"))
        #expect(score("extremely disappointed") < score("disappointed"))
    }

    @Test func contrastWeighsTheSecondClause() {
        #expect(score("The dress is nice but it arrived 2 weeks late") < 0)
        #expect(score("It took a while but it was worth it") > 0)
    }

    @Test func capitalsEmphasizeIncludingWholeMessages() {
        #expect(score("I LOVE it") > score("I love it"))
        #expect(score("I AM SO ANGRY") < score("I am so angry"))
        #expect(score("THANK YOU") > score("thank you"))
    }

    @Test func punctuationEmphasis() {
        #expect(score("great!!!") > score("great"))
        #expect(score("terrible!!") < score("terrible"))
        #expect(score("hello???") < 0, "repeated question marks alone read as impatience")
        #expect(score("hello?") == 0)
    }

    @Test func elongatedWords() {
        #expect(score("sooo cute") > score("so cute"))
        #expect(score("loooove it") > 0.5)
        #expect(score("thankss") > 0)
    }

    @Test func sarcasm() {
        #expect(score("Great, another delay") < -0.3)
        #expect(score("Thanks for nothing") < -0.3)
        #expect(score("Best service ever... NOT") < 0)
        #expect(score("Great, thank you") > 0, "a positive opener without a complaint stays positive")
    }

    @Test func conditionalsSoften() {
        #expect(score("what if it doesn't fit?") > score("it doesn't fit"))
    }

    @Test func explanationNamesEveryContribution() {
        let explanation = scorer.explain("not glad about the SCAM!!")
        #expect(explanation.contributions.map(\.text) == ["glad", "SCAM"])
        #expect(explanation.contributions[0].notes == ["negated"])
        #expect(explanation.contributions[1].notes == ["in capitals"])
        #expect(explanation.notes.contains("2 exclamation marks"))
        #expect(explanation.score == score("not glad about the SCAM!!"))
    }
}

@Suite struct SentimentLexiconTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func builtInLexiconIsLargeAndMatchesItsDataFile() throws {
        let tsv = try String(contentsOf: Self.root.appendingPathComponent("data/sentiment/lexicon-en.tsv"), encoding: .utf8)
        let swift = try String(contentsOf: Self.root.appendingPathComponent("Sources/Engine/Sentiment/BuiltInLexiconData.swift"), encoding: .utf8)
        #expect(swift.contains(tsv), "run scripts/generate-lexicon.py after editing data/sentiment/lexicon-en.tsv")
        #expect(SentimentLexicon.builtIn.count >= 2_000)
    }

    @Test func extraLexiconOverridesAndExtends() throws {
        let extra = try SentimentLexicon(tsv: "# shop slang\nbangin\t3\nhappy\t-1\n")
        let custom = LexiconSentimentScorer(lexicon: SentimentLexicon.builtIn.merging(extra))
        #expect(scorer.score("bangin") == 0)
        #expect(custom.score("bangin") > 0.5)
        #expect(custom.score("happy") < 0)
    }

    @Test func badLexiconLinesAreReportedWithTheirNumber() {
        #expect(throws: SentimentLexicon.LineError(line: 2, reason: "'lots' is not a valence between -4 and 4")) {
            try SentimentLexicon(tsv: "good\t1\nbad\tlots\n")
        }
        #expect(throws: SentimentLexicon.LineError(line: 1, reason: "expected a term, a tab and a valence")) {
            try SentimentLexicon(tsv: "no tab here\n")
        }
    }
}

/// The evaluation set must not regress: Pearson r and 3-class accuracy against the hand ratings.
@Suite struct SentimentEvaluationTests {
    static func load(_ name: String) throws -> [(Double, String)] {
        let url = SentimentLexiconTests.root.appendingPathComponent("Tests/EngineTests/Fixtures/Sentiment/\(name)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, let rating = Double(parts[0]) else { return nil }
            return (rating, String(parts[1]))
        }
    }

    /// The figures of a set, each text read in `language` (nil: in the language rulesd tells).
    static func figures(_ rows: [(Double, String)], language: Language? = nil) -> (r: Double, accuracy: Double) {
        let scores = rows.map { row in language.map { scorer.score(row.1, language: $0) } ?? score(row.1) }
        let ratings = rows.map(\.0)
        let n = Double(rows.count)
        let meanScore = scores.reduce(0, +) / n
        let meanRating = ratings.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (x, y) in zip(scores, ratings) {
            sxy += (x - meanScore) * (y - meanRating)
            sxx += (x - meanScore) * (x - meanScore)
            syy += (y - meanRating) * (y - meanRating)
        }
        func label(_ value: Double, _ threshold: Double) -> Int { value > threshold ? 1 : value < -threshold ? -1 : 0 }
        let correct = zip(scores, ratings).count { label($0, 0.05) == label($1, 0) }
        return (sxy / (sxx * syy).squareRoot(), Double(correct) / n)
    }

    @Test func evaluationSetFiguresDoNotRegress() throws {
        let rows = try Self.load("dm-eval.tsv")
        #expect(rows.count >= 400)
        let (r, accuracy) = Self.figures(rows)
        #expect(r >= 0.94, "Pearson r \(r)")
        #expect(accuracy >= 0.94, "3-class accuracy \(accuracy)")
    }

    @Test func heldOutSetFiguresDoNotRegress() throws {
        let (r, accuracy) = Self.figures(try Self.load("dm-holdout.tsv"))
        #expect(r >= 0.85, "Pearson r \(r)")
        #expect(accuracy >= 0.85, "3-class accuracy \(accuracy)")
    }
}
