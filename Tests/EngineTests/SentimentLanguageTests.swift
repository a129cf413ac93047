@testable import Engine
import Foundation
import Testing

/// Issue 31: Spanish and Portuguese messages read with their own words and grammar, never English words.
@Suite struct SentimentLanguageTests {
    let scorer = LexiconSentimentScorer()

    func es(_ text: String) -> Double { scorer.score(text, language: .es) }
    func pt(_ text: String) -> Double { scorer.score(text, language: .pt) }

    /// The three texts of the issue, scored as `rulesd sentiment` does: in the language it tells.
    @Test func theIssuesExamples() {
        #expect(scorer.score("café con leche") == 0, "\"con\" is not \"scam\"")
        #expect(scorer.score("Pésimo servicio, nunca más les compro") < -0.5)
        #expect(scorer.score("lindo demais, amei") > 0.5)
        #expect(scorer.score("me encanta, muchas gracias!") > 0.5)
    }

    @Test func englishWordsNeverScoreAnotherLanguage() {
        #expect(es("con leche y sin azúcar") == 0)
        #expect(es("el vestido es nice") == 0, "\"nice\" is English")
        #expect(pt("o vestido é nice") == 0)
        #expect(scorer.score("con", language: .en) < 0, "in English \"con\" is a scam")
    }

    @Test func emojiScoreInEveryLanguage() {
        #expect(es("😡😡") < -0.3)
        #expect(pt("❤️❤️") > 0.3)
        #expect(es(":(") < 0)
    }

    @Test func complaintsWithoutAnEmotionalWord() {
        for text in ["mi pedido no llega", "ya pasaron 10 días y nada", "nadie contesta", "sigo esperando mi pedido"] {
            #expect(es(text) < -0.2, "\(text): \(es(text))")
        }
        for text in ["cadê meu pedido", "ninguém responde", "ainda não chegou", "já faz 10 dias e nada"] {
            #expect(pt(text) < -0.2, "\(text): \(pt(text))")
        }
    }

    @Test func negation() {
        #expect(es("me gusta") > 0)
        #expect(es("no me gusta") < 0)
        #expect(es("nunca más les compro") < 0)
        #expect(pt("gostei") > 0)
        #expect(pt("não gostei") < 0)
        #expect(pt("nao gostei") < 0, "without the accent")
        #expect(pt("nem chegou") < 0)
        #expect(pt("jamais recomendo") < 0)
    }

    @Test func intensifiersBeforeAndAfter() {
        #expect(es("muy lindo") > es("lindo"))
        #expect(es("súper lindo") > es("lindo"))
        #expect(pt("muito lindo") > pt("lindo"))
        #expect(pt("lindo demais") > pt("lindo"), "\"demais\" after a word means \"very\"")
        #expect(pt("caro demais") < pt("caro"))
    }

    @Test func contrastAndTheSameWordInTwoLanguages() {
        #expect(es("bonito pero llegó tarde") < es("bonito"))
        #expect(pt("lindo mas veio errado") < pt("lindo"), "\"mas\" is \"but\" in Portuguese")
        #expect(es("más lindo") > es("lindo"), "\"más\" is \"more\" in Spanish")
        #expect(pt("tem no tamanho M?") == 0, "\"no\" is \"in the\" in Portuguese")
    }

    /// The review: "sí" (yes) is not "si" (if); Portuguese "se" inside a clause is "itself".
    @Test func conditionalsAreNotMistakenForOtherWords() {
        #expect(es("Sí, me encantó") > es("si me encantó"))
        #expect(pt("a bolsa se rasgou no primeiro dia") < -0.4)
        #expect(pt("se rasgar eu devolvo") > pt("rasgou"), "a clause that opens with se is hypothetical")
        // The final review: "e se", "mas se" and "caso" open a hypothesis too.
        #expect(pt("e se chegar quebrado?") > -0.5)
        #expect(pt("mas se chegar quebrado vou ficar triste") > pt("chegou quebrado, vou ficar triste"))
        #expect(pt("caso chegue quebrado, devolvo") > pt("chegou quebrado, devolvo"))
    }

    /// English words written with a hyphen are words, not emoticons: they stay out of other languages.
    @Test func onlyEmojiAndEmoticonsAreShared() {
        #expect(es("top-notch") == 0)
        #expect(es("xD") > 0)
        #expect(pt("T_T") < 0)
    }

    @Test func shortFormsFindPhrases() {
        #expect(pt("q vergonha") == pt("que vergonha"))
        #expect(es("q padre") == es("que padre"))
    }

    @Test func spellingsWithoutAccentsAndAbbreviations() {
        #expect(es("pesimo servicio") < -0.3)
        #expect(pt("vc é demais, obg") > 0.3)
        #expect(pt("blz, obg") > 0)
    }

    @Test func explanationNamesTheLanguage() {
        let explanation = scorer.explain("no me gustó nada")
        #expect(explanation.language == .es)
        #expect(explanation.score < 0)
        #expect(scorer.explain("👍").language == .en, "no language: the English reading")
        let unsure = scorer.explain("excelente serviço")
        #expect(unsure.language != .en && unsure.score > 0.5, "unsure, but Spanish or Portuguese words find the feeling")
    }

    @Test func lexiconsAreLargeAndMatchTheirDataFiles() throws {
        for (language, name) in [(Language.es, "es"), (.pt, "pt")] {
            let lexicon = SentimentLexicon.builtIn(for: language)
            #expect(lexicon.count > 2_500, "\(name): \(lexicon.count)")
            let tsv = try String(contentsOf: SentimentLexiconTests.root.appendingPathComponent("data/sentiment/lexicon-\(name).tsv"), encoding: .utf8)
            let swift = try String(contentsOf: SentimentLexiconTests.root.appendingPathComponent("Sources/Engine/Sentiment/BuiltInLexiconData.swift"), encoding: .utf8)
            #expect(swift.contains(tsv), "run scripts/generate-lexicon.py after editing data/sentiment/lexicon-\(name).tsv")
        }
    }

    /// Targets of the issue on the held-out fifth, rated before the lexicons were written: Pearson r ≥ 0.80,
    /// 3-class accuracy ≥ 0.75.
    @Test(arguments: [Language.es, .pt]) func heldOutFiguresMeetTheTargets(_ language: Language) throws {
        let rows = try SentimentEvaluationTests.load("\(language.rawValue)-holdout.tsv")
        #expect(rows.count >= 40)
        // Read as `rulesd sentiment` reads them: in the language rulesd tells, as docs/performance.md reports.
        let (r, accuracy) = SentimentEvaluationTests.figures(rows)
        #expect(r >= 0.80, "\(language) Pearson r \(r)")
        #expect(accuracy >= 0.75, "\(language) 3-class accuracy \(accuracy)")
    }

    @Test(arguments: [Language.es, .pt]) func evaluationSetsAreLargeEnough(_ language: Language) throws {
        let all = try SentimentEvaluationTests.load("\(language.rawValue)-eval.tsv") + SentimentEvaluationTests.load("\(language.rawValue)-holdout.tsv")
        #expect(all.count >= 200)
    }
}
