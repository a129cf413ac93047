import ArgumentParser
import Engine
import Foundation

/// `rulesd sentiment [TEXT...]`: the sentiment score of each text, or of each line of standard input.
struct Sentiment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score how positive or negative messages sound, from -1 to 1.",
        discussion: """
            Prints score<TAB>text per line, the score with 4 decimals. With no TEXT, scores each line of standard input. \
            Each text is read in its own language (English, Spanish or Portuguese) with that language's words only; \
            a text whose language rulesd cannot tell is read in each, and the reading that finds the most feeling \
            counts. See `rulesd lang`.
            """
    )

    @Flag(help: "Show which words, emoji and rules contributed.")
    var explain = false

    @Option(help: "An extra lexicon file (term<TAB>valence per line) extending or overriding the built-in one.")
    var lexicon: String?

    @Argument(help: "Texts to score.")
    var texts: [String] = []

    func run() throws {
        let scorer: LexiconSentimentScorer
        do { scorer = try SentimentLoading.scorer(extraLexicon: lexicon) } catch { fail(error) }
        let identifier = LanguageIdentifier()
        let score = { (text: String) in
            if explain {
                // Told once: the scorer reads the text in the language told here.
                let sure = identifier.identify(text).language
                let explanation = scorer.explain(text, language: sure)
                print("\(SentimentFormat.fourDecimals(explanation.score))\t\(text)")
                if let sure {
                    print("  language: \(sure.rawValue) (\(sure.name))")
                } else if explanation.score == 0 {
                    print("  language: not sure; no language's words found any feeling")
                } else {
                    print("  language: not sure; read as \(explanation.language?.name ?? "English"), which found the most feeling")
                }
                for contribution in explanation.contributions {
                    let notes = contribution.notes.isEmpty ? "" : " (" + contribution.notes.joined(separator: ", ") + ")"
                    print("  \(SentimentFormat.fourDecimals(contribution.valence))\t\(contribution.text)\(notes)")
                }
                for note in explanation.notes { print("  \(note)") }
            } else {
                print("\(SentimentFormat.fourDecimals(scorer.score(text)))\t\(text)")
            }
        }
        if texts.isEmpty {
            while let line = readLine(strippingNewline: true) { score(line) }
        } else {
            texts.forEach(score)
        }
    }
}

/// Builds the scorer: the built-in lexicons, each extended by a seller's file when one is given.
enum SentimentLoading {
    static func scorer(extraLexicon path: String?) throws(UsageError) -> LexiconSentimentScorer {
        guard let path else { return LexiconSentimentScorer() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError(description: "cannot read lexicon file \(path)")
        }
        do {
            let extra = try SentimentLexicon(tsv: String(decoding: data, as: UTF8.self))
            return LexiconSentimentScorer(adding: extra)
        } catch {
            throw UsageError(description: "\(path): \(error)")
        }
    }
}
