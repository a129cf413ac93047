extension RuleSetOptions {
    /// The text of the button that opens a WhatsApp list: `option list_button`, else "Options" in the
    /// reply's language.
    public func listButton(for language: Language?) -> String {
        if let listButton { return listButton }
        switch language ?? self.language {
        case .en: return "Options"
        case .es: return "Opciones"
        case .pt: return "Opções"
        }
    }
}
