extension ReplyChoices {
    /// The longest text a message with these choices can carry on a channel: shorter than a plain text's
    /// with WhatsApp reply buttons or a link, and with Instagram's link (button template).
    public func textLimit(on channel: Channel) -> Int {
        switch (self, channel) {
        case (.link, .instagram): ButtonLimits.instagramButtonText
        case (.link, .whatsapp): ButtonLimits.whatsappButtonBody
        case (.buttons(let buttons), .whatsapp) where buttons.count <= ButtonLimits.whatsappButtons: ButtonLimits.whatsappButtonBody
        default: TemplateRenderer.limit(for: channel)
        }
    }
}
