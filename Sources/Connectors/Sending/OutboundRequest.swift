import Foundation

/// An HTTP request a connector wants made: built here as a plain value (so tests check its shape without a
/// network), sent by the HTTP client.
public struct OutboundRequest: Sendable, Equatable {
    public var method: String
    public var url: String
    public var headers: [String: String]
    public var body: Data?

    public init(method: String, url: String, headers: [String: String] = [:], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// The body as a JSON object, for tests and logs.
    public var jsonBody: [String: Any]? {
        body.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
    }
}

/// Where the Graph API is: its base URL (`GRAPH_API_BASE`, a local fake in tests) and version.
public struct GraphAPI: Sendable, Equatable {
    public var base: String
    public var version: String

    public static let defaultBase = "https://graph.facebook.com"
    public static let defaultVersion = "v21.0"

    public init(base: String = GraphAPI.defaultBase, version: String = GraphAPI.defaultVersion) {
        var trimmed = base
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.base = trimmed
        self.version = version
    }

    /// From `GRAPH_API_BASE` (Meta's when unset or empty).
    public init(environment: [String: String]) {
        self.init(base: Self.customBase(in: environment) ?? Self.defaultBase)
    }

    /// `GRAPH_API_BASE` when it is set to something: then a failure to reach it may be that setting's.
    public static func customBase(in environment: [String: String]) -> String? {
        environment["GRAPH_API_BASE"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `{base}/{version}/{path}`.
    public func url(_ path: String) -> String { "\(base)/\(version)/\(path)" }

    /// Percent-encodes everything but the unreserved characters of RFC 3986, for a value in a query: spaces,
    /// emoji, `|`, `&`, `=` and `+` cannot change the query.
    public static func queryEncoded(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func bearer(_ token: String) -> [String: String] {
        ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
    }
}
