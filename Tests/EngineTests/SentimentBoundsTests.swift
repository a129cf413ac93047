@testable import Engine
import Foundation
import RulesDSL
import Testing

/// ``LexiconSentimentScorer/scoreBounds(_:normalized:)`` lets the engine settle `sentiment < -0.6` without
/// scoring. These tests hold it to its promise, the score always inside the bounds, on the labelled sets
/// and on generated texts built from what moves a score (lexicon words and phrases, negators, dampeners,
/// apostrophes, stretched words, emoji, emoticons, "??"); and check that the bounds are narrow where a
/// message has nothing negative in it, which is what makes them worth having.
@Suite struct SentimentBoundsTests {
    static let scorer = LexiconSentimentScorer()

    static func bounds(_ text: String, _ language: Language? = .en) -> ClosedRange<Double> {
        scorer.scoreBounds(text, normalized: NormalizedText(text), language: language)
    }

    static func labelledTexts(_ files: [String] = ["dm-eval.tsv", "dm-holdout.tsv"]) throws -> [String] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/Sentiment")
        return try files.flatMap { name in
            try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).split(separator: "\n")
                .filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: "\t", maxSplits: 1).last.map(String.init) }
        }
    }

    static let englishMovers = [
        "not", "no", "never", "don't", "can’t", "isn't", "kinda", "a bit", "barely", "so", "very", "sooo", "but", "if",
        "baaad", "goood", "thankss", "noooo", "??", "?", "!!!", ":)", ":(", "xD", "<3", "😡", "😊", "👍🏽", "❤️", "🙏🏻",
        "WHERE", "ORDER", "still waiting", "the", "dress", "hello", ",", ".", "'", "’",
    ]

    static func generatedTexts(count: Int, language: Language? = .en, movers: [String] = englishMovers) -> [String] {
        let terms = SentimentLexicon.builtIn(for: language).terms
        var random = SeededGenerator(seed: 11)
        return (0..<count).map { _ in
            var words: [String] = []
            for _ in 0..<(1 + Int(random.next() % 10)) {
                let pick = random.next() % 5 < 2 ? terms[Int(random.next() % UInt64(terms.count))] : movers[Int(random.next() % UInt64(movers.count))]
                words.append(pick)
            }
            let text = words.joined(separator: random.next() % 4 == 0 ? "" : " ")
            return random.next() % 6 == 0 ? text.uppercased() : text
        }
    }

    @Test func theScoreIsAlwaysWithinTheBounds() throws {
        var settledBelowZero = 0
        for text in try Self.labelledTexts() + Self.generatedTexts(count: 3_000) {
            let score = Self.scorer.score(text, language: .en)
            let bounds = Self.bounds(text)
            #expect(bounds.contains(score), "\(text.debugDescription): \(score) outside \(bounds)")
            if bounds.lowerBound == 0 { settledBelowZero += 1 }
        }
        // The generated texts are meant to be hard; still, some have nothing that can turn them negative.
        #expect(settledBelowZero > 100)
    }

    /// Spanish and Portuguese are read with their own grammar words ("nao", "demais", "pero"), which the
    /// bounds must know as well as the scorer does.
    @Test(arguments: [Language.es, .pt, nil]) func theScoreIsWithinTheBoundsInEveryLanguage(_ language: Language?) throws {
        let movers = [
            "no", "nunca", "nada", "ni", "nao", "não", "nem", "jamais", "sin", "sem", "pero", "mas", "porém", "aunque", "muy", "muito",
            "demais", "mesmo", "dms", "super", "re", "poco", "meio", "un poco", "si", "se", "q", "??", "!!!", ":)", ":(", "😡", "😊", "❤️", "👍🏽",
            "PEDIDO", "hola", "oi", "el", "o", ",", ".", "'",
        ]
        var settledBelowZero = 0
        let files = language.map { ["\($0.rawValue)-eval.tsv", "\($0.rawValue)-holdout.tsv"] } ?? ["es-eval.tsv", "pt-eval.tsv"]
        for text in try Self.labelledTexts(files) + Self.generatedTexts(count: 3_000, language: language, movers: movers) {
            let score = Self.scorer.score(text, language: language)
            let bounds = Self.bounds(text, language)
            #expect(bounds.contains(score), "\(String(describing: language)): \(text.debugDescription): \(score) outside \(bounds)")
            if bounds.lowerBound == 0 { settledBelowZero += 1 }
        }
        #expect(settledBelowZero > 100)
    }

    @Test func ordinaryMessagesCannotScoreBelowZero() {
        for text in ["How much is the linen dress in blue?", "Thanks so much, the dress is lovely 😊", "ok great, see you tomorrow 👍🏽", "Hi! Do you ship to Portugal?"] {
            #expect(Self.bounds(text).lowerBound == 0, "\(text)")
        }
        #expect(Self.bounds("How much is the linen dress?") == 0...0)
    }

    /// A negative phrase made of common words ("what is going on", "thank you for nothing") is looked for
    /// by its least common pair, so the everyday pairs it starts with do not open the bounds.
    @Test func everydayPairsDoNotOpenTheBounds() {
        for text in ["What is the price of the blue dress?", "thank you for the dress", "i will take two", "i will be there at 5"] {
            #expect(Self.bounds(text).lowerBound == 0, "\(text)")
        }
        for text in ["what is going on", "thank you for nothing", "i will report you", "no one called"] {
            #expect(Self.bounds(text).lowerBound == -1, "\(text)")
            #expect(Self.bounds(text).contains(Self.scorer.score(text, language: .en)), "\(text)")
        }
    }

    /// Every phrase of the lexicon opens the bounds on its own side, through one of its words or through the
    /// pair of its words kept for it: written alone, between plain words (a word after a space and before
    /// one, which the reader takes on its short path), and after punctuation.
    @Test func everyPhraseOpensTheBoundsOnItsSide() {
        let lexicon = SentimentLexicon.builtIn
        #expect(Self.bounds("the dress is in the box") == 0...0)
        var phrases = 0
        for (key, entry) in lexicon.entries where key.contains(0x20) {
            let phrase = String(decoding: key, as: UTF8.self)
            for text in [phrase, "the dress is \(phrase) in the box", "the dress, \(phrase). the box"] {
                let bounds = Self.bounds(text)
                if lexicon.valences[Int(entry)] < 0 {
                    #expect(bounds.lowerBound == -1, "\(text)")
                } else {
                    #expect(bounds.upperBound == 1, "\(text)")
                }
            }
            phrases += 1
        }
        #expect(phrases > 100)
    }

    @Test func anythingThatCanTurnAScoreNegativeOpensTheBounds() {
        for text in [
            "not happy", "I don't like it", "it's kinda nice", "where is my order??", "still waiting", "baaad", "ok :(",
            "this is awful", "😡", "I can’t believe it", "noooo thanks",
            // Emoticons that begin with a word's letters, found only by where the word ends.
            "d:", "the dress d:", "hello T_T",
        ] {
            #expect(Self.bounds(text).lowerBound == -1, "\(text)")
            #expect(Self.bounds(text).contains(Self.scorer.score(text, language: .en)), "\(text)")
        }
    }

    /// Serve evaluates without a trace and settles sentiment from the bounds; dry-run scores every message.
    /// Both must decide alike.
    @Test func rulesDecideAlikeWithAndWithoutScoring() throws {
        let rules = try program(
            """
            rule "angry" when sentiment < -0.6 then tag "angry" end
            rule "calm" when sentiment >= 0 then tag "calm" end
            rule "happy" when sentiment > 0.5 then tag "happy" end
            """, scorer: Self.scorer)
        let at = ManualClock().now
        for text in try Self.labelledTexts() + Self.generatedTexts(count: 1_000) {
            let customer = message(text, at: at)
            let settled = rules.evaluate(customer, state: ContactState(), now: at, tracing: .none)
            let scored = rules.evaluate(customer, state: ContactState(), now: at, tracing: .full)
            #expect(settled.firedRules == scored.firedRules, "\(text.debugDescription)")
        }
    }
}
