import Foundation
import HTTPTypes
import NIOCore
import NIOEmbedded
import NIOHTTPTypes
import Testing

@testable import rulesd

/// Slow clients are dropped and open connections capped (issue 29, point 8): 20,000 idle connections once
/// exhausted the server's file descriptors. Time is the embedded event loop's, moved by hand.
@Suite struct ConnectionGuardTests {
    func channel(_ limits: ConnectionLimits = ConnectionLimits(), count: ConnectionCount = ConnectionCount()) throws -> EmbeddedChannel {
        // As in serve: the guard joins the pipeline of a connection already accepted.
        let channel = EmbeddedChannel()
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 8080)).wait()
        try channel.pipeline.syncOperations.addHandler(ConnectionGuard(limits: limits, count: count))
        return channel
    }

    func isOpen(_ channel: EmbeddedChannel) -> Bool { channel.isActive }

    static let head = HTTPRequestPart.head(HTTPRequest(method: .post, scheme: nil, authority: "x", path: "/webhooks"))

    @Test func aConnectionThatSendsNoRequestIsClosedAfterThirtySeconds() throws {
        let channel = try channel()
        let loop = channel.embeddedEventLoop
        loop.advanceTime(by: .seconds(29))
        #expect(isOpen(channel))
        loop.advanceTime(by: .seconds(2))
        #expect(!isOpen(channel), "headers trickling a byte a second never make a request: closed")
    }

    @Test func aRequestWhoseBodyNeverEndsIsClosed() throws {
        let channel = try channel()
        let loop = channel.embeddedEventLoop
        loop.advanceTime(by: .seconds(20))
        try channel.writeInbound(Self.head)
        loop.advanceTime(by: .seconds(29))
        #expect(isOpen(channel), "30 seconds from the head for the rest")
        loop.advanceTime(by: .seconds(2))
        #expect(!isOpen(channel))
    }

    @Test func aKeptAliveConnectionIsClosedAfterSixtyIdleSeconds() throws {
        let channel = try channel()
        let loop = channel.embeddedEventLoop
        try channel.writeInbound(Self.head)
        try channel.writeInbound(HTTPRequestPart.end(nil))
        loop.advanceTime(by: .seconds(45))
        #expect(isOpen(channel), "a request being answered is not idle")
        try channel.writeOutbound(HTTPResponsePart.head(HTTPResponse(status: .ok)))
        try channel.writeOutbound(HTTPResponsePart.end(nil))
        loop.advanceTime(by: .seconds(59))
        #expect(isOpen(channel))
        try channel.writeInbound(Self.head)
        try channel.writeInbound(HTTPRequestPart.end(nil))
        try channel.writeOutbound(HTTPResponsePart.end(nil))
        loop.advanceTime(by: .seconds(59))
        #expect(isOpen(channel), "each request starts the idle minute again")
        loop.advanceTime(by: .seconds(2))
        #expect(!isOpen(channel))
    }

    @Test func pastTheCapANewConnectionGets503AndIsClosed() throws {
        var limits = ConnectionLimits()
        limits.maximumConnections = 2
        let count = ConnectionCount()
        let first = try channel(limits, count: count), second = try channel(limits, count: count)
        let third = try channel(limits, count: count)
        guard case .head(let response)? = try third.readOutbound(as: HTTPResponsePart.self) else {
            Issue.record("no response head")
            return
        }
        #expect(response.status == .serviceUnavailable)
        #expect(response.headerFields[.connection] == "close")
        #expect(!third.isActive)
        #expect(first.isActive && second.isActive)
        #expect(count.current == 2, "the refused connection is no longer counted")
        _ = try first.close().wait()
        #expect(count.current == 1)
        let fourth = try channel(limits, count: count)
        let answered = try fourth.readOutbound(as: HTTPResponsePart.self)
        #expect(fourth.isActive && answered == nil, "room again")
    }

    @Test func theCapComesFromTheEnvironment() {
        #expect(ConnectionLimits(environment: ["RULESD_MAX_CONNECTIONS": "50"]).maximumConnections == 50)
        #expect(ConnectionLimits(environment: [:]).maximumConnections == 2_000)
    }
}
