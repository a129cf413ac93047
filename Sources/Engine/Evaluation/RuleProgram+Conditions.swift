import Foundation
import RulesDSL

extension RuleProgram {
    /// Evaluates a condition against the contact's tags as they stand. When `reasons` is given, it receives
    /// the facts that decided the result (for a true condition, why it holds; for a false one, what failed).
    func holds(_ condition: CompiledCondition, _ context: inout EvaluationContext, tags: TagSet, reasons: inout [String]?) -> Bool {
        switch condition {
        case .and(let terms):
            var collected: [String]? = reasons == nil ? nil : []
            for term in terms {
                var termReasons: [String]? = reasons == nil ? nil : []
                guard holds(term, &context, tags: tags, reasons: &termReasons) else {
                    reasons = termReasons
                    return false
                }
                collected?.append(contentsOf: termReasons ?? [])
            }
            reasons = collected
            return true
        case .or(let terms):
            var collected: [String]? = reasons == nil ? nil : []
            for term in terms {
                var termReasons: [String]? = reasons == nil ? nil : []
                if holds(term, &context, tags: tags, reasons: &termReasons) {
                    reasons = termReasons
                    return true
                }
                collected?.append(contentsOf: termReasons ?? [])
            }
            reasons = collected
            return false
        case .not(let inner):
            return !holds(inner, &context, tags: tags, reasons: &reasons)
        default:
            let (result, fact) = leaf(condition, &context, tags: tags, explain: reasons != nil)
            if let fact { reasons?.append(fact) }
            return result
        }
    }

    /// Evaluates a condition without `and`, `or` or `not`, with the fact that decided it when asked.
    private func leaf(_ condition: CompiledCondition, _ context: inout EvaluationContext, tags: TagSet, explain: Bool) -> (Bool, String?) {
        switch condition {
        case .firstContact:
            let result = context.isFirstContact
            return (result, explain ? (result ? "first message from this contact" : "not a first contact (\(context.messageCount - 1) earlier messages)") : nil)
        case .contains(let mode, let patterns, let keywords, let distinct):
            guard explain else { return (containsHolds(mode, distinct: distinct, context.matches), nil) }
            return containsExplained(mode, patterns: patterns, keywords: keywords, context)
        case .matches(let regex, let source):
            switch regex.firstMatch(in: context.text) {
            case .match(let range):
                guard explain else { return (true, nil) }
                let text = Array(context.text.utf8)
                let matched = String(decoding: text[min(range.lowerBound, text.count)..<min(range.upperBound, text.count)], as: UTF8.self)
                return (true, "\(source) matched \"\(matched)\"")
            case .noMatch:
                return (false, explain ? "\(source) did not match" : nil)
            case .limitExceeded(let why):
                return (false, "\(source) gave up (\(why)); counted as no match")
            }
        case .messageIs(let folded, let written):
            let result = context.normalized.joined == folded
            return (result, explain ? (result ? "message is \"\(written)\"" : "message is not \"\(written)\"") : nil)
        case .sentiment(let comparison, let threshold, let written):
            // Unexplained (as serve evaluates), most messages are settled without a score.
            if !explain, !context.scoresSentiment, let settled = context.sentimentSettles(comparison, threshold, by: scorer) { return (settled, nil) }
            let score = context.sentiment(by: scorer)
            let result = comparison.holds(score, threshold)
            guard explain else { return (result, nil) }
            let shown = SentimentFormat.fourDecimals(score)
            return (result, "sentiment \(shown) \(result ? "" : "is not ")\(comparison.rawValue) \(written)")
        case .channelIs(let channel):
            let result = context.channel == channel
            return (result, explain ? "channel is \(context.channel.rawValue)" : nil)
        case .kindIs(let kind):
            let result = context.kind == kind
            return (result, explain ? "kind is \(context.kind.rawValue)" : nil)
        case .languageIs(let language):
            let result = context.language == language
            guard explain else { return (result, nil) }
            let source = context.languageIsTheContacts.map { " (the customer's last: \($0))" } ?? ""
            return (result, "language is \(context.language?.rawValue ?? "none")\(source)")
        case .payloadIs(let payload):
            let result = context.payload == payload
            return (result, explain ? (context.payload.map { "payload is \"\($0)\"" } ?? "no payload") : nil)
        case .postIs(let post):
            let result = context.postID == post
            return (result, explain ? (context.postID.map { "the comment is on post \($0)" } ?? "not a comment on a post") : nil)
        case .tagged(let tag):
            let result = tags.contains(tag)
            return (result, explain ? (result ? "tagged \"\(tag.name)\"" : "not tagged \"\(tag.name)\"") : nil)
        case .hours(let inside, let hours):
            let isOpen = hours.contains(context.at)
            let result = inside == isOpen
            guard explain else { return (result, nil) }
            let (weekday, minute) = hours.localTime(of: context.at)
            let day = Weekday(rawValue: weekday)?.name ?? "?"
            let time = Self.twoDigits(minute / 60) + ":" + Self.twoDigits(minute % 60)
            return (result, "\(day) \(time) \(hours.timeZoneName) is \(isOpen ? "within" : "outside") \(hours.name)")
        case .contactMessages(let comparison, let count):
            let result = comparison.holds(context.messageCount, count)
            return (result, explain ? "contact messages = \(context.messageCount) (\(result ? "" : "not ")\(comparison.rawValue) \(count))" : nil)
        case .always:
            return (true, explain ? "always" : nil)
        case .not, .and, .or:
            return (false, nil)
        }
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// Whether a `contains` holds, from the few keywords the message matched rather than the rule's many.
    private func containsHolds(_ mode: ContainsMode, distinct: [Int], _ matches: MatchSet) -> Bool {
        if mode == .all {
            return distinct.count <= matches.matches.count && distinct.allSatisfy { matches[$0] != nil }
        }
        return matches.matches.contains { distinct.binarySearchContains($0.pattern) }
    }

    /// Whether a `contains` holds, with the words that made it or the one missing, read in the order written.
    private func containsExplained(
        _ mode: ContainsMode, patterns: [Int], keywords: [String], _ context: EvaluationContext
    ) -> (Bool, String) {
        if mode == .all {
            for (pattern, keyword) in zip(patterns, keywords) where context.matches[pattern] == nil {
                return (false, "\"\(keyword)\" does not appear")
            }
            let found = zip(patterns, keywords).compactMap { pattern, keyword in
                context.matches[pattern].map { "\"\(keyword)\" matched \"\(context.matchedText($0))\" \(context.position($0))" }
            }
            return (true, found.joined(separator: ", "))
        }
        for (pattern, keyword) in zip(patterns, keywords) {
            if let match = context.matches[pattern] {
                return (true, "\"\(keyword)\" matched \"\(context.matchedText(match))\" \(context.position(match))")
            }
        }
        let listed = keywords.map { "\"\($0)\"" }.joined(separator: ", ")
        return (false, keywords.count == 1 ? "\(listed) does not appear" : "none of \(listed) appears")
    }
}
