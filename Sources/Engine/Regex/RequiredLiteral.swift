import Foundation

/// A word that every match of a pattern must contain, found from the pattern's text, so that a message
/// without it is answered "no match" without running PCRE2 (which, on a 200-byte message, cost more than
/// the rest of a typical rule's conditions together).
///
/// Only the plainest case is recognized, and only where the answer is sure: a pattern that opens with a
/// run of at least three ASCII letters (after an optional `\b`), which no quantifier follows, and that has
/// no `|` anywhere. In a caseless pattern the letters may come in either case; a run holding `k` or `s`
/// is not used then, because with Unicode case folding those also match "K" (the Kelvin sign) and "ſ".
struct RequiredLiteral: Sendable, Equatable {
    /// The letters, lowered when caseless.
    let letters: [UInt8]
    let caseless: Bool
    /// The letter looked for first: the one least frequent in ordinary text, so that few places are tried.
    let anchor: Int

    /// The literal of a pattern, or nil when the pattern is not of the plain kind above.
    init?(pattern: String, caseless: Bool) {
        var bytes = Array(pattern.utf8)[...]
        guard !bytes.contains(UInt8(ascii: "|")) else { return nil }
        if bytes.starts(with: Array(#"\b"#.utf8)) { bytes = bytes.dropFirst(2) }
        let letters = Array(bytes.prefix { Self.isASCIILetter($0) })
        guard letters.count >= 3 else { return nil }
        if let next = bytes.dropFirst(letters.count).first, "?*+{".utf8.contains(next) { return nil }
        let kept = caseless ? letters.map { $0 | 0x20 } : letters
        if caseless, kept.contains(UInt8(ascii: "k")) || kept.contains(UInt8(ascii: "s")) { return nil }
        self.letters = kept
        self.caseless = caseless
        self.anchor = kept.indices.max { Self.commonness(kept[$0]) > Self.commonness(kept[$1]) } ?? 0
    }

    /// Whether the text contains the letters (in either case when caseless).
    func appears(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress, text.count >= letters.count else { return false }
        // Places the anchor letter can be at, so that the whole literal fits.
        let first = anchor
        let last = text.count - (letters.count - anchor)
        return caseless
            ? found(letters[anchor] & ~0x20, in: base, from: first, through: last) || found(letters[anchor], in: base, from: first, through: last)
            : found(letters[anchor], in: base, from: first, through: last)
    }

    /// Whether the literal is at a place where `byte` (one case of the anchor letter) is, among
    /// `text[from...through]`, found with `memchr`.
    private func found(_ byte: UInt8, in text: UnsafePointer<UInt8>, from: Int, through: Int) -> Bool {
        var position = from
        while position <= through, let hit = memchr(text + position, Int32(byte), through - position + 1) {
            let at = text.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if matches(text + (at - anchor)) { return true }
            position = at + 1
        }
        return false
    }

    /// Whether the literal is at `start` (which has room for it).
    private func matches(_ start: UnsafePointer<UInt8>) -> Bool {
        for index in letters.indices {
            // A letter ORed with 0x20 is its lower case; no other byte gives a lower-case letter that way.
            let byte = caseless ? start[index] | 0x20 : start[index]
            if byte != letters[index] { return false }
        }
        return true
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// How common a letter is in English text: a higher number is more common (the order of "etaoin
    /// shrdlu").
    private static func commonness(_ letter: UInt8) -> Int {
        let order = Array("zqxjkvbpygfwmucldrhsnioate".utf8)
        return order.firstIndex(of: letter | 0x20) ?? 0
    }
}
