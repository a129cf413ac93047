import Foundation

/// The Spanish and Portuguese lexicons of a scorer, each built the first time a message in that language is
/// scored, then kept. Without a seller's words they are the built-in ones, which Swift builds once on first
/// use; with them, the merged lexicons are kept here, shared by the scorer's copies, and a lock makes the
/// first use from two threads build once.
final class LanguageLexicons: @unchecked Sendable {
    private let extra: SentimentLexicon?
    private let lock = NSLock()
    private var built: [Language: SentimentLexicon] = [:]

    /// The built-in lexicons, each extended by a seller's own words when given.
    init(adding extra: SentimentLexicon?) {
        self.extra = extra
    }

    func lexicon(for language: Language) -> SentimentLexicon {
        guard let extra else { return SentimentLexicon.builtIn(for: language) }
        lock.lock()
        defer { lock.unlock() }
        if let lexicon = built[language] { return lexicon }
        let lexicon = SentimentLexicon.builtIn(for: language).merging(extra)
        built[language] = lexicon
        return lexicon
    }
}
