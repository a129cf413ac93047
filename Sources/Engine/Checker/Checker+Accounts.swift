import RulesDSL

// `account` and `console` declarations: which accounts a shop answers, and where its secrets are.

extension CheckerPass {
    /// Checks the accounts (a known channel, an id of digits, a variable name, each account once) and the
    /// console's password (declared at most once); returns what `serve` needs of them.
    mutating func checkAccounts() -> (accounts: [ShopAccount], consolePasswordVariable: String?) {
        var accounts: [ShopAccount] = []
        var first: [String: Located<AccountDeclaration>] = [:]
        for located in accountDeclarations {
            let declaration = located.declaration
            let word = declaration.channel.name
            guard let channel = Channel(rawValue: word) else {
                let suggestion = Spelling.suggestion(for: word, among: Channel.allCases.map(\.rawValue))
                report(.unknownAccountChannel(word, suggestion: suggestion), located.file, declaration.channel.range)
                continue
            }
            let id = declaration.id.value
            if id.isEmpty || !id.allSatisfy(\.isASCII) || !id.allSatisfy(\.isNumber) {
                report(.invalidAccountID(id, channel: channel), located.file, declaration.id.range)
            }
            checkEnvironmentVariable(declaration.tokenEnvironmentVariable, file: located.file)
            let key = "\(channel.rawValue) \(id)"
            if let earlier = first[key] {
                report(
                    .duplicateAccount(channel: channel, id: id), located.file, declaration.id.range,
                    notes: [DiagnosticNote(text: "first declared here", file: earlier.file, range: earlier.declaration.id.range)])
                continue
            }
            first[key] = located
            accounts.append(ShopAccount(channel: channel, id: id, tokenVariable: declaration.tokenEnvironmentVariable.value))
        }
        for extra in consoleDeclarations.dropFirst() {
            report(
                .duplicateConsolePassword, extra.file, extra.declaration.range,
                notes: [DiagnosticNote(text: "first declared here", file: consoleDeclarations[0].file, range: consoleDeclarations[0].declaration.range)])
        }
        if let console = consoleDeclarations.first {
            checkEnvironmentVariable(console.declaration.passwordEnvironmentVariable, file: console.file)
        }
        return (accounts, consoleDeclarations.first?.declaration.passwordEnvironmentVariable.value)
    }

    /// Reports a name that cannot be an environment variable's (capitals, digits and _, not starting with a digit).
    mutating func checkEnvironmentVariable(_ name: StringLiteral, file: SourceFile) {
        let value = name.value
        let valid = !value.isEmpty && value.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "_") } && !(value.first?.isNumber ?? true)
        if !valid { report(.invalidEnvironmentVariable(value), file, name.range) }
    }
}
