import Foundation

/// The Spanish and Portuguese lexicons of a scorer, each built the first time a message in that language is
/// scored, then kept. Shared by the scorer's copies; a lock makes the first use from two threads build once.
final class LanguageLexicons: @unchecked Sendable {
    private let extra: SentimentLexicon?
    private let lock = NSLock()
    private var built: [Language: SentimentLexicon] = [:]

    /// The built-in lexicons, each extended by a seller's own words when given.
    init(adding extra: SentimentLexicon?) {
        self.extra = extra
    }

    func lexicon(for language: Language) -> SentimentLexicon {
        lock.lock()
        defer { lock.unlock() }
        if let lexicon = built[language] { return lexicon }
        let builtIn = SentimentLexicon.builtIn(for: language)
        let lexicon = extra.map { builtIn.merging($0) } ?? builtIn
        built[language] = lexicon
        return lexicon
    }
}
