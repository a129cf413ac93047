@testable import Engine
import Testing

/// The sentiment tokenizer takes its words and emoji from the keyword scan (``NormalizedText``) and reads
/// only the bytes between them; these tests hold it to the straightforward byte-by-byte scanner it
/// replaced (``ReferenceSentimentTokenizer``), token by token, on hand-picked and generated texts.
@Suite struct SentimentTokenizerTests {
    static let lexicon = SentimentLexicon.builtIn

    /// Every field of every token, the keys, and the leading "!" count, as one comparable description.
    static func described(tokens: [SentimentTokenizer.Token], key: (SentimentTokenizer.Token) -> ArraySlice<UInt8>, leading: Int) -> [String] {
        ["leading !: \(leading)"] + tokens.map { token in
            "\(token.kind) \"\(String(decoding: key(token), as: UTF8.self))\" hash \(token.hash) caps \(token.isAllCaps) "
                + "lower \(token.hasLowercase) elongated \(token.isElongated) ! \(token.exclamations) ? \(token.questions) "
                + "clause \(token.endsClause) source \(token.sourceStart)..<\(token.sourceEnd)"
        }
    }

    static func tokenized(_ text: String) -> [String] {
        var tokenizer = SentimentTokenizer(emoticons: lexicon.emoticonGroups)
        tokenizer.tokenize(text)
        return described(tokens: tokenizer.tokens, key: tokenizer.key, leading: tokenizer.leadingExclamations)
    }

    static func referenceTokenized(_ text: String) -> [String] {
        var reference = ReferenceSentimentTokenizer(emoticons: lexicon.emoticons)
        reference.tokenize(text)
        return described(tokens: reference.tokens, key: reference.key, leading: reference.leadingExclamations)
    }

    static let handPicked = [
        "", " ", "don't", "DON'T", "don’t stop", "dogs' toys", "'quoted' words", "rock'n'roll", "l'été", "x ’cause",
        "it's''s", "can't!!!", "WHERE IS MY ORDER???", "Hello??? anyone???", "!!! wow", "hi :)", ":) hi", ":D", "xD lol",
        "<3 love", "D: no", "hmm :-( ok", "ok:)", "a :)b", "sooo cute", "thankss", "loooove it", "ÉNORME", "SEÑORA",
        "ß", "ﬁne", "Ａｂｃ", "e\u{301}te\u{301}", "café\u{301}'s", "¿qué? ¡sí!", "wait… what—no", "line\nbreak\tand tab",
        "👍🏽👍🏽", "❤️❤️❤️😍", "I love it ❤️", "no😡way", "A1 B2", "OK", "I", "NO WAY", "x\u{200D}y", "\u{FE0F}", "a\u{FE0F}'b",
        "😊:)", ":)😊", "\u{FFFD}bad", "a'", "'", "’", "a’’b", "a' b", ":'(", ">:(", "=)", ":p", "xd", "XD!!", "<3<3",
    ]

    @Test func handPickedTextsTokenizeAsTheReferenceScannerDoes() {
        for text in Self.handPicked {
            #expect(Self.tokenized(text) == Self.referenceTokenized(text), "\(text.debugDescription)")
        }
    }

    @Test func generatedTextsTokenizeAsTheReferenceScannerDoes() {
        let pieces = [
            "hello", "Hello", "HELLO", "don't", "can’t", "it's", "'", "’", ":)", ":(", ":D", "xD", "<3", ":-(", "D:", ":'(",
            "!", "!!!", "?", "???", ",", ".", ";", ":", "\n", "\t", " ", "  ", "\u{301}", "\u{FE0F}", "\u{200D}", "😊", "👍🏽",
            "❤️", "😡", "É", "ß", "ﬁ", "señora", "envío", "¿", "¡", "—", "…", "42", "sooo", "baaad", "good", "not", "but",
            "very", "if", "great", "SCAM", "refund", "aa", "a", "-", "(", ")", "=", "<", ">",
        ]
        var random = SeededGenerator(seed: 7)
        for _ in 0..<1_500 {
            var text = ""
            for _ in 0..<Int(random.next() % 9) {
                text += pieces[Int(random.next() % UInt64(pieces.count))]
                if random.next() % 3 == 0 { text += " " }
            }
            #expect(Self.tokenized(text) == Self.referenceTokenized(text), "\(text.debugDescription)")
        }
    }
}
