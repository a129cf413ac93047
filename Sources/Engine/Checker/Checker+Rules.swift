import Foundation
import RulesDSL

// Rules: their clauses, conditions and actions.

extension CheckerPass {
    mutating func checkRules() {
        for located in rules {
            let rule = located.declaration
            let file = located.file
            if let audience = rule.audience, !Keywords.audiences.contains(audience.name) {
                report(.unknownChannel(audience.name, suggestion: Spelling.suggestion(for: audience.name, among: Keywords.audiences)), file, audience.range)
            }
            if let cooldown = rule.cooldown, cooldown.seconds <= 0 {
                report(.nonPositiveDuration("a cooldown"), file, cooldown.range)
            }
            checkCondition(rule.condition, file: file)
            checkActions(rule, file: file)
            checkCommentParts(rule, file: file)
        }
    }

    // MARK: Conditions

    mutating func checkCondition(_ condition: Condition, file: SourceFile) {
        switch condition.kind {
        case .contains(_, let words):
            for word in words { checkKeyword(word, file: file) }
        case .matches(let regex):
            compile(regex, file: file)
        case .sentiment(_, let threshold):
            if !(-1...1).contains(threshold.value) { report(.sentimentOutOfRange(threshold.text), file, threshold.range) }
        case .channelIs(let name):
            if !Keywords.channels.contains(name.name) {
                report(.unknownChannel(name.name, suggestion: Spelling.suggestion(for: name.name, among: Keywords.channels)), file, name.range)
            }
        case .kindIs(let name):
            if !Keywords.messageKinds.contains(name.name) {
                report(.unknownKind(name.name, suggestion: Spelling.suggestion(for: name.name, among: Keywords.messageKinds)), file, name.range)
            }
        case .languageIs(let code):
            _ = checkLanguage(code, file: file)
        case .payloadIs(let payload):
            if payload.value.isEmpty { report(.emptyText("a payload"), file, payload.range) }
        case .postIs(let post):
            if post.value.trimmingCharacters(in: .whitespaces).isEmpty { report(.emptyText("a post id"), file, post.range) }
        case .tagged(let tag):
            if tag.value.trimmingCharacters(in: .whitespaces).isEmpty { report(.emptyText("a tag"), file, tag.range) }
        case .hours(_, let name):
            if hours[name.name] == nil, !incompleteNames.contains(name.name) {
                report(.unknownHours(name.name, suggestion: Spelling.suggestion(for: name.name, among: hours.keys)), file, name.range)
            }
        case .not(let inner), .group(let inner):
            checkCondition(inner, file: file)
        case .and(let terms), .or(let terms):
            for term in terms { checkCondition(term, file: file) }
        case .firstContact, .messageIs, .contactMessages, .always, .invalid:
            break
        }
    }

    /// A `contains` word: not empty, `*` only at its end, something left to match.
    private mutating func checkKeyword(_ word: StringLiteral, file: SourceFile) {
        let text = word.value.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            report(.emptyText("a word to look for"), file, word.range)
            return
        }
        let body = text.hasSuffix("*") ? String(text.dropLast()) : text
        if body.contains("*") {
            report(.invalidWildcard(text), file, word.range)
            return
        }
        let matchable = body.unicodeScalars.contains { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || (scalar.properties.isEmoji && scalar.value > 0xFF)
        }
        if !matchable { report(.nothingToMatch(text), file, word.range) }
    }

    private mutating func compile(_ regex: RegexLiteral, file: SourceFile) {
        do {
            let compiled = try CompiledRegex(pattern: regex.pattern, caseless: regex.isCaseless)
            regexes[CheckedRuleSet.RegexKey(file: file.name, offset: regex.range.start)] = compiled
        } catch {
            let offset = Self.sourceOffset(ofPatternOffset: error.offset, in: regex, file: file)
            report(.invalidRegex(error.message), file, SourceRange(start: offset, end: offset + 1))
        }
    }

    /// Maps an offset in the pattern PCRE2 saw back to the file, where `\/` took two bytes for one.
    static func sourceOffset(ofPatternOffset patternOffset: Int, in regex: RegexLiteral, file: SourceFile) -> Int {
        var source = regex.patternStart
        var pattern = 0
        let bytes = file.bytes
        while pattern < patternOffset, source < regex.range.end {
            if bytes[source] == UInt8(ascii: "\\"), source + 1 < bytes.count, bytes[source + 1] == UInt8(ascii: "/") {
                source += 2
                pattern += 1
            } else if bytes[source] == UInt8(ascii: "\\") {
                source += 2
                pattern += 2
            } else {
                source += 1
                pattern += 1
            }
        }
        return min(source, max(regex.range.end - 1, regex.patternStart))
    }

    // MARK: Actions

    mutating func checkActions(_ rule: Rule, file: SourceFile) {
        var replied = false
        for action in rule.actions {
            switch action.kind {
            case .replyTemplate(let name) where whatsappTemplates[name.name] != nil:
                if rule.audience?.name != "whatsapp" {
                    report(.approvedTemplateOutsideWhatsApp(name.name), file, name.range)
                }
            case .replyElse(let name, let otherwise):
                checkReplyElse(name, otherwise: otherwise, file: file)
            case .replyTemplate(let name):
                if let template = templates[name.name] {
                    for variant in template.declaration.variants + template.declaration.translations.flatMap(\.variants) {
                        warnIfTooLong(variant, rule: rule, file: file, at: name.range)
                    }
                } else if values[name.name] != nil {
                    report(.notATemplate(name.name), file, name.range)
                } else if !incompleteNames.contains(name.name) {
                    report(.unknownTemplate(name.name, suggestion: Spelling.suggestion(for: name.name, among: Array(templates.keys) + whatsappTemplates.keys)), file, name.range)
                }
            case .replyText(let text):
                checkTemplateText(text, file: file)
                warnIfTooLong(text, rule: rule, file: file, at: text.range)
            case .replyPubliclyTemplate(let name) where whatsappTemplates[name.name] != nil:
                report(.approvedTemplateInPublic(name.name), file, name.range)
            case .replyPubliclyTemplate(let name):
                if templates[name.name] == nil, !incompleteNames.contains(name.name) {
                    report(.unknownTemplate(name.name, suggestion: Spelling.suggestion(for: name.name, among: templates.keys)), file, name.range)
                }
            case .replyPubliclyTexts(let texts, _):
                for text in texts { checkTemplateText(text, file: file) }
            case .tag(let tag), .untag(let tag):
                if tag.value.trimmingCharacters(in: .whitespaces).isEmpty { report(.emptyText("a tag"), file, tag.range) }
            case .forward(let endpoint):
                if endpoints[endpoint.name] == nil, !incompleteNames.contains(endpoint.name) {
                    report(.unknownEndpoint(endpoint.name, suggestion: Spelling.suggestion(for: endpoint.name, among: endpoints.keys)), file, endpoint.range)
                }
            case .pause(let duration):
                if duration.seconds <= 0 { report(.nonPositiveDuration("a pause"), file, duration.range) }
            case .stop:
                break
            case .followUp(let name):
                if followUps[name.value] == nil {
                    report(.unknownFollowUp(name.value, suggestion: Spelling.suggestion(for: name.value, among: followUps.keys)), file, name.range)
                }
            }
            switch action.kind {
            case .replyTemplate, .replyText, .replyElse:
                if replied { report(.repliesTwice, file, action.range) }
                replied = true
            default:
                break
            }
        }
    }

    /// Warns when the fixed part of a reply already exceeds the channel's limit.
    private mutating func warnIfTooLong(_ text: StringLiteral, rule: Rule, file: SourceFile, at range: SourceRange) {
        var length = 0
        for piece in text.pieces {
            switch piece {
            case .text(let part): length += part.count
            case .variable(let variable):
                if case .variable(let name, _) = variable.alternatives.first, let value = values[name] {
                    length += value.declaration.value.value.count
                }
            }
        }
        let limits = ReplyLimits.self
        if rule.audience?.name != "whatsapp", length > limits.instagram {
            report(.replyTooLong(channel: "Instagram", limit: limits.instagram, length: length), file, range)
        } else if length > limits.whatsapp {
            report(.replyTooLong(channel: "WhatsApp", limit: limits.whatsapp, length: length), file, range)
        }
    }
}

/// The longest text message each channel accepts, in characters.
public enum ReplyLimits {
    public static let instagram = 1000
    public static let whatsapp = 4096
}
