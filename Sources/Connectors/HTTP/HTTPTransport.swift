import Foundation

/// The answer to an outbound request.
public struct HTTPResult: Sendable, Equatable {
    public var status: Int
    /// Header names in lower case.
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// A request that got no answer: a timeout, a refused connection, a bad URL.
public struct TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

/// Sends ``OutboundRequest``s. The real one is ``AsyncHTTPTransport``; every connector talks HTTP through
/// this one protocol.
public protocol HTTPTransport: Sendable {
    /// Sends a request and waits at most `timeout` for the whole answer.
    /// - Throws: ``TransportError`` when there is no answer.
    func execute(_ request: OutboundRequest, timeout: Duration) async throws(TransportError) -> HTTPResult
}
