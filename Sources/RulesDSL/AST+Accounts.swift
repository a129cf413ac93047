/// `account instagram|whatsapp "ID" token env "VAR"`: an account the shop answers, and where its access
/// token is (an environment variable, never the token itself). Read by `serve`, which routes each
/// webhook to the shop declaring its account.
public struct AccountDeclaration: Sendable {
    /// `instagram` or `whatsapp`.
    public var channel: Identifier
    /// The Instagram account id (`entry.id`) or the WhatsApp phone number id (`metadata.phone_number_id`).
    public var id: StringLiteral
    /// The environment variable holding the account's access token.
    public var tokenEnvironmentVariable: StringLiteral
    public var range: SourceRange
}

/// `console password env "VAR"`: the environment variable holding the password of the shop's console.
public struct ConsoleDeclaration: Sendable {
    public var passwordEnvironmentVariable: StringLiteral
    public var range: SourceRange
}
