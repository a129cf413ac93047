import Foundation
import RulesDSL

// What only a rule that says `on comments` may do, and what it may not.

extension CheckerPass {
    /// `post is` and `reply publicly` belong to rules that see comments; a public reply is text only.
    mutating func checkCommentParts(_ rule: Rule, file: SourceFile) {
        // A misspelt `on` word (`on coments`) has its own error; saying "add 'on comments'" too would mislead.
        if let audience = rule.audience, !Keywords.audiences.contains(audience.name) { return }
        if !rule.seesComments {
            for post in Self.postConditions(in: rule.condition) {
                report(.postWithoutComments, file, post.range)
            }
        }
        for action in rule.actions {
            switch action.kind {
            case .followUp where rule.seesComments:
                report(.followUpFromComment, file, action.range)
            case .replyPubliclyTemplate, .replyPubliclyTexts:
                guard rule.seesComments else {
                    report(.publicReplyOutsideComments, file, action.range)
                    continue
                }
                if case .replyPubliclyTemplate(let name) = action.kind, let template = templates[name.name]?.declaration,
                    template.choices != nil || template.translations.contains(where: { $0.choices != nil })
                {
                    report(.publicReplyWithButtons(name.name), file, name.range)
                }
            default:
                continue
            }
        }
    }

    /// Every `post is` in a condition.
    static func postConditions(in condition: Condition) -> [StringLiteral] {
        switch condition.kind {
        case .postIs(let post): [post]
        case .not(let inner), .group(let inner): postConditions(in: inner)
        case .and(let terms), .or(let terms): terms.flatMap(postConditions)
        default: []
        }
    }
}

extension DiagnosticMessage {
    static var postWithoutComments: Self {
        make(
            .error,
            "'post is' looks at the post a comment is on, and this rule never sees comments; add 'on comments' after the rule's name")
    }

    static var followUpFromComment: Self {
        make(
            .error,
            "a follow-up writes in direct messages, and a comment opens no conversation there until the customer answers the private reply; "
                + "schedule it from a rule that answers direct messages")
    }

    static var publicReplyOutsideComments: Self {
        make(
            .error,
            "'reply publicly' answers under a comment, and this rule can see direct messages; add 'on comments' after the rule's name, or write 'reply'")
    }

    static func publicReplyWithButtons(_ template: String) -> Self {
        make(
            .error,
            "template '\(template)' has buttons or a link, and an answer under a comment can only be text; use a template without them for 'reply publicly'")
    }
}
