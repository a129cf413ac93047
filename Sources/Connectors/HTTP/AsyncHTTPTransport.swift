import AsyncHTTPClient
import Engine
import Foundation
import NIOCore
import NIOHTTP1

/// The one HTTP client of rulesd, on AsyncHTTPClient: a connect timeout for every request and an overall
/// deadline per request.
public final class AsyncHTTPTransport: HTTPTransport {
    private let client: HTTPClient
    /// Answers larger than this are cut off (Graph API answers are small).
    private let maximumBodyBytes = 1 << 20

    /// A client with its own connection pool.
    /// - Parameters:
    ///   - connectTimeout: how long to wait for a connection before giving up.
    ///   - connectionsPerHost: HTTP/1.1 connections kept open to one host (AsyncHTTPClient's default of 8
    ///     would make the 64 contacts the dispatcher serves at once queue for a connection).
    public init(connectTimeout: Duration = .seconds(5), connectionsPerHost: Int = 64) {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = connectionsPerHost
        configuration.timeout = HTTPClient.Configuration.Timeout(
            connect: .milliseconds(Int64(connectTimeout.timeInterval * 1000)))
        configuration.redirectConfiguration = .disallow
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    public func execute(_ request: OutboundRequest, timeout: Duration) async throws(TransportError) -> HTTPResult {
        var outbound = HTTPClientRequest(url: request.url)
        outbound.method = HTTPMethod(rawValue: request.method)
        for (name, value) in request.headers { outbound.headers.add(name: name, value: value) }
        if let body = request.body { outbound.body = .bytes(ByteBuffer(bytes: body)) }
        do {
            let response = try await client.execute(outbound, timeout: .milliseconds(Int64(timeout.timeInterval * 1000)))
            let body = try await response.body.collect(upTo: maximumBodyBytes)
            var headers: [String: String] = [:]
            for header in response.headers { headers[header.name.lowercased()] = header.value }
            return HTTPResult(status: Int(response.status.code), headers: headers, body: Data(body.readableBytesView))
        } catch {
            throw TransportError(String(describing: error))
        }
    }

    /// Closes the connection pool; call once at shutdown.
    public func shutdown() async throws {
        try await client.shutdown()
    }
}
