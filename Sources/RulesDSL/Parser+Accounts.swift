// account and console declarations: what a shop answers, and its console's password.

extension Parser {
    /// `account instagram|whatsapp "ID" token env "VAR"`
    mutating func parseAccount() throws(Recovery) -> AccountDeclaration {
        let start = advance().range.start
        let channel = try parseIdentifier("'instagram' or 'whatsapp'")
        let id = try parseString("the account id in double quotes (the Instagram account id or the WhatsApp phone number id)")
        try expectWord("token", "'token env' and the name of the environment variable holding the account's access token")
        try expectWord("env", "'env' and the name of the environment variable holding the access token")
        let variable = try parseString("the name of an environment variable in double quotes")
        return AccountDeclaration(channel: channel, id: id, tokenEnvironmentVariable: variable, range: SourceRange(start: start, end: previousEnd))
    }

    /// `console password env "VAR"`
    mutating func parseConsole() throws(Recovery) -> ConsoleDeclaration {
        let start = advance().range.start
        try expectWord("password", "'password env' and the name of the environment variable holding the console's password")
        try expectWord("env", "'env' and the name of the environment variable holding the password")
        let variable = try parseString("the name of an environment variable in double quotes")
        return ConsoleDeclaration(passwordEnvironmentVariable: variable, range: SourceRange(start: start, end: previousEnd))
    }
}
