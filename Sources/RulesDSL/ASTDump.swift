/// A compact, location-free text form of a syntax tree, for tests and for checking that formatting
/// preserved the meaning of a file (two trees are equal when their dumps are).
public enum ASTDump {
    /// One line per declaration, as S-expressions.
    public static func dump(_ file: RuleFile) -> String {
        file.declarations.map(dump).joined(separator: "\n")
    }

    public static func dump(_ declaration: Declaration) -> String {
        switch declaration {
        case .set(let d): return "(set \(d.name.name) \(q(d.value)))"
        case .hours(let d):
            let spans = d.spans.map { "(\($0.firstDay.name)-\($0.lastDay.name) \($0.opens.text)-\($0.closes.text))" }
            return "(hours \(d.name.name) \(spans.joined(separator: " ")) \(q(d.zone)))"
        case .option(let d): return "(option \(d.name.name) \(dump(d.value)))"
        case .template(let d):
            let translations = d.translations.map {
                " (\($0.language.name)\($0.isOneOf ? " one-of" : "") \($0.variants.map(q).joined(separator: " "))\(dump($0.choices)))"
            }
            return "(template \(d.name.name)\(d.isOneOf ? " one-of" : "") \(d.variants.map(q).joined(separator: " "))\(dump(d.choices))\(translations.joined()))"
        case .whatsappTemplate(let d):
            let parameters = d.parameters.map { ($0.name.map { $0.name + "=" } ?? "") + q($0.value) }
            var parts = ["(whatsapp-template \(d.name.name) \(q(d.templateName)) \(q(d.language))"]
            if !parameters.isEmpty { parts.append("(with \(parameters.joined(separator: " ")))") }
            if let header = d.header { parts.append("(header \(q(header)))") }
            if !d.quickReplies.isEmpty { parts.append("(quick-replies \(d.quickReplies.map(q).joined(separator: " ")))") }
            if let url = d.urlSuffix { parts.append("(url \(q(url)))") }
            return parts.joined(separator: " ") + ")"
        case .endpoint(let d):
            return "(endpoint \(d.name.name) \(q(d.url))\(d.secretEnvironmentVariable.map { " secret " + q($0) } ?? ""))"
        case .account(let d):
            return "(account \(d.channel.name) \(q(d.id)) token \(q(d.tokenEnvironmentVariable)))"
        case .console(let d):
            return "(console password \(q(d.passwordEnvironmentVariable)))"
        case .rule(let r):
            var head = "(rule \(q(r.name))"
            if let p = r.priority { head += " priority=\(p.value)" }
            if let c = r.cooldown { head += " cooldown=\(c.seconds)s" }
            if let ch = r.audience { head += " on=\(ch.name)" }
            return head + " \(dump(r.condition)) \(r.actions.map(dump).joined(separator: " ")))"
        case .followUp(let f):
            let timing = switch f.timing {
            case .after(let d): "after=\(d.seconds)s"
            case .beforeWindowCloses(let d): "before-window-closes=\(d.seconds)s"
            }
            return "(followup \(q(f.name)) \(timing)\(f.keep ? " keep" : "") \(dump(f.condition)) \(f.actions.map(dump).joined(separator: " ")))"
        case .iceBreakers(let d): return "(ice-breakers \(d.items.map(dump).joined(separator: " ")))"
        case .menu(let d): return "(menu \(d.items.map(dump).joined(separator: " ")))"
        }
    }

    static func dump(_ button: ButtonLiteral) -> String { "(\(q(button.title)) \(button.target.map(q) ?? "-"))" }

    static func dump(_ choices: TemplateChoices?) -> String {
        switch choices?.kind {
        case nil: ""
        case .email: " (buttons email)"
        case .phone: " (buttons phone)"
        case .link(let link): " (link \(dump(link)))"
        case .buttons(let buttons): " (buttons \(buttons.map(dump).joined(separator: " ")))"
        }
    }

    public static func dump(_ value: OptionValue) -> String {
        switch value {
        case .duration(let d): "\(d.seconds)s"
        case .rate(let count, let per): "\(count.value)/\(per.seconds)s"
        case .string(let s): q(s)
        case .number(let n): "\(n.value)"
        case .identifier(let i): i.name
        }
    }

    public static func dump(_ condition: Condition) -> String {
        switch condition.kind {
        case .firstContact: "first-contact"
        case .contains(let mode, let words): "(contains-\(mode.rawValue) \(words.map(q).joined(separator: " ")))"
        case .matches(let regex): "(matches \(regex.pattern.debugDescription) \(regex.flags.debugDescription))"
        case .messageIs(let s): "(message-is \(q(s)))"
        case .sentiment(let op, let n): "(sentiment \(op.rawValue) \(n.value))"
        case .channelIs(let i): "(channel \(i.name))"
        case .kindIs(let i): "(kind \(i.name))"
        case .languageIs(let i): "(language \(i.name))"
        case .payloadIs(let s): "(payload \(q(s)))"
        case .postIs(let s): "(post \(q(s)))"
        case .tagged(let s): "(tagged \(q(s)))"
        case .hours(let inside, let i): "(\(inside ? "within" : "outside") \(i.name))"
        case .contactMessages(let op, let n): "(contact-messages \(op.rawValue) \(n.value))"
        case .always: "true"
        case .not(let c): "(not \(dump(c)))"
        case .and(let cs): "(and \(cs.map(dump).joined(separator: " ")))"
        case .or(let cs): "(or \(cs.map(dump).joined(separator: " ")))"
        case .group(let c): "(group \(dump(c)))"
        case .invalid: "invalid"
        }
    }

    public static func dump(_ action: Action) -> String {
        switch action.kind {
        case .replyTemplate(let i): "(reply \(i.name))"
        case .replyElse(let i, let otherwise): "(reply \(i.name) else \(otherwise.name))"
        case .replyText(let s): "(reply \(q(s)))"
        case .replyPubliclyTemplate(let i): "(reply-publicly \(i.name))"
        case .replyPubliclyTexts(let texts, let isOneOf): "(reply-publicly\(isOneOf ? " one-of" : "") \(texts.map(q).joined(separator: " ")))"
        case .tag(let s): "(tag \(q(s)))"
        case .untag(let s): "(untag \(q(s)))"
        case .forward(let i): "(forward \(i.name))"
        case .pause(let d): "(pause \(d.seconds)s)"
        case .stop: "stop"
        case .followUp(let name): "(follow-up \(q(name)))"
        }
    }

    private static func q(_ literal: StringLiteral) -> String { literal.value.debugDescription }
}
