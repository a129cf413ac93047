@testable import Engine
import Foundation
import Testing

/// The language identifier: clear messages in English, Spanish and Portuguese, the pairs that differ by one
/// word, `none` when no reader could tell, and the labelled evaluation set.
@Suite struct LanguageIdentifierTests {
    let identifier = LanguageIdentifier()

    func language(_ text: String) -> Language? { identifier.identify(text).language }

    @Test(arguments: [
        ("How much is the linen dress?", Language.en), ("where is my order???", .en), ("thx, love it", .en),
        ("¿cuánto cuesta el envío?", .es), ("cuanto cuesta el envio", .es), ("hola, tienen talla M?", .es),
        ("Pésimo servicio, nunca más les compro", .es), ("café con leche", .es), ("mi pedido no llega", .es),
        ("quanto custa o frete?", .pt), ("oi, tem no tamanho M?", .pt), ("lindo demais, amei", .pt),
        ("cadê meu pedido", .pt), ("ninguém responde", .pt), ("vcs entregam em SP?", .pt), ("HOLA BUENAS", .es),
    ])
    func clearMessages(_ text: String, _ expected: Language) {
        #expect(language(text) == expected, "\(text): \(identifier.identify(text))")
    }

    /// Spanish and Portuguese written one word apart.
    @Test(arguments: [
        ("tienen en azul?", "tem em azul?"), ("muchas gracias", "muito obrigada"), ("mi pedido", "meu pedido"),
        ("no llegó mi pedido", "não chegou meu pedido"), ("es muy lindo", "é muito lindo"),
    ])
    func spanishAndPortuguesePairs(_ spanish: String, _ portuguese: String) {
        #expect(language(spanish) == .es, "\(spanish): \(identifier.identify(spanish))")
        #expect(language(portuguese) == .pt, "\(portuguese): \(identifier.identify(portuguese))")
    }

    @Test(arguments: ["ok", "OK", "👍", "😍😍", "38", "M", "???", "", "   ", "link", "€25"])
    func unclearTextsHaveNoLanguage(_ text: String) {
        #expect(language(text) == nil, "\(text.debugDescription): \(identifier.identify(text))")
    }

    /// A message that starts in English and goes on in Spanish is read to its end.
    @Test func mixedMessagesAreReadWhole() {
        let text = "Hello, sorry my English is not good. Quería saber si tienen el vestido de lino en talla M y cuánto cuesta el envío a Sevilla, gracias"
        #expect(language(text) == .es)
    }

    /// Decomposed accents (e + U+0301), capitals, and a four-byte emoji at the very end.
    @Test func charactersAreReadAsTheyAreWritten() {
        #expect(language("envi\u{6F}\u{301}o gratis?") == language("envío gratis?"))
        #expect(identifier.identify("ac\u{327}a\u{303}o").confidence == identifier.identify("ação").confidence, "ç and ã decomposed")
        #expect(language("¿CUÁNTO CUESTA EL ENVÍO?") == .es)
        #expect(language("muito obrigada 😍") == .pt)
        #expect(identifier.identify("ok 😍").words == 0)
    }

    @Test func confidenceAndWordsAreReported() {
        let guess = identifier.identify("muito obrigada pelo carinho")
        #expect(guess.likeliest == .pt)
        #expect(guess.confidence > 0.9)
        #expect(guess.words == 4)
        let unclear = identifier.identify("ok")
        #expect(unclear.language == nil)
        #expect(unclear.confidence < 0.8)
    }

    /// The set was written and labelled apart from the identifier and its training text.
    @Test func evaluationSetIsAtLeast95PercentRight() throws {
        let url = SentimentLexiconTests.root.appendingPathComponent("Tests/EngineTests/Fixtures/Language/lang-eval.tsv")
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            let parts = $0.split(separator: "\t", maxSplits: 1)
            return (label: String(parts[0]), text: String(parts[1]))
        }
        #expect(rows.count >= 300)
        #expect(rows.count { $0.text.split(separator: " ").count < 6 } * 2 >= rows.count, "half of them under 6 words")
        let right = rows.count { (language($0.text)?.rawValue ?? "none") == $0.label }
        #expect(Double(right) / Double(rows.count) >= 0.95, "\(right) of \(rows.count)")
    }

    @Test func modelMatchesItsDataFile() throws {
        let tsv = try String(contentsOf: SentimentLexiconTests.root.appendingPathComponent("data/language/model.tsv"), encoding: .utf8)
        // A multi-line literal ends before its last line break.
        #expect(BuiltInLanguageModelData.tsv + "\n" == tsv, "run scripts/build-language-model.py after changing data/language/")
        #expect(LanguageModel.builtIn.values.count > 3 * 5_000)
    }

    @Test func badModelLinesAreReportedWithTheirNumber() {
        #expect(throws: LanguageModel.LineError.self) { try LanguageModel(tsv: "w\tgracias\t1\t2\n") }
        do {
            _ = try LanguageModel(tsv: "weights\t1\t0.5\nq\tx\t1\t2\t3\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 2)
        }
    }
}
