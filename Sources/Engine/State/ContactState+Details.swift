import Foundation

extension ContactState {
    /// Keeps the email or phone number a customer gave with Instagram's one-tap buttons (`buttons email`,
    /// `buttons phone`): the webhook carries no button type, only a payload equal to the text, so a payload
    /// that is an email address (or a phone number) and equals the text is taken as one (PLATFORMS.md §10.1).
    mutating func recordContactDetails(from message: Message) {
        guard message.channel == .instagram, message.kind == .postback, let payload = message.payload,
            payload == message.text?.trimmingCharacters(in: .whitespaces)
        else { return }
        if ContactDetails.isEmail(payload) {
            email = payload
        } else if ContactDetails.isPhoneNumber(payload) {
            phone = payload
        }
    }
}

/// Recognises the email addresses and phone numbers Instagram's one-tap buttons send.
enum ContactDetails {
    /// `name@domain.tld`: one @, no spaces, a dot in the domain.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(" ") else { return false }
        let domain = parts[1]
        guard let dot = domain.lastIndex(of: "."), dot != domain.startIndex else { return false }
        return domain.distance(from: dot, to: domain.endIndex) > 2
    }

    /// 7 to 15 digits, optionally after a +, with spaces, dashes, dots or parentheses between them.
    static func isPhoneNumber(_ text: String) -> Bool {
        var digits = 0
        for (offset, character) in text.enumerated() {
            if character.isASCII, character.isNumber {
                digits += 1
            } else if character == "+", offset == 0 {
                continue
            } else if !" -.()".contains(character) {
                return false
            }
        }
        return (7...15).contains(digits)
    }
}
