import Engine
import Foundation
import RulesDSL

/// `dry-run --until`: how far past the chats' last message follow-ups are played.
enum PlayUntil {
    /// An ISO 8601 time, or `+DURATION` (`+24h`, `+3d`) after `last`; nil (no option) is `+24h`.
    static func parse(_ text: String?, after last: Date) throws(UsageError) -> Date {
        guard let text else { return last.addingTimeInterval(86_400) }
        if text.hasPrefix("+") {
            guard let seconds = DurationLiteral.seconds(in: String(text.dropFirst())) else {
                throw UsageError(description: "--until \(text): write a duration after +, such as +24h or +3d, or a time such as 2026-11-25T18:00:00Z")
            }
            return last.addingTimeInterval(TimeInterval(seconds))
        }
        guard let time = Timestamps.parseISO8601(text) else {
            throw UsageError(description: "--until \(text): write a time such as 2026-11-25T18:00:00Z, or a duration after the last message such as +24h")
        }
        return time
    }
}
