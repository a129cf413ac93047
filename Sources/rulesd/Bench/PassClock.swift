import Engine
import Foundation

/// The time the bench evaluates a message at, on each of its passes over the same messages: the message's
/// own time on the first pass, a week later on the next, and so on.
///
/// A contact's cooldowns and recent replies from the last pass are then long over, as they would be for a
/// customer writing again the next week, and every pass after the first decides the rules alike (the first
/// also greets new contacts and adds the tags that later passes find). Evaluated at the messages' own times
/// again, each pass after the first met the cooldowns and replies of the passes before as if they were
/// still to come and held back more than half the rules that fire: 1.1 actions per evaluation in the steady
/// state at 1,000 rules instead of 2.1, the figure of a lighter workload than the one described.
struct PassClock {
    /// How far each pass is ahead of the one before: longer than the messages' span (2,000 messages 37 s
    /// apart, under a day) plus the longest cooldown or reply window of the bench's rules (4 hours).
    static let passLength: TimeInterval = 7 * 86_400

    /// The pass being run, from 0.
    var pass = 0

    /// The instant a message is evaluated at on this pass.
    func now(for message: Message) -> Date {
        message.at.addingTimeInterval(Double(pass) * Self.passLength)
    }
}
