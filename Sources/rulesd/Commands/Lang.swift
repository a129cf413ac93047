import ArgumentParser
import Engine

/// `rulesd lang [TEXT...]`: the language of each text, or of each line of standard input.
struct Lang: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tell which language messages are written in (en, es, pt, or none when unsure).",
        discussion: """
            Prints LANG<TAB>CONFIDENCE<TAB>TEXT per line: LANG is en, es or pt, or none when rulesd is not sure \
            ("ok", "38", a lone emoji); CONFIDENCE, from 0 to 1, is how sure it is of the likeliest language. \
            With no TEXT, reads each line of standard input. Each text is read on its own; in serve and dry-run, \
            the customer's last sure language also weighs in, and a message that is unclear is read in it.
            """
    )

    @Argument(help: "Texts to identify.")
    var texts: [String] = []

    func run() {
        let identifier = LanguageIdentifier()
        let identify = { (text: String) in
            let guess = identifier.identify(text)
            print("\(guess.language?.rawValue ?? "none")\t\(SentimentFormat.twoDecimals(guess.confidence))\t\(text)")
        }
        if texts.isEmpty {
            while let line = readLine(strippingNewline: true) { identify(line) }
        } else {
            texts.forEach(identify)
        }
    }
}
