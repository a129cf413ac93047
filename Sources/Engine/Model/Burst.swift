import Foundation

/// A customer's text messages sent in quick succession (`option debounce`): evaluated once, together,
/// when the customer has been quiet for the debounce time, and never later than three times it after the
/// first.
public enum Burst {
    /// Whether a message can be held in a burst: a customer's text; button taps, comments and media never are.
    public static func holds(_ message: Message) -> Bool {
        message.kind == .text && message.from == .customer && !message.standby
    }

    /// Whether a message at `next` continues a burst of texts from `first` to `last`.
    public static func continues(first: Date, last: Date, next: Date, debounce: TimeInterval) -> Bool {
        next.timeIntervalSince(last) < debounce && next.timeIntervalSince(first) < 3 * debounce
    }

    /// When a burst from `first` to `last` is answered if nothing follows: when the customer has been
    /// quiet for `debounce`, at most three times it after the first.
    public static func answerTime(first: Date, last: Date, debounce: TimeInterval) -> Date {
        min(last.addingTimeInterval(debounce), first.addingTimeInterval(3 * debounce))
    }

    /// The messages of a burst as one: the last one's id and context (a reply quotes it), the first one's
    /// time (the customer began writing then: follow-ups due after it are cancelled, `after D` counts from
    /// it), the texts joined with line breaks.
    public static func merge(_ messages: [Message]) -> Message {
        guard var merged = messages.last, let first = messages.first else { preconditionFailure("an empty burst") }
        guard messages.count > 1 else { return merged }
        merged.text = messages.compactMap(\.text).joined(separator: "\n")
        merged.at = first.at
        return merged
    }
}
