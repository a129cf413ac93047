import Engine
import Foundation
import Testing

@Suite struct KeywordMatchingTests {
    /// Whether the keyword (as written in a rule) matches the text.
    func matches(_ keyword: String, _ text: String) -> Bool {
        var index = KeywordIndex()
        guard let id = index.add(keyword) else { return false }
        return index.matches(in: NormalizedText(text)).contains { $0.pattern == id }
    }

    @Test(arguments: [
        ("price", "Price?", true),
        ("price", "what's the PRICE!", true),
        ("price", "priceless", false),
        ("envio", "¿Cuánto cuesta el envío?", true),
        ("envío", "ENVIO gratis?", true),
        ("cuánto", "cuanto cuesta", true),
        ("cost*", "costs", true),
        ("cost*", "costly", true),
        ("cost*", "cost", true),
        ("cost*", "accost", false),
        ("how much", "How   much is it", true),
        ("how much", "how\nmuch", true),
        ("how much", "how very much", false),
        ("talk to someone", "can I talk to-someone?", true),
        ("😡", "why 😡😡", true),
        ("❤", "love it ❤️", true),
        ("❤️", "love it ❤", true),
        ("👍", "ok 👍🏽", true),
        ("👍🏽", "ok 👍", true),
        ("😡", "😀", false),
        ("👨‍👩‍👧", "family 👨‍👩‍👧 pack", true),
        ("size", "ｓｉｚｅ please", true),
        ("naïve", "NAIVE", true),
        ("straße", "STRASSE", true),
    ])
    func matchingRules(_ keyword: String, _ text: String, _ expected: Bool) {
        #expect(matches(keyword, text) == expected, "\(keyword) in \(text)")
    }

    @Test func phrasesWithPrefixAtTheEnd() {
        #expect(matches("free ship*", "is there free shipping?"))
        #expect(!matches("free ship*", "free of shipping"))
    }

    @Test func oneIndexFindsEveryKeywordAndWhere() {
        var index = KeywordIndex()
        let price = index.add("price")!
        let howMuch = index.add("how much")!
        let prefix = index.add("deliver*")!
        _ = index.add("unrelated")
        let text = NormalizedText("How much is delivery? And the price?")
        let found = index.matches(in: text)
        #expect(Set(found.map(\.pattern)) == [price, howMuch, prefix])
        let phrase = found.first { $0.pattern == howMuch }!
        #expect(phrase.firstToken == 0 && phrase.lastToken == 1)
    }

    /// A word that is a keyword of its own and also begins phrases is found as both, whichever was added
    /// first (what the trie's root holds for a word is kept beside its symbol and must follow later keywords).
    @Test(arguments: [false, true])
    func aWordAloneAndAtThePhrasesItStarts(phrasesFirst: Bool) {
        var index = KeywordIndex()
        var ids: [String: Int] = [:]
        let keywords = ["free", "free ship*", "free returns", "ship*", "returns policy"]
        for keyword in phrasesFirst ? keywords.reversed() : keywords { ids[keyword] = index.add(keyword)! }
        let found = index.matches(in: NormalizedText("Free shipping? and free returns policy"))
        let spans = Set(found.map { [$0.pattern, $0.firstToken, $0.lastToken] })
        #expect(spans == [
            [ids["free"]!, 0, 0], [ids["free ship*"]!, 0, 1], [ids["ship*"]!, 1, 1],
            [ids["free"]!, 3, 3], [ids["free returns"]!, 3, 4], [ids["returns policy"]!, 4, 5],
        ])
        #expect(found.count == spans.count)
        // In token order, a word's own match before the phrases it starts.
        #expect(found.map(\.firstToken) == found.map(\.firstToken).sorted())
        #expect(found.first.map { [$0.pattern, $0.firstToken, $0.lastToken] } == [ids["free"]!, 0, 0])
        #expect(index.matches(in: NormalizedText("returns")).isEmpty)
    }

    @Test func emojiSequencesAreOneTokenEach() {
        func tokens(_ text: String) -> [String] {
            let normalized = NormalizedText(text)
            return normalized.tokens.map(normalized.string)
        }
        #expect(tokens("🇪🇸🇫🇷") == ["🇪🇸", "🇫🇷"])  // two flags side by side, each a pair of letters
        #expect(tokens("🇪🇸🇫") == ["🇪🇸", "🇫"])
        #expect(tokens("👍🏽👍") == ["👍", "👍"])  // skin tone left out of the key
        #expect(tokens("👨‍👩‍👧 ok") == ["👨\u{200D}👩\u{200D}👧", "ok"])  // one family, joined
        #expect(tokens("❤️❤") == ["❤", "❤"])  // presentation selector left out
        #expect(tokens("🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}!") == ["🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}"])
    }

    @Test func keywordsThatFoldAlikeShareAPattern() {
        var index = KeywordIndex()
        #expect(index.add("envío") == index.add("ENVIO"))
        #expect(index.add("  ") == nil)
    }

    @Test func normalizedTextKeepsSourceOffsets() {
        let text = NormalizedText("¡Hola, Señora!")
        #expect(text.tokens.map(text.string) == ["hola", "senora"])
        let bytes = Array("¡Hola, Señora!".utf8)
        let second = text.tokens[1]
        #expect(String(decoding: bytes[second.sourceStart..<second.sourceEnd], as: UTF8.self) == "Señora")
        #expect(text.joined == "hola senora")
    }

    /// Folding can make a text longer than the room first set aside for it ("ﷺ", three bytes, folds to a
    /// phrase of 33): the scan then starts again with more, and nothing is cut.
    @Test func foldsLongerThanTheTextAreKeptWhole() {
        let phrase = "ﷺ".decomposedStringWithCompatibilityMapping
        #expect(phrase.utf8.count > 2 * "ﷺ".utf8.count + 16)
        let text = NormalizedText(Array(repeating: "ﷺ", count: 20).joined(separator: " ") + " ok")
        #expect(text.tokens.count == 21)
        #expect(text.tokens.dropLast().allSatisfy { text.string($0) == phrase })
        #expect(text.string(text.tokens[20]) == "ok")
    }
}
