/// Why a connector refused something: a webhook that failed its security checks, a configuration that is
/// missing. The kinds are private so new ones can be added without breaking callers.
public struct ConnectorError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Kind: Sendable, Equatable {
        case missingSignature
        case malformedSignature
        case invalidSignature
        case missingSecret
        case missingConfiguration(String)
    }

    private let kind: Kind

    /// The request had no `X-Hub-Signature-256` header.
    public static var missingSignature: Self { Self(kind: .missingSignature) }
    /// The header was not `sha256=` followed by 64 hexadecimal digits.
    public static var malformedSignature: Self { Self(kind: .malformedSignature) }
    /// The signature did not match the body.
    public static var invalidSignature: Self { Self(kind: .invalidSignature) }
    /// No app secret is configured for the channel, so nothing can be verified.
    public static var missingSecret: Self { Self(kind: .missingSecret) }
    /// A required environment variable is not set.
    public static func missingConfiguration(_ variable: String) -> Self { Self(kind: .missingConfiguration(variable)) }

    public var description: String {
        switch kind {
        case .missingSignature: "missing X-Hub-Signature-256 header"
        case .malformedSignature: "malformed X-Hub-Signature-256 header (expected sha256= and 64 hexadecimal digits)"
        case .invalidSignature: "X-Hub-Signature-256 does not match the body"
        case .missingSecret: "no app secret configured for this channel"
        case .missingConfiguration(let variable): "\(variable) is not set; set it in the environment"
        }
    }
}
