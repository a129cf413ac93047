/// A secret value (an app secret, an access token, a verify token, a CRM signing secret) that never shows in
/// a log, an error or a description: printed, interpolated, dumped or mirrored it reads `<redacted>`.
/// Only ``value``, read where the secret is used, gives the text.
///
/// ```swift
/// let token = Secret("EAAG...")
/// logger.debug("client \(token)")   // client <redacted>
/// ```
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The secret text. Read it only where it is used (a signature, an Authorization header).
    public let value: String

    public init(_ value: String) {
        self.value = value
    }

    public var isEmpty: Bool { value.isEmpty }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}

/// The process environment, as the places that look up a secret by name (`secret env "CRM_SECRET"`) hold
/// it: every value is a ``Secret``, and the whole never describes its contents.
public struct SecretEnvironment: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let values: [String: Secret]

    public init(_ environment: [String: String]) {
        values = environment.mapValues(Secret.init)
    }

    /// The variable's value, or nil when it is unset or empty.
    public subscript(name: String) -> Secret? {
        values[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    public var description: String { "<environment: \(values.count) variables, redacted>" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
