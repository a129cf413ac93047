/// Lays a rule file out in the one canonical layout (docs/rules-language.md, "Formatting").
///
/// Comments stay where they were (before the same line, or at the end of it); the syntax tree of the output
/// equals the input's, and formatting formatted text changes nothing.
///
/// ```swift
/// let (ruleFile, diagnostics) = Parser.parse(source)
/// if !diagnostics.hasErrors { print(Formatter.format(ruleFile), terminator: "") }
/// ```
public enum Formatter {
    /// Conditions longer than this are broken over several lines.
    public static let lineWidth = 100

    /// The canonical text of a parsed file. Only call it on files that parsed without errors.
    public static func format(_ ruleFile: RuleFile) -> String {
        var writer = Writer(source: ruleFile.file, comments: ruleFile.comments)
        var previousWasRule = false
        for (index, declaration) in ruleFile.declarations.enumerated() {
            let isRule = switch declaration {
            case .rule, .followUp: true
            default: false
            }
            writer.blankBefore = index > 0 && (isRule || previousWasRule)
            writer.write(declaration)
            previousWasRule = isRule
        }
        writer.lines.finish()
        return merge(writer.lines.lines, comments: ruleFile.comments, source: ruleFile.file)
    }

    /// Writes declarations into lines.
    struct Writer {
        let source: SourceFile
        let comments: [Comment]
        var lines = LineBuilder()
        var blankBefore = false

        mutating func startDeclaration(at range: SourceRange) {
            lines.begin(indent: 0, at: range.start, declaration: true, blank: blankBefore)
        }

        mutating func write(_ declaration: Declaration) {
            startDeclaration(at: declaration.range)
            switch declaration {
            case .set(let set):
                lines.append("set \(set.name.name) = ", range: set.name.range)
                append(set.value, indent: 0)
            case .hours(let hours):
                let spans = hours.spans.map { span in
                    let days = span.isDayRange ? "\(span.firstDay.name)-\(span.lastDay.name)" : span.firstDay.name
                    return "\(days) \(span.opens.text)-\(span.closes.text)"
                }
                lines.append("hours \(hours.name.name) = " + spans.joined(separator: ", ") + " in ", range: hours.name.range)
                append(hours.zone, indent: 0)
            case .option(let option):
                lines.append("option \(option.name.name) = ", range: option.name.range)
                switch option.value {
                case .duration(let d): lines.append(d.text, range: d.range)
                case .rate(let count, let per): lines.append("\(count.value) per \(per.text)", range: per.range)
                case .string(let s): append(s, indent: 0)
                case .number(let n): lines.append(n.text, range: n.range)
                case .identifier(let i): lines.append(i.name, range: i.range)
                }
            case .template(let template):
                writeTemplate(template)
            case .whatsappTemplate(let template):
                writeWhatsAppTemplate(template)
            case .endpoint(let endpoint):
                lines.append("endpoint \(endpoint.name.name) = ", range: endpoint.name.range)
                append(endpoint.url, indent: 0)
                if let secret = endpoint.secretEnvironmentVariable {
                    lines.append(" secret env ", range: secret.range)
                    append(secret, indent: 0)
                }
            case .account(let account):
                lines.append("account \(account.channel.name) ", range: account.channel.range)
                append(account.id, indent: 0)
                lines.append(" token env ", range: account.tokenEnvironmentVariable.range)
                append(account.tokenEnvironmentVariable, indent: 0)
            case .console(let console):
                lines.append("console password env ", range: console.passwordEnvironmentVariable.range)
                append(console.passwordEnvironmentVariable, indent: 0)
            case .rule(let rule):
                writeRule(rule)
            case .followUp(let followUp):
                writeFollowUp(followUp)
            case .iceBreakers(let profile), .menu(let profile):
                let isMenu = if case .menu = declaration { true } else { false }
                lines.append(isMenu ? "menu " : "ice breakers ", range: profile.keywordRange)
                writeButtons(profile.items, indent: 4)
            }
        }

        /// Buttons on this line when they fit, else one per line at `indent`.
        private mutating func writeButtons(_ buttons: [ButtonLiteral], indent: Int) {
            let written = buttons.map(buttonText)
            let oneLine = written.joined(separator: ", ")
            let fits = !oneLine.contains("\n") && lines.currentWidth + oneLine.count <= Formatter.lineWidth
            for (index, button) in buttons.enumerated() {
                if !fits, index > 0 { lines.begin(indent: indent, at: button.range.start) }
                lines.append(written[index] + (index < buttons.count - 1 ? (fits ? ", " : ",") : ""), range: button.range)
            }
        }

        private func buttonText(_ button: ButtonLiteral) -> String {
            text(button.title, indent: 0) + (button.target.map { " -> " + text($0, indent: 0) } ?? "")
        }

        /// `buttons ...`, `link ...`: on the text's line when they fit, else on the next line at `indent`.
        private mutating func writeChoices(_ choices: TemplateChoices?, indent: Int) {
            guard let choices else { return }
            let written: String
            switch choices.kind {
            case .email: written = "buttons email"
            case .phone: written = "buttons phone"
            case .link(let link): written = "link " + buttonText(link)
            case .buttons(let buttons): written = "buttons " + buttons.map(buttonText).joined(separator: ", ")
            }
            if lines.currentWidth + 1 + written.count <= Formatter.lineWidth {
                lines.append(" ", range: .at(choices.range.start))
            } else {
                lines.begin(indent: indent, at: choices.range.start)
            }
            switch choices.kind {
            case .buttons(let buttons):
                lines.append("buttons ", range: .at(choices.range.start))
                writeButtons(buttons, indent: indent + 4)
            default:
                lines.append(written, range: choices.range)
            }
        }

        private mutating func writeTemplate(_ template: TemplateDeclaration) {
            lines.append("template \(template.name.name) = ", range: template.name.range)
            writeTexts(template.variants, isOneOf: template.isOneOf, range: template.name.range, indent: 4)
            writeChoices(template.choices, indent: 2)
            // Its text in other languages, one line each under it: `  es "Hola"`.
            for translation in template.translations {
                lines.begin(indent: 2, at: translation.range.start)
                lines.append("\(translation.language.name) ", range: translation.language.range)
                writeTexts(translation.variants, isOneOf: translation.isOneOf, range: translation.language.range, indent: 6)
                writeChoices(translation.choices, indent: 4)
            }
        }

        /// `template NAME = whatsapp "name" language "code" with ...`: each part after the language on this
        /// line when it fits, else on its own line under it.
        private mutating func writeWhatsAppTemplate(_ template: WhatsAppTemplateDeclaration) {
            lines.append("template \(template.name.name) = whatsapp ", range: template.name.range)
            append(template.templateName, indent: 0)
            lines.append(" language ", range: template.language.range)
            append(template.language, indent: 0)
            var parts: [(String, SourceRange)] = []
            if !template.parameters.isEmpty {
                let written = template.parameters.map { ($0.name.map { $0.name + " = " } ?? "") + text($0.value, indent: 0) }
                parts.append(("with " + written.joined(separator: ", "), template.parameters[0].value.range))
            }
            if let header = template.header { parts.append(("header " + text(header, indent: 0), header.range)) }
            if !template.quickReplies.isEmpty {
                parts.append(("quick replies " + template.quickReplies.map { text($0, indent: 0) }.joined(separator: ", "), template.quickReplies[0].range))
            }
            if let url = template.urlSuffix { parts.append(("url " + text(url, indent: 0), url.range)) }
            let oneLine = parts.map(\.0).joined(separator: " ")
            if !oneLine.contains("\n"), lines.currentWidth + 1 + oneLine.count <= Formatter.lineWidth {
                if !parts.isEmpty { lines.append(" " + oneLine, range: parts[0].1) }
                return
            }
            for (part, range) in parts {
                lines.begin(indent: 2, at: range.start)
                lines.append(part, range: range)
            }
        }

        /// A text, or `one of` texts on this line when they fit, else one per line at `indent`.
        private mutating func writeTexts(_ variants: [StringLiteral], isOneOf: Bool, range: SourceRange, indent: Int) {
            guard isOneOf else {
                append(variants[0], indent: 0)
                return
            }
            let oneLine = variants.map { text($0, indent: 0) }.joined(separator: ", ")
            if !oneLine.contains("\n"), lines.currentWidth + 7 + oneLine.count <= Formatter.lineWidth {
                lines.append("one of ", range: range)
                for (index, variant) in variants.enumerated() {
                    append(variant, indent: 0)
                    if index < variants.count - 1 { lines.append(", ", range: variant.range) }
                }
                return
            }
            lines.append("one of", range: range)
            for (index, variant) in variants.enumerated() {
                lines.begin(indent: indent, at: variant.range.start)
                append(variant, indent: indent)
                if index < variants.count - 1 { lines.append(",", range: variant.range) }
            }
        }

        private mutating func writeFollowUp(_ followUp: FollowUpDeclaration) {
            lines.append("followup ", range: followUp.keywordRange)
            append(followUp.name, indent: 0)
            switch followUp.timing {
            case .after(let d): lines.append(" after \(d.text)", range: d.range)
            case .beforeWindowCloses(let d): lines.append(" before window closes \(d.text)", range: d.range)
            }
            if followUp.keep { lines.append(" keep", range: followUp.timing.duration.range) }
            writeBody(followUp.asRule)
        }

        private mutating func writeRule(_ rule: Rule) {
            lines.append("rule ", range: rule.keywordRange)
            append(rule.name, indent: 0)
            if let priority = rule.priority { lines.append(" priority \(priority.value)", range: priority.range) }
            if let cooldown = rule.cooldown { lines.append(" cooldown \(cooldown.text)", range: cooldown.range) }
            if let audience = rule.audience { lines.append(" on \(audience.name)", range: audience.range) }
            writeBody(rule)
        }

        /// `when ... then ... end` of a rule or a follow-up.
        private mutating func writeBody(_ rule: Rule) {
            writeCondition(rule.condition)
            lines.begin(indent: 2, at: rule.thenRange.start)
            lines.append("then", range: rule.thenRange)
            let commented = comments.contains { $0.range.start > rule.thenRange.start && $0.range.start < rule.range.end }
            if rule.actions.count == 1, !commented, fitsOnThenLine(rule.actions[0]) {
                lines.append(" ", range: rule.thenRange)
                write(rule.actions[0])
            } else {
                for action in rule.actions {
                    lines.begin(indent: 4, at: action.range.start)
                    write(action)
                }
            }
            lines.begin(indent: 0, commentIndent: 4, at: rule.range.end - 3)
            lines.append("end", range: SourceRange(start: rule.range.end - 3, end: rule.range.end))
        }

        /// Whether a rule's only action can share the `then` line: single-line and short enough.
        private func fitsOnThenLine(_ action: Action) -> Bool {
            let text = source.text(in: action.range)
            return !text.contains("\n") && 7 + text.count <= Formatter.lineWidth
        }

        private mutating func write(_ action: Action) {
            switch action.kind {
            case .replyTemplate(let name): lines.append("reply \(name.name)", range: action.range)
            case .replyElse(let name, let otherwise): lines.append("reply \(name.name) else \(otherwise.name)", range: action.range)
            case .replyText(let text):
                lines.append("reply ", range: SourceRange.at(action.range.start))
                append(text, indent: 4)
            case .replyPubliclyTemplate(let name): lines.append("reply publicly \(name.name)", range: action.range)
            case .replyPubliclyTexts(let texts, let isOneOf):
                lines.append("reply publicly ", range: SourceRange.at(action.range.start))
                writeTexts(texts, isOneOf: isOneOf, range: SourceRange.at(action.range.start), indent: 6)
            case .tag(let tag):
                lines.append("tag ", range: .at(action.range.start))
                append(tag, indent: 4)
            case .untag(let tag):
                lines.append("untag ", range: .at(action.range.start))
                append(tag, indent: 4)
            case .forward(let endpoint): lines.append("forward to \(endpoint.name)", range: action.range)
            case .pause(let duration): lines.append("pause \(duration.text)", range: action.range)
            case .stop: lines.append("stop", range: action.range)
            case .followUp(let name):
                lines.append("follow up ", range: .at(action.range.start))
                append(name, indent: 4)
            }
        }

        // MARK: Strings

        mutating func append(_ literal: StringLiteral, indent: Int) {
            lines.append(text(literal, indent: indent), range: literal.range)
        }

        /// A string literal as written; a multi-line one re-indented one level deeper than its line.
        func text(_ literal: StringLiteral, indent: Int) -> String {
            guard literal.isMultiline else { return source.text(in: literal.range) }
            let contentIndent = String(repeating: " ", count: indent + 4)
            let ranges = StringScanner.contentLines(source.bytes, from: literal.range.start + 3, to: literal.range.end - 3)
            let body = ranges.map { range in
                range.isEmpty ? "" : contentIndent + String(decoding: source.bytes[range], as: UTF8.self)
            }
            return "\"\"\"\n" + body.joined(separator: "\n") + "\n" + contentIndent + "\"\"\""
        }
    }
}
