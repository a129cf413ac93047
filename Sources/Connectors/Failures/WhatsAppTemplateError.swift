/// WhatsApp's errors for approved templates (PLATFORMS.md §11.4, Meta's table; discrepancy J): all are
/// permanent for the message, each with what the seller can do about it.
public enum WhatsAppTemplateError {
    static let codes: Set<Int> = [132000, 132001, 132005, 132007, 132012, 132015, 132016]

    static func isTemplateCode(_ code: Int) -> Bool { codes.contains(code) }

    static func explain(_ code: Int) -> String {
        switch code {
        case 132000: "the template takes a different number of parameters than the rules give; compare them with WhatsApp Manager"
        case 132001: "no approved template of that name in that language; check the name and language in WhatsApp Manager"
        case 132005: "the template with its parameters filled in is too long; shorten the values"
        case 132007: "the template breaks WhatsApp's format or character rules"
        case 132012: "a parameter's value is not in the form the template expects (no line breaks or runs of spaces)"
        case 132015: "the template is paused by Meta for low quality; edit it in WhatsApp Manager and wait for it to be approved again"
        case 132016: "the template was paused too many times and is now disabled by Meta; create a new one"
        default: "the template was refused"
        }
    }

    /// A failure of a template's send, told with the template: "template 'cart_reminder' (es): ...".
    public static func naming(_ failure: DeliveryFailure, template: String, language: String) -> DeliveryFailure {
        guard let code = failure.code, isTemplateCode(code) else { return failure }
        var named = failure
        named.explanation = "template '\(template)' (\(language)): \(explain(code))"
        return named
    }
}
