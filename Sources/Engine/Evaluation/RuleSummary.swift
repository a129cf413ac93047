import Foundation
import RulesDSL

/// What the evaluation loop reads of a rule before deciding whether it fires: its channel, cooldown and
/// name, and the shape of its condition when that shape settles it without walking the condition's tree.
///
/// The summaries are one array of values, so a rule reached through a keyword is decided from one place in
/// memory. Reading the rule's object, its condition's boxes and their arrays cost a cache miss each, and a
/// rule set of a thousand rules does not stay in cache between messages.
struct RuleSummary: Sendable {
    /// How much of the condition the summary settles for a rule that is a candidate of the message (a
    /// keyword of its guard appeared, or it has no guard).
    enum Shape: UInt8, Sendable {
        /// The condition is evaluated.
        case general
        /// `contains` one or `contains any` of the guard's keywords: a candidate holds it.
        case guardOnly
        /// `contains any ... and not tagged X`: a candidate holds it unless the contact is tagged X.
        case guardAndNotTagged
    }

    let nameKey: NameKey
    /// The tag of `and not tagged X` (``Shape/guardAndNotTagged``).
    let excludedTag: NameKey?
    /// The cooldown in seconds, or nil.
    let cooldown: TimeInterval?
    let channel: Channel?
    /// Whether the rule says `on comments` (it sees comments, and only them).
    let seesComments: Bool
    let shape: Shape

    init(_ rule: CompiledRule) {
        nameKey = rule.nameKey
        cooldown = rule.cooldown
        channel = rule.channel
        seesComments = rule.seesComments
        switch rule.condition {
        case .contains(.single, _, _, _), .contains(.any, _, _, _):
            shape = .guardOnly
            excludedTag = nil
        case .and(let terms) where terms.count == 2:
            switch (terms[0], terms[1]) {
            case (.contains(let mode, _, _, _), .not(.tagged(let tag))) where mode != .all,
                (.not(.tagged(let tag)), .contains(let mode, _, _, _)) where mode != .all:
                shape = .guardAndNotTagged
                excludedTag = tag
            default:
                shape = .general
                excludedTag = nil
            }
        default:
            shape = .general
            excludedTag = nil
        }
    }
}
