import Foundation
import RulesDSL

/// A button: the title the customer sees and the payload rules see (`payload is "PRICES"`). For a link,
/// the payload is the URL it opens.
public struct ReplyButton: Sendable, Hashable {
    public var title: String
    public var payload: String

    public init(title: String, payload: String) {
        self.title = title
        self.payload = payload
    }

    /// Whether the payload is a web address (a menu item or a link that opens a page).
    public var isLink: Bool { payload.hasPrefix("https://") || payload.hasPrefix("http://") }
}

/// What a reply offers the customer besides its text, rendered per channel by the connectors: Instagram
/// quick replies or a button template; WhatsApp reply buttons, a list or a URL button.
public enum ReplyChoices: Sendable, Hashable {
    /// `buttons "Prices" -> "PRICES", ...`: taps the customer can answer with.
    case buttons([ReplyButton])
    /// `link "Open the catalog" -> "https://..."`: a button that opens a page.
    indirect case link(ReplyButton)
    /// `buttons email`: Instagram's one-tap email quick reply (`user_email`).
    case askEmail
    /// `buttons phone`: Instagram's one-tap phone number quick reply (`user_phone_number`).
    case askPhone

    /// The buttons the customer sees, as (title, payload); the email and phone chips have none of their own.
    public var buttons: [ReplyButton] {
        switch self {
        case .buttons(let buttons): buttons
        case .link(let link): [link]
        case .askEmail, .askPhone: []
        }
    }
}

extension ReplyChoices {
    /// The choices as compact JSON, as the outbox stores them: `{"buttons":[{"title":..,"payload":..}]}`,
    /// `{"link":{"title":..,"url":..}}`, `{"ask":"email"}` or `{"ask":"phone"}`.
    public var json: String {
        func button(_ button: ReplyButton, payloadKey: String) -> String {
            var writer = JSONObjectWriter()
            writer.add("title", button.title)
            writer.add(payloadKey, button.payload)
            return writer.finish()
        }
        var writer = JSONObjectWriter()
        switch self {
        case .buttons(let buttons): writer.addRaw("buttons", "[" + buttons.map { button($0, payloadKey: "payload") }.joined(separator: ",") + "]")
        case .link(let link): writer.addRaw("link", button(link, payloadKey: "url"))
        case .askEmail: writer.add("ask", "email")
        case .askPhone: writer.add("ask", "phone")
        }
        return writer.finish()
    }

    /// Reads what ``json`` wrote; nil for anything else.
    public init?(json: String) {
        guard let value = try? JSONValue.parse(Data(json.utf8)) else { return nil }
        if let buttons = value["buttons"]?.array {
            let read = buttons.compactMap { item -> ReplyButton? in
                guard let title = item["title"]?.string, let payload = item["payload"]?.string else { return nil }
                return ReplyButton(title: title, payload: payload)
            }
            guard read.count == buttons.count else { return nil }
            self = .buttons(read)
        } else if let link = value["link"], let title = link["title"]?.string, let url = link["url"]?.string {
            self = .link(ReplyButton(title: title, payload: url))
        } else if let ask = value["ask"]?.string {
            switch ask {
            case "email": self = .askEmail
            case "phone": self = .askPhone
            default: return nil
            }
        } else {
            return nil
        }
    }
}

extension ReplyChoices {
    /// The choices a template declares.
    init(_ choices: TemplateChoices) {
        switch choices.kind {
        case .buttons(let buttons): self = .buttons(buttons.map { ReplyButton(title: $0.title.value, payload: $0.payload) })
        case .link(let link): self = .link(ReplyButton(title: link.title.value, payload: link.payload))
        case .email: self = .askEmail
        case .phone: self = .askPhone
        }
    }
}
