/// How the language identifier reads characters: each letter a 5-bit code (a-z; "ñ", "ç", "ã" and "õ",
/// which tell Spanish from Portuguese; other accented Latin letters as their base letter, so "é" reads as
/// "e"; one code for every other letter), apostrophes and combining accents skipped inside words, "¿" and
/// "¡" as words of their own, and anything else (spaces, digits, punctuation, emoji) between words. Five
/// bits keep the trigram table at 32,768 entries (64 KB), which stays in cache.
///
/// `scripts/build-language-model.py` reads text the same way; the two must agree.
enum LanguageLetters {
    /// What one Unicode scalar is to the identifier.
    enum Kind: Equatable {
        /// A letter: its code (1 to 31) and its folded ASCII byte for word keys ("á" is "a").
        case letter(code: UInt8, folded: UInt8)
        /// "¿" or "¡": a word of its own, keyed by this byte.
        case mark(UInt8)
        /// An apostrophe: skipped, so "don't" reads as "dont".
        case skipped
        /// A combining accent of decomposed text ("n" + U+0303): the identifier composes the text and reads
        /// it again.
        case combiningMark
        /// Anything else ends a word.
        case boundary
    }

    /// The letters with codes of their own after a-z (27 to 30), lower case.
    static let distinctive: [Unicode.Scalar] = ["ñ", "ç", "ã", "õ"]
    /// The code of a letter not among a-z, ``distinctive`` and the accented vowels.
    static let otherLetter: UInt8 = 31
    /// The folded byte of such a letter in a word key.
    static let otherLetterByte = UInt8(ascii: "*")

    /// The kind of a scalar, upper case read as lower case.
    @inline(__always)
    static func kind(_ scalar: Unicode.Scalar) -> Kind {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            if byte >= 0x61, byte <= 0x7A { return .letter(code: byte - 0x60, folded: byte) }
            if byte >= 0x41, byte <= 0x5A { return .letter(code: byte - 0x40, folded: byte + 0x20) }
            return byte == 0x27 ? .skipped : .boundary
        }
        if value >= 0xC0, value <= 0xFF, value != 0xD7, value != 0xF7 {
            // Latin-1 letters: upper case (C0-DE) is lower case (E0-FE) less 0x20.
            let lower = value < 0xE0 ? value + 0x20 : value
            return latin1[Int(lower - 0xE0)]
        }
        switch value {
        case 0xBF, 0xA1: return .mark(UInt8(value))
        case 0x2019: return .skipped
        case 0x0300...0x036F: return .combiningMark
        default: return scalar.properties.isAlphabetic ? .letter(code: otherLetter, folded: otherLetterByte) : .boundary
        }
    }

    /// Calls `body` with the kind of each character of a text, in order: ASCII from a table, other
    /// characters decoded from the text's UTF-8 (which a `String` always holds valid).
    @inline(__always)
    static func forEachKind(in text: String, _ body: (Kind) -> Void) {
        var text = text
        // Read once: a static read on every byte went through its lazy initializer's check each time.
        let ascii = ascii
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    body(ascii[Int(lead)])
                    index += 1
                    continue
                }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<min(length, bytes.count - index) {
                    value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                }
                index += length
                body(Unicode.Scalar(value).map(kind) ?? .boundary)
            }
        }
    }

    /// The kind of each ASCII byte, for the identifier's fast path.
    static let ascii: [Kind] = (0..<128).map { kind(Unicode.Scalar(UInt8($0))) }

    /// The kinds of the lower-case Latin-1 letters U+00E0 to U+00FF.
    private static let latin1: [Kind] = (0xE0...0xFF).map { value in
        let scalar = Unicode.Scalar(UInt32(value))!
        if let index = distinctive.firstIndex(of: scalar) { return .letter(code: UInt8(27 + index), folded: fold(scalar)) }
        let folded = fold(scalar)
        if folded != otherLetterByte { return .letter(code: folded - 0x60, folded: folded) }
        return scalar.properties.isAlphabetic ? .letter(code: otherLetter, folded: otherLetterByte) : .boundary
    }

    /// The ASCII letter an accented letter folds to ("ç" is "c", "ñ" is "n").
    static func fold(_ scalar: Unicode.Scalar) -> UInt8 {
        switch scalar {
        case "á", "à", "â", "ã", "ä": UInt8(ascii: "a")
        case "é", "è", "ê", "ë": UInt8(ascii: "e")
        case "í", "ì", "î", "ï": UInt8(ascii: "i")
        case "ó", "ò", "ô", "õ", "ö": UInt8(ascii: "o")
        case "ú", "ù", "û", "ü": UInt8(ascii: "u")
        case "ç": UInt8(ascii: "c")
        case "ñ": UInt8(ascii: "n")
        default: otherLetterByte
        }
    }

    /// The code of a letter as the model file writes it in a trigram ("_" for the edge of a word).
    static func code(ofModelCharacter scalar: Unicode.Scalar) -> UInt8? {
        if scalar == "_" { return 0 }
        if scalar == "*" { return otherLetter }
        if case .letter(let code, _) = kind(scalar) { return code }
        return nil
    }

    /// The key of a word as the model file writes it (folded: "gracias", "nao", "¿").
    static func wordKey(_ word: Substring) -> [UInt8] {
        var key: [UInt8] = []
        for scalar in word.unicodeScalars {
            switch kind(scalar) {
            case .letter(_, let folded): key.append(folded)
            case .mark(let byte): key.append(byte)
            case .skipped, .combiningMark, .boundary: if scalar == "*" { key.append(otherLetterByte) }
            }
        }
        return key
    }
}
