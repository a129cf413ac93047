@testable import Engine
import Foundation
import Testing

/// The word a pattern's matches must hold, looked for before PCRE2 runs: it may only say "no match" where
/// PCRE2 says so too.
@Suite struct RequiredLiteralTests {
    @Test func onlyPlainOpeningWordsAreUsed() {
        #expect(RequiredLiteral(pattern: #"\border\s*#?\d{4,}"#, caseless: true)?.letters == Array("order".utf8))
        #expect(RequiredLiteral(pattern: "Pedido [0-9]+", caseless: false)?.letters == Array("Pedido".utf8))
        #expect(RequiredLiteral(pattern: "orders?", caseless: true) == nil)  // "s?" makes the last letter optional
        #expect(RequiredLiteral(pattern: "order|pedido", caseless: true) == nil)
        #expect(RequiredLiteral(pattern: "ab+c", caseless: true) == nil)
        #expect(RequiredLiteral(pattern: "(?i)order", caseless: false) == nil)
        #expect(RequiredLiteral(pattern: "ask", caseless: true) == nil)  // "k" and "s" have non-ASCII case partners
        #expect(RequiredLiteral(pattern: "ask", caseless: false)?.letters == Array("ask".utf8))
        #expect(RequiredLiteral(pattern: #"\d{4}"#, caseless: true) == nil)
    }

    @Test func prefilteredMatchesAgreeWithPCRE2() throws {
        let patterns: [(String, Bool)] = [
            (#"\border\s*#?\d{4,}"#, true), (#"\border\s*#?\d{4,}"#, false), ("Pedido [0-9]+", false), ("pedido", true),
            ("refund(ed)?", true), (#"order\b"#, true), ("tracking number", true), ("abc", false),
        ]
        let pieces = [
            "order", "ORDER", "Order", "OrDeR", "ordr", "orde", "r", " ", "#", "1234", "99999", "pedido", "Pedido", "PEDIDO",
            "refund", "REFUNDED", "tracking", "Tracking Number", "number", "é", "ö", "Ö", "abc", "ABC", "a", "b", "c", "\n", "_",
        ]
        var random = SeededGenerator(seed: 9)
        var matched = 0
        for (pattern, caseless) in patterns {
            let fast = try CompiledRegex(pattern: pattern, caseless: caseless, prefiltered: true)
            let plain = try CompiledRegex(pattern: pattern, caseless: caseless, prefiltered: false)
            for _ in 0..<2_000 {
                var text = ""
                for _ in 0..<(Int(random.next() % 12)) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
                let expected = plain.firstMatch(in: text)
                #expect(fast.firstMatch(in: text) == expected, "\(pattern) on \(text.debugDescription)")
                if case .match = expected { matched += 1 }
            }
        }
        #expect(matched > 1_000)
    }
}
