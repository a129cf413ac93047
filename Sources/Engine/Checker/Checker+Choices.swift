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
    mutating func checkTemplateChoices() {
        // For each template, the channels its rules may send it on, each with the first such rule.
        var senders: [String: [Channel: String]] = [:]
        for located in rules {
            let rule = located.declaration
            let channels: [Channel] = switch rule.audience?.name {
            case "instagram", "comments": [.instagram]
            case "whatsapp": [.whatsapp]
            default: [.instagram, .whatsapp]
            }
            for action in rule.actions {
                let name: Identifier
                switch action.kind {
                case .replyTemplate(let template), .replyElse(let template, _): name = template
                default: continue
                }
                for channel in channels where senders[name.name]?[channel] == nil { senders[name.name, default: [:]][channel] = rule.name.value }
            }
        }
        for (name, located) in templates.sorted(by: { $0.key < $1.key }) {
            let template = located.declaration
            let texts = [(template.choices, template.variants)] + template.translations.map { ($0.choices ?? template.choices, $0.variants) }
            var checked: [SourceRange] = []
            for (choices, variants) in texts {
                guard let choices else { continue }
                let sent = senders[name] ?? [:]
                // A translation without buttons of its own shows the default ones: checked once.
                if !checked.contains(choices.range) {
                    checked.append(choices.range)
                    checkButtons(choices, file: located.file)
                    checkAgainstChannels(choices, template: name, senders: sent, file: located.file)
                }
                checkTextLengths(choices, variants: variants, template: name, senders: sent, file: located.file)
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

    /// What each channel a rule may send the template on shows: how many buttons, how long their titles,
    /// one-tap questions (Instagram only), payloads told apart (WhatsApp).
    private mutating func checkAgainstChannels(_ choices: TemplateChoices, template: String, senders: [Channel: String], file: SourceFile) {
        switch choices.kind {
        case .email, .phone:
            if let rule = senders[.whatsapp] { report(.askOnWhatsApp(template: template, rule: rule), file, choices.range) }
        case .link(let link):
            checkTitle(link.title, limits: senders.keys.map { ($0, ButtonLimits.instagramTitle) }, template: template, file: file)
        case .buttons(let buttons):
            if let rule = senders[.whatsapp], buttons.count > ButtonLimits.whatsappListRows {
                report(.tooManyButtonsForWhatsApp(buttons.count, template: template, rule: rule), file, choices.range)
            } else if senders[.instagram] != nil, buttons.count > ButtonLimits.instagramQuickReplies {
                report(.tooManyButtonsForInstagram(buttons.count, template: template), file, choices.range)
            }
            let whatsappTitle = buttons.count <= ButtonLimits.whatsappButtons ? ButtonLimits.whatsappButtonTitle : ButtonLimits.whatsappRowTitle
            let limits = senders.keys.map { ($0, $0 == .instagram ? ButtonLimits.instagramTitle : whatsappTitle) }
            for button in buttons { checkTitle(button.title, limits: limits, template: template, file: file) }
            if let rule = senders[.whatsapp] {
                var payloads = Set<String>()
                for button in buttons where !payloads.insert(button.payload).inserted {
                    report(.duplicatePayloadOnWhatsApp(button.payload, rule: rule), file, (button.target ?? button.title).range)
                }
            }
        }
    }

    /// One error for a title longer than some channels show, naming them.
    private mutating func checkTitle(_ title: StringLiteral, limits: [(Channel, Int)], template: String, file: SourceFile) {
        let over = limits.filter { title.value.count > $0.1 }.sorted { $0.0.rawValue < $1.0.rawValue }
        guard let limit = over.map(\.1).min() else { return }
        let channels = over.map { $0.0 == .instagram ? "Instagram" : "WhatsApp" }.joined(separator: " and ")
        report(.buttonTitleTooLong(title.value, channels: channels, limit: limit, template: template), file, title.range)
    }

    /// The text above buttons: shorter than a plain message's with a link, or WhatsApp reply buttons.
    private mutating func checkTextLengths(
        _ choices: TemplateChoices, variants: [StringLiteral], template: String, senders: [Channel: String], file: SourceFile
    ) {
        // The channels where these choices take less text than a plain message (`ReplyChoices.textLimit`).
        let replyChoices = ReplyChoices(choices)
        let limits: [(Channel, Int)] = senders.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { channel in
            let limit = replyChoices.textLimit(on: channel)
            return limit < TemplateRenderer.limit(for: channel) ? (channel, limit) : nil
        }
        guard let (channel, limit) = limits.min(by: { $0.1 < $1.1 }) else { return }
        for text in variants where text.fixedLength > limit {
            let name = channel == .instagram ? "Instagram" : "WhatsApp"
            report(.buttonTextTooLong(channel: name, limit: limit, length: text.fixedLength, template: template), file, text.range)
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
            for item in items where Self.looksLikeAddress(item.payload) {
                report(.menuAddressWithoutScheme(item.payload), located.file, item.target?.range ?? item.range)
            }
        }
        for located in iceBreakers.prefix(1) + menus.prefix(1) {
            for item in located.declaration.items {
                if item.title.value.trimmingCharacters(in: .whitespaces).isEmpty { report(.emptyText("a title"), located.file, item.title.range) }
            }
        }
    }
}

extension CheckerPass {
    /// `luna.example/catalog`, `www.luna.example`: a web address written without `https://`, which would
    /// be sent as a payload instead of opening the page.
    static func looksLikeAddress(_ text: String) -> Bool {
        guard !ReplyButton(title: "", payload: text).isLink, !text.contains(" ") else { return false }
        if text.lowercased().hasPrefix("www.") { return true }
        guard let slash = text.firstIndex(of: "/") else { return false }
        let host = text[..<slash]
        return host.contains(".") && host.split(separator: ".").last.map { $0.count >= 2 && $0.allSatisfy(\.isLetter) } == true
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
    static func askOnWhatsApp(template: String, rule: String) -> Self {
        make(
            .error,
            "template '\(template)' asks for an email or phone with one tap, which only Instagram offers, and rule \"\(rule)\" may send it "
                + "on WhatsApp; add 'on instagram' to that rule, or ask in words")
    }

    static func buttonTitleTooLong(_ title: String, channels: String, limit: Int, template: String) -> Self {
        make(
            .error,
            "button \"\(title)\" of template '\(template)' has \(title.count) characters; \(channels) \(channels.contains(" and ") ? "show" : "shows") at most \(limit); shorten it")
    }

    static func buttonTextTooLong(channel: String, limit: Int, length: Int, template: String) -> Self {
        make(
            .error,
            "the text of template '\(template)' has \(length) characters; with these buttons \(channel) allows \(limit); shorten it or drop the buttons")
    }

    static func duplicateButton(_ title: String) -> Self {
        make(.error, "two buttons are called \"\(title)\"; give each its own title, or the customer cannot tell them apart")
    }

    static func duplicatePayloadOnWhatsApp(_ payload: String, rule: String) -> Self {
        make(
            .error,
            "two buttons send \"\(payload)\", and WhatsApp needs a different payload for each (rule \"\(rule)\" may send them there); "
                + "give each button its own payload")
    }

    static var iceBreakerLink: Self {
        make(.error, "an ice breaker sends its payload to your rules and cannot open a web address; put links in 'menu' or in a template's 'link'")
    }

    static func linkWithoutAddress(_ target: String) -> Self {
        make(.error, "a link opens a web address; write it in full, as in link \"Open\" -> \"https://shop.example\" (found \"\(target)\")")
    }

    static func menuAddressWithoutScheme(_ target: String) -> Self {
        make(
            .warning,
            "\"\(target)\" looks like a web address but does not start with https://, so the menu item sends it to your rules as a payload "
                + "instead of opening the page; write \"https://\(target)\"")
    }

    static func payloadTooLong(_ length: Int) -> Self {
        make(.error, "this payload has \(length) characters; at most \(ButtonLimits.payload) work on every channel; use a short code such as \"PRICES\"")
    }

    static func profileTitleTooLong(what: String, limit: Int) -> Self {
        make(.error, "\(what) can have at most \(limit) characters on Instagram; shorten it")
    }

    static func tooManyButtonsForInstagram(_ count: Int, template: String) -> Self {
        make(
            .error,
            "template '\(template)' has \(count) buttons; Instagram shows at most \(ButtonLimits.instagramQuickReplies); keep fewer or split the question in two")
    }

    static func tooManyButtonsForWhatsApp(_ count: Int, template: String, rule: String) -> Self {
        make(
            .error,
            "template '\(template)' has \(count) buttons, and rule \"\(rule)\" may send it on WhatsApp, which shows up to "
                + "\(ButtonLimits.whatsappButtons) buttons, or a list of up to \(ButtonLimits.whatsappListRows); keep \(ButtonLimits.whatsappListRows) or fewer, "
                + "or add 'on instagram' to the rule")
    }

    static func tooManyProfileItems(_ count: Int, what: String, limit: Int) -> Self {
        make(.error, "Instagram shows at most \(limit) \(what); this declares \(count)")
    }
}
