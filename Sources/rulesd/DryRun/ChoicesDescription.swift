import Engine

/// A reply's buttons as the customer would see them on a channel, for dry-run: `[Prices] → PRICES`.
enum ChoicesDescription {
    static func lines(_ choices: ReplyChoices, channel: Channel, listButton: String) -> [String] {
        func shown(_ buttons: [ReplyButton]) -> [String] { buttons.map { "[\($0.title)] → \($0.payload)" } }
        switch (choices, channel) {
        case (.askEmail, .instagram): return ["one-tap button: the customer's email (Instagram fills it in; the answer is {{contact.email}})"]
        case (.askPhone, .instagram): return ["one-tap button: the customer's phone number (the answer is {{contact.phone}})"]
        case (.askEmail, .whatsapp), (.askPhone, .whatsapp): return ["(WhatsApp has no one-tap email or phone button: text only)"]
        case (.link(let link), _): return ["a button under the message: [\(link.title)] opens \(link.payload)"]
        case (.buttons(let buttons), .instagram): return ["Instagram quick replies:"] + shown(buttons).map { "  " + $0 }
        case (.buttons(let buttons), .whatsapp) where buttons.count <= 3: return ["WhatsApp reply buttons:"] + shown(buttons).map { "  " + $0 }
        case (.buttons(let buttons), .whatsapp): return ["WhatsApp list behind the button [\(listButton)]:"] + shown(buttons).map { "  " + $0 }
        }
    }
}
