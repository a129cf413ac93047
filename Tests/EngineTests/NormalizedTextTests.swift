@testable import Engine
import Foundation
import Testing

/// ``NormalizedText`` against a plain reference on generated texts: ASCII words of every length (the scan
/// reads runs of ASCII letters and digits eight bytes at a time), every byte that borders a letter or digit
/// range ("@", "[", "`", "{", "/", ":"), accented letters inside words, emoji with and without skin tones.
@Suite struct NormalizedTextTests {
    /// What the scan must produce for one token.
    struct Expected: Equatable, CustomStringConvertible {
        var folded: String
        var sourceStart: Int
        var sourceEnd: Int
        var hash: UInt64
        var isEmoji: Bool
        var description: String { "\(folded)@\(sourceStart)..<\(sourceEnd)\(isEmoji ? " emoji" : "")" }
    }

    /// The tokens of a text made only of the pieces `generatedText` uses, worked out one scalar at a time.
    static func reference(_ text: String) -> [Expected] {
        var tokens: [Expected] = []
        var word = ""
        var wordStart = 0
        var offset = 0
        func finishWord(at end: Int) {
            if !word.isEmpty { tokens.append(Expected(folded: word, sourceStart: wordStart, sourceEnd: end, hash: NormalizedText.hash(word.utf8), isEmoji: false)) }
            word = ""
        }
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let length = String(scalar).utf8.count
            switch scalar {
            case "a"..."z", "0"..."9", "é":
                if word.isEmpty { wordStart = offset }
                word += scalar == "é" ? "e" : String(scalar)
            case "A"..."Z", "É":
                if word.isEmpty { wordStart = offset }
                word += scalar == "É" ? "e" : String(scalar).lowercased()
            case "😊", "👍":
                finishWord(at: offset)
                var end = offset + length
                if index + 1 < scalars.count, scalars[index + 1] == "\u{1F3FD}" {
                    end += String(scalars[index + 1]).utf8.count
                    index += 1
                }
                tokens.append(Expected(folded: String(scalar), sourceStart: offset, sourceEnd: end, hash: NormalizedText.hash(String(scalar).utf8), isEmoji: true))
                offset = end
                index += 1
                continue
            default:
                finishWord(at: offset)
            }
            offset += length
            index += 1
        }
        finishWord(at: offset)
        return tokens
    }

    static func generatedText(_ random: inout SeededGenerator) -> String {
        let pieces = [
            "a", "Z", "q", "7", "0", "9", "hello", "WORLD", "MiXeD", "abcdefgh", "ABCDEFGHIJKLMNOP", "x1y2z3w4v5u6",
            "@", "[", "`", "{", "/", ":", " ", "  ", ",", ".", "!", "?", "-", "_", "\n", "é", "É", "😊", "👍🏽",
        ]
        var text = ""
        for _ in 0..<(Int(random.next() % 40)) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
        return text
    }

    @Test func theScanAgreesWithThePlainReference() {
        var random = SeededGenerator(seed: 7)
        for _ in 0..<5_000 {
            let text = Self.generatedText(&random)
            let scanned = NormalizedText(text)
            let found = scanned.tokens.map {
                Expected(folded: scanned.string($0), sourceStart: $0.sourceStart, sourceEnd: $0.sourceEnd, hash: $0.hash, isEmoji: $0.isEmoji)
            }
            #expect(found == Self.reference(text), "\(text.debugDescription)")
        }
    }

    /// The scan's `mayBeStretched` may only be false for a word that neither ends in a doubled byte nor
    /// holds three equal bytes in a row (the sentiment bounds then skip its shortened forms), and is false
    /// for every such word spelled in ASCII in fewer than eight bytes (most words).
    @Test func aWordIsMarkedAsMaybeStretchedWhenItCouldBe() {
        let pieces = [
            "a", "b", "A", "B", "ab", "aa", "Aa", "aaa", "book", "sooo", "abcdefgh", "hij", "Hh", "ABCDEFGHIJKLMNOP", "x1y2z3w4v5u6",
            "11", "bc", "e\u{301}", "é", "ñ", "😊", " ", ".", "'", "-",
        ]
        var random = SeededGenerator(seed: 11)
        var unmarked = 0
        var marked = 0
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<(Int(random.next() % 24)) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
            let scanned = NormalizedText(text)
            let utf8 = Array(text.utf8)
            for token in scanned.tokens where !token.isEmoji {
                let folded = scanned.foldedBytes(of: token)
                let endsDoubled = folded.count >= 2 && folded[folded.count - 1] == folded[folded.count - 2]
                let holdsThree = folded.indices.dropFirst(2).contains { folded[$0] == folded[$0 - 1] && folded[$0] == folded[$0 - 2] }
                let stretched = endsDoubled || holdsThree
                let isASCII = utf8[token.sourceStart..<token.sourceEnd].allSatisfy { $0 < 0x80 }
                if stretched {
                    #expect(token.mayBeStretched, "\(text.debugDescription): \(scanned.string(token))")
                    marked += 1
                } else if isASCII, folded.count < 8 {
                    #expect(!token.mayBeStretched, "\(text.debugDescription): \(scanned.string(token))")
                    unmarked += 1
                }
            }
        }
        #expect(unmarked > 1_000 && marked > 1_000)
    }

    @Test func longWordsOfEveryLengthAreLoweredAndHashedWhole() {
        for length in 1...40 {
            let word = String((0..<length).map { Character(Unicode.Scalar(UInt8(ascii: $0 % 3 == 0 ? "A" : "b") + UInt8($0 % 20))) })
            for text in [word, " " + word + " ", word + "é", word + ".", "x" + word] {
                let scanned = NormalizedText(text)
                #expect(scanned.tokens.map(scanned.string) == Self.reference(text).map(\.folded), "\(text)")
                #expect(scanned.tokens.map(\.hash) == Self.reference(text).map(\.hash), "\(text)")
            }
        }
    }
}
