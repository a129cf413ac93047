import Foundation
import RulesDSL

// Buttons, links and the Instagram profile: what each channel can show, checked before anything is sent.

/// What Meta's platforms accept for buttons (PLATFORMS.md §10), in characters.
public enum ButtonLimits {
    /// Instagram quick replies per message.
    public static let instagramQuickReplies = 13
    /// An Instagram quick reply's or button's title.
    public static let instagramTitle = 20
    /// The text of an Instagram button template (a link).
    public static let instagramButtonText = 640
    /// WhatsApp reply buttons per message; 4 to ``whatsappListRows`` become a list.
    public static let whatsappButtons = 3
    /// WhatsApp list rows per message.
    public static let whatsappListRows = 10
    /// A WhatsApp reply button's title (and a URL button's).
    public static let whatsappButtonTitle = 20
    /// A WhatsApp list row's title.
    public static let whatsappRowTitle = 24
    /// The button that opens a WhatsApp list.
    public static let whatsappListButton = 20
    /// The body of a WhatsApp message with reply buttons or a URL button.
    public static let whatsappButtonBody = 1024
    /// A payload (a WhatsApp list row id is the shortest: 200).
    public static let payload = 200
    /// Instagram ice breakers.
    public static let iceBreakers = 4
    /// An ice breaker's question.
    public static let iceBreakerQuestion = 80
    /// Persistent menu items.
    public static let menuItems = 20
    /// A persistent menu item's title.
    public static let menuTitle = 30
}

extension CheckerPass {
    /// Each template's buttons against every channel a rule may send it on.
    mutating func checkChoices() {
        var channels: [String: Set<Channel>] = [:]
        for located in rules {
            let rule = located.declaration
            let audience: Set<Channel> = switch rule.channel?.name {
            case "instagram", "comments": [.instagram]
            case "whatsapp": [.whatsapp]
            default: [.instagram, .whatsapp]
            }
            for action in rule.actions {
                if case .replyTemplate(let name) = action.kind { channels[name.name, default: []].formUnion(audience) }
            }
        }
        for (name, located) in templates.sorted(by: { $0.key < $1.key }) {
            let template = located.declaration
            let texts = [(template.choices, template.variants)] + template.translations.map { ($0.choices ?? template.choices, $0.variants) }
            for (choices, variants) in texts {
                guard let choices else { continue }
                checkButtons(choices, file: located.file)
                for channel in (channels[name] ?? []).sorted(by: { $0.rawValue < $1.rawValue }) {
                    checkChoices(choices, variants: variants, template: name, on: channel, file: located.file)
                }
            }
        }
    }

    /// Titles, payloads and links that no channel takes: empty or repeated titles, a payload too long, a
    /// link without a web address.
    private mutating func checkButtons(_ choices: TemplateChoices, file: SourceFile) {
        if case .link(let link) = choices.kind, !ReplyButton(title: "", payload: link.payload).isLink {
            report(.linkWithoutAddress(link.payload), file, link.target?.range ?? link.range)
        }
        guard case .buttons(let buttons) = choices.kind else { return }
        var titles = Set<String>()
        for button in buttons {
            if button.title.value.trimmingCharacters(in: .whitespaces).isEmpty {
                report(.emptyText("a button's title"), file, button.title.range)
            } else if !titles.insert(button.title.value).inserted {
                report(.duplicateButton(button.title.value), file, button.title.range)
            }
            if button.payload.count > ButtonLimits.payload {
                report(.payloadTooLong(button.payload.count), file, (button.target ?? button.title).range)
            }
        }
    }

    private mutating func checkChoices(_ choices: TemplateChoices, variants: [StringLiteral], template: String, on channel: Channel, file: SourceFile) {
        let where_ = channel == .instagram ? "Instagram" : "WhatsApp"
        switch (choices.kind, channel) {
        case (.email, .whatsapp), (.phone, .whatsapp):
            report(.askOnWhatsApp(template: template), file, choices.range)
        case (.email, .instagram), (.phone, .instagram):
            break
        case (.link(let link), _):
            let limit = channel == .instagram ? ButtonLimits.instagramTitle : ButtonLimits.whatsappButtonTitle
            if link.title.value.count > limit {
                report(.buttonTitleTooLong(link.title.value, channel: where_, limit: limit, template: template), file, link.title.range)
            }
            let textLimit = channel == .instagram ? ButtonLimits.instagramButtonText : ButtonLimits.whatsappButtonBody
            for text in variants where text.fixedLength > textLimit {
                report(.buttonTextTooLong(channel: where_, limit: textLimit, length: text.fixedLength, template: template), file, text.range)
            }
        case (.buttons(let buttons), .instagram):
            if buttons.count > ButtonLimits.instagramQuickReplies {
                report(.tooManyButtons(buttons.count, channel: where_, limit: ButtonLimits.instagramQuickReplies, template: template), file, choices.range)
            }
            for button in buttons where button.title.value.count > ButtonLimits.instagramTitle {
                report(.buttonTitleTooLong(button.title.value, channel: where_, limit: ButtonLimits.instagramTitle, template: template), file, button.title.range)
            }
        case (.buttons(let buttons), .whatsapp):
            if buttons.count > ButtonLimits.whatsappListRows {
                report(.tooManyButtons(buttons.count, channel: where_, limit: ButtonLimits.whatsappListRows, template: template), file, choices.range)
            }
            let limit = buttons.count <= ButtonLimits.whatsappButtons ? ButtonLimits.whatsappButtonTitle : ButtonLimits.whatsappRowTitle
            for button in buttons where button.title.value.count > limit {
                report(.buttonTitleTooLong(button.title.value, channel: where_, limit: limit, template: template), file, button.title.range)
            }
            if buttons.count <= ButtonLimits.whatsappButtons {
                for text in variants where text.fixedLength > ButtonLimits.whatsappButtonBody {
                    report(.buttonTextTooLong(channel: where_, limit: ButtonLimits.whatsappButtonBody, length: text.fixedLength, template: template), file, text.range)
                }
            }
        }
    }

    /// `ice breakers` and `menu`: declared once, within Instagram's limits.
    mutating func checkProfile() {
        for (declarations, what) in [(iceBreakers, "ice breakers"), (menus, "menu")] {
            for extra in declarations.dropFirst() {
                report(
                    .duplicateName(what, what), extra.file, extra.declaration.keywordRange,
                    notes: [DiagnosticNote(text: "first defined here", file: declarations[0].file, range: declarations[0].declaration.keywordRange)])
            }
        }
        if let located = iceBreakers.first {
            let items = located.declaration.items
            if items.count > ButtonLimits.iceBreakers {
                report(.tooManyProfileItems(items.count, what: "ice breakers", limit: ButtonLimits.iceBreakers), located.file, located.declaration.keywordRange)
            }
            for item in items {
                if item.title.value.count > ButtonLimits.iceBreakerQuestion {
                    report(.profileTitleTooLong(what: "an ice breaker's question", limit: ButtonLimits.iceBreakerQuestion), located.file, item.title.range)
                }
                if ReplyButton(title: "", payload: item.payload).isLink {
                    report(.iceBreakerLink, located.file, item.target?.range ?? item.range)
                }
            }
        }
        if let located = menus.first {
            let items = located.declaration.items
            if items.count > ButtonLimits.menuItems {
                report(.tooManyProfileItems(items.count, what: "menu items", limit: ButtonLimits.menuItems), located.file, located.declaration.keywordRange)
            }
            for item in items where item.title.value.count > ButtonLimits.menuTitle {
                report(.profileTitleTooLong(what: "a menu item's title", limit: ButtonLimits.menuTitle), located.file, item.title.range)
            }
        }
        for located in iceBreakers.prefix(1) + menus.prefix(1) {
            for item in located.declaration.items {
                if item.title.value.trimmingCharacters(in: .whitespaces).isEmpty { report(.emptyText("a title"), located.file, item.title.range) }
            }
        }
    }
}

extension StringLiteral {
    /// The length of its text without the `{{variables}}` (what is known before sending).
    var fixedLength: Int {
        pieces.reduce(0) { total, piece in
            if case .text(let part) = piece { total + part.count } else { total }
        }
    }
}

extension DiagnosticMessage {
    static func askOnWhatsApp(template: String) -> Self {
        make(
            .error,
            "template '\(template)' asks for an email or phone with one tap, which only Instagram offers, and a rule may send it on WhatsApp; "
                + "add 'on instagram' to the rules that send it, or ask in words")
    }

    static func buttonTitleTooLong(_ title: String, channel: String, limit: Int, template: String) -> Self {
        make(
            .error,
            "button \"\(title)\" of template '\(template)' has \(title.count) characters; \(channel) shows at most \(limit); shorten it")
    }

    static func buttonTextTooLong(channel: String, limit: Int, length: Int, template: String) -> Self {
        make(
            .error,
            "the text of template '\(template)' has \(length) characters; with buttons \(channel) allows \(limit); shorten it or drop the buttons")
    }

    static func duplicateButton(_ title: String) -> Self {
        make(.error, "two buttons are called \"\(title)\"; give each its own title, or the customer cannot tell them apart")
    }

    static var iceBreakerLink: Self {
        make(.error, "an ice breaker sends its payload to your rules and cannot open a web address; put links in 'menu' or in a template's 'link'")
    }

    static func linkWithoutAddress(_ target: String) -> Self {
        make(.error, "a link opens a web address; write it in full, as in link \"Open\" -> \"https://shop.example\" (found \"\(target)\")")
    }

    static func payloadTooLong(_ length: Int) -> Self {
        make(.error, "this payload has \(length) characters; at most \(ButtonLimits.payload) work on every channel; use a short code such as \"PRICES\"")
    }

    static func profileTitleTooLong(what: String, limit: Int) -> Self {
        make(.error, "\(what) can have at most \(limit) characters on Instagram; shorten it")
    }

    static func tooManyButtons(_ count: Int, channel: String, limit: Int, template: String) -> Self {
        make(
            .error,
            "template '\(template)' has \(count) buttons and a rule may send it on \(channel), which shows at most \(limit); "
                + "keep \(limit) or split the question in two")
    }

    static func tooManyProfileItems(_ count: Int, what: String, limit: Int) -> Self {
        make(.error, "Instagram shows at most \(limit) \(what); this declares \(count)")
    }
}
