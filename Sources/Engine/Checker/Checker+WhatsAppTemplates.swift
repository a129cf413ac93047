import Foundation
import RulesDSL

// Templates approved in WhatsApp Manager: how they are declared, and where a rule may send them.

extension CheckerPass {
    /// Each approved template: a name and a language code as WhatsApp Manager writes them, parameters all
    /// by position or all by name, known variables.
    mutating func checkWhatsAppTemplates() {
        for (_, located) in whatsappTemplates.sorted(by: { $0.key < $1.key }) {
            let template = located.declaration
            let file = located.file
            let name = template.templateName.value
            if name.isEmpty || !name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) {
                report(.approvedTemplateName(name), file, template.templateName.range)
            }
            if WhatsAppLanguageCode.normalized(template.language.value) == nil {
                report(.approvedTemplateLanguage(template.language.value), file, template.language.range)
            }
            let named = template.parameters.filter { $0.name != nil }.count
            if named > 0, named < template.parameters.count {
                report(.mixedTemplateParameters, file, template.parameters[0].value.range)
            }
            for value in template.parameters.map(\.value) + [template.header, template.urlSuffix].compactMap(\.self) + template.quickReplies {
                checkTemplateText(value, file: file)
            }
        }
    }

    /// `reply NAME else APPROVED`: an ordinary template first, an approved WhatsApp template after `else`.
    mutating func checkReplyElse(_ name: Identifier, otherwise: Identifier, file: SourceFile) {
        let known = Array(templates.keys) + whatsappTemplates.keys
        if whatsappTemplates[name.name] != nil {
            report(.approvedTemplateBeforeElse(name.name), file, name.range)
        } else if templates[name.name] == nil, !incompleteNames.contains(name.name) {
            report(.unknownTemplate(name.name, suggestion: Spelling.suggestion(for: name.name, among: known)), file, name.range)
        }
        if templates[otherwise.name] != nil {
            report(.ordinaryTemplateAfterElse(otherwise.name), file, otherwise.range)
        } else if whatsappTemplates[otherwise.name] == nil, !incompleteNames.contains(otherwise.name) {
            report(.unknownTemplate(otherwise.name, suggestion: Spelling.suggestion(for: otherwise.name, among: known)), file, otherwise.range)
        }
    }
}

/// A WhatsApp template's language code as the send API takes it: `es`, `en_US`, `pt_BR` (PLATFORMS.md §11,
/// discrepancy K: webhooks write `en-US`).
public enum WhatsAppLanguageCode {
    /// The code with `_`, or nil when it is not two or three lowercase letters optionally followed by a
    /// region of two capitals.
    public static func normalized(_ code: String) -> String? {
        let parts = code.replacingOccurrences(of: "-", with: "_").split(separator: "_", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return nil }
        switch parts.count {
        case 1: return String(language)
        case 2 where parts[1].count == 2 && parts[1].allSatisfy({ $0.isASCII && $0.isUppercase }): return "\(language)_\(parts[1])"
        default: return nil
        }
    }
}

extension DiagnosticMessage {
    static func approvedTemplateOutsideWhatsApp(_ template: String) -> Self {
        make(
            .error,
            "'\(template)' is a WhatsApp template and this rule may answer Instagram, where it cannot be sent; add 'on whatsapp' to the rule "
                + "(for a follow-up, to every rule that schedules it), or write 'reply TEMPLATE else \(template)' to send it only once the window has closed")
    }

    static func approvedTemplateInPublic(_ template: String) -> Self {
        make(.error, "'\(template)' is a WhatsApp template, and an answer under a comment is Instagram text; use an ordinary template")
    }

    static func approvedTemplateBeforeElse(_ template: String) -> Self {
        make(
            .error,
            "'\(template)' is a WhatsApp template; it goes after 'else', as in 'reply nudge else \(template)': first the ordinary reply, "
                + "then the approved template for a closed window")
    }

    static func ordinaryTemplateAfterElse(_ template: String) -> Self {
        make(
            .error,
            "after 'else' comes a template approved in WhatsApp Manager (template \(template)_approved = whatsapp \"name\" language \"es\"); "
                + "'\(template)' is an ordinary text, which WhatsApp refuses once the window has closed")
    }

    static func approvedTemplateName(_ name: String) -> Self {
        make(
            .error,
            "\"\(name)\" is not a WhatsApp template name: write it as WhatsApp Manager shows it, lowercase letters, digits and _, as in \"cart_reminder\"")
    }

    static func approvedTemplateLanguage(_ code: String) -> Self {
        make(.error, "\"\(code)\" is not a template language code: write it as WhatsApp Manager shows it, such as \"es\", \"en_US\" or \"pt_BR\"")
    }

    static var mixedTemplateParameters: Self {
        make(
            .error,
            "give every parameter a name (first_name = \"...\") or none: a template's parameters are either by position ({{1}}) or by name ({{first_name}})")
    }
}
