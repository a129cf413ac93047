extension LexiconSentimentScorer {
    /// Where a text's score can fall, read from its words without scoring it: a message with no word,
    /// phrase, emoji or emoticon that can pull the score below zero (no complaint, no "not", no "kinda",
    /// no "??") scores at least 0, so `sentiment < -0.6` is settled by a few bit tests per word.
    ///
    /// The range is sure, not a guess: every rule of the scorer that can give a negative (or positive)
    /// score needs one of the words in ``SentimentSigns``, repeated question marks, or an emoticon.
    public func scoreBounds(_ text: String, normalized: NormalizedText, language: Language?) -> ClosedRange<Double> {
        if readsOwnLexicon(language) { return scoreBounds(text, normalized: normalized, lexicon: lexicon) }
        if let language { return scoreBounds(text, normalized: normalized, lexicon: lexicon(for: language)) }
        // A text of no language is scored by more than one reading: the bounds hold them all.
        var bounds: ClosedRange<Double>?
        for reading in readings(nil) {
            let one = scoreBounds(text, normalized: normalized, lexicon: lexicon(for: reading))
            bounds = bounds.map { min($0.lowerBound, one.lowerBound)...max($0.upperBound, one.upperBound) } ?? one
        }
        return bounds ?? -1...1
    }

    private func scoreBounds(_ text: String, normalized: NormalizedText, lexicon: borrowing SentimentLexicon) -> ClosedRange<Double> {
        var text = text
        return text.withUTF8 { source in
            normalized.withBuffers { tokens, folded in
                var reader = BoundsReader(
                    signs: lexicon.signs, emoticons: lexicon.emoticonGroups, source: source, folded: folded, tokens: tokens,
                    spaceEndsWord: !lexicon.emoticonGroups.mayStartAtWordBeforeSpace)
                reader.read()
                return (reader.reached.contains(.negative) ? -1 : 0)...(reader.reached.contains(.positive) ? 1 : 0)
            }
        }
    }
}

/// One reading of a text for ``LexiconSentimentScorer/scoreBounds(_:normalized:language:)``: which sides of zero
/// its score may reach.
private struct BoundsReader {
    let signs: SentimentSigns
    let emoticons: SentimentTokenizer.Emoticons
    let source: UnsafeBufferPointer<UInt8>
    let folded: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<NormalizedText.Token>
    /// Whether a word followed by a space needs no emoticon or apostrophe check (true of the built-in
    /// emoticons): the common case, passed over with one byte read.
    let spaceEndsWord: Bool
    /// The sides of zero found so far.
    var reached: SentimentSigns.Sides = []
    /// The sides not found yet: all that a lookup still needs to ask for.
    var wanted: SentimentSigns.Sides { SentimentSigns.Sides(rawValue: ~reached.rawValue & SentimentSigns.Sides.both.rawValue) }
    var isWhole: Bool { reached == .both }
    var questions = 0

    /// The scorer's tokens, as it would cut them from the scan, alone and in adjacent pairs; and between
    /// them, repeated question marks (impatience, with no other feeling, is negative) and emoticons
    /// (either way).
    mutating func read() {
        var previous: UInt64?
        var gapStart = 0
        var index = 0
        while index < tokens.count {
            // Most tokens are a word after a plain gap and before a space: nothing to read around them, no
            // apostrophe to join, so only the word itself and the pair it ends are looked up.
            let token = tokens[index]
            if spaceEndsWord, !token.isEmoji, token.sourceEnd < source.count, source[token.sourceEnd] == UInt8(ascii: " "),
                isPlainGap(from: gapStart, to: token.sourceStart)
            {
                readWord(UnsafeBufferPointer(rebasing: folded[token.start..<token.end]), hash: token.hash, mayBeStretched: token.mayBeStretched)
                readPair(previous, token.hash)
                if isWhole { return }
                previous = token.hash
                gapStart = token.sourceEnd
                index += 1
                continue
            }
            // Most gaps are one space or nothing, which hold no "?" and no emoticon.
            if !isPlainGap(from: gapStart, to: tokens[index].sourceStart) { readGap(from: gapStart, to: tokens[index].sourceStart) }
            // Most words end at a space: no emoticon starts at them and no apostrophe joins them to the next.
            let endsAtSpace = spaceEndsWord && tokens[index].sourceEnd < source.count && source[tokens[index].sourceEnd] == UInt8(ascii: " ")
            if !endsAtSpace {
                readWordStart(index)
                if isWhole { return }
            }
            // An emoji, or a word with what follows its apostrophes ("don't" is one word to the scorer).
            var last = index
            while !endsAtSpace, !tokens[index].isEmoji, last + 1 < tokens.count, !tokens[last + 1].isEmoji,
                !isPlainGap(from: tokens[last].sourceEnd, to: tokens[last + 1].sourceStart),
                Self.apostrophesOnly(UnsafeBufferPointer(rebasing: source[tokens[last].sourceEnd..<tokens[last + 1].sourceStart]))
            {
                last += 1
            }
            let key = UnsafeBufferPointer(rebasing: folded[tokens[index].start..<tokens[last].end])
            let hash = last == index ? tokens[index].hash : NormalizedText.hash(key)
            if tokens[index].isEmoji {
                readEmoji(key, hash: hash)
            } else {
                readWord(key, hash: hash, mayBeStretched: last != index || tokens[index].mayBeStretched)
            }
            readPair(previous, hash)
            if isWhole { return }
            previous = hash
            gapStart = tokens[last].sourceEnd
            index = last + 1
        }
        readGap(from: gapStart, to: source.count)
    }

    /// A word's sign, and its shortened forms' when the scorer would try them: for a stretched word, or one
    /// ending in a double letter (most words are neither, which the scan has already seen for most:
    /// `mayBeStretched` false).
    @inline(__always)
    private mutating func readWord(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, mayBeStretched: Bool) {
        add(hash)
        if mayBeStretched, key.count > 2, Self.isStretched(key) { readShortenedForms(key) }
    }

    /// The sign of the phrase a pair of adjacent words may begin.
    @inline(__always)
    private mutating func readPair(_ previous: UInt64?, _ hash: UInt64) {
        if let previous { reach(signs.sides(ofPair: SentimentSigns.pairKey(previous, hash), among: wanted)) }
    }

    /// Whether the bytes between two tokens are none or one space.
    @inline(__always)
    private func isPlainGap(from start: Int, to end: Int) -> Bool {
        end == start || end == start + 1 && source[start] == UInt8(ascii: " ")
    }

    /// The bytes between two tokens: question marks, and emoticons.
    private mutating func readGap(from start: Int, to end: Int) {
        for position in start..<end {
            if source[position] == UInt8(ascii: "?") {
                questions += 1
                if questions >= 2 { reached.insert(.negative) }
            }
            if emoticons.mayStart(source, at: position), emoticons.match(in: source, at: position) != nil { return reach(.both) }
        }
    }

    /// An emoticon that starts with a word's letters ("so-so", "d:"): it ends the word at its first other
    /// byte, which most words are not followed by.
    @inline(__always)
    private mutating func readWordStart(_ token: Int) {
        guard !tokens[token].isEmoji else { return }
        if emoticons.mayStartAtWord(endingAt: tokens[token].sourceEnd, in: source), emoticons.match(in: source, at: tokens[token].sourceStart) != nil {
            reach(.both)
        }
    }

    /// Whether the scorer looks a word up by its shortened forms: stretched ("sooo"), or ending in a
    /// double letter ("thankss").
    private static func isStretched(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        if key[key.count - 1] == key[key.count - 2] { return true }
        var run = LetterRun()
        for byte in key { run.add(byte) }
        return run.isElongated
    }

    /// Whether the bytes between two words are only apostrophes ("'", "’") and marks, so the scorer reads
    /// the two as one word.
    private static func apostrophesOnly(_ gap: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !gap.isEmpty, gap[0] == UInt8(ascii: "'") || gap[0] >= 0x80 else { return false }
        var index = 0
        while index < gap.count {
            if gap[index] < 0x80 {
                guard gap[index] == UInt8(ascii: "'") else { return false }
                index += 1
                continue
            }
            let (scalar, length) = NormalizedText.decode(gap, at: index)
            guard scalar.value == 0x2019 || ScalarClass.of(scalar).kind == .ignorable else { return false }
            index += length
        }
        return true
    }

    /// The signs of a word's shortened forms, as the scorer would try them ("baaad" is read as "bad",
    /// "sooo" as "so", "thankss" as "thanks").
    ///
    /// A form is only looked up when it differs from the word (keeping runs of two shortens only runs of
    /// three or more), as the scorer only tries it then.
    private mutating func readShortenedForms(_ key: UnsafeBufferPointer<UInt8>) {
        for keep in 1...2 {
            var hash = NormalizedText.hashSeed
            var kept = 0
            LetterRun.shortened(key, keepingRunsOf: keep) {
                hash = NormalizedText.hash(hash, adding: $0)
                kept += 1
            }
            if kept < key.count { add(hash) }
        }
    }

    /// An emoji's sign, or if the lexicon lacks the sequence, its first character's (as the scorer reads it).
    private mutating func readEmoji(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) {
        add(hash)
        let (_, firstLength) = NormalizedText.decode(key, at: 0)
        if firstLength < key.count { add(NormalizedText.hash(key[0..<firstLength])) }
    }

    @inline(__always)
    private mutating func add(_ hash: UInt64) {
        reach(signs.sides(ofWord: hash, among: wanted))
    }

    @inline(__always)
    private mutating func reach(_ sides: SentimentSigns.Sides) {
        reached.formUnion(sides)
    }
}
