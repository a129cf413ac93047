import HTTPTypes
import NIOCore
import NIOHTTPTypes
import Synchronization

/// Limits on the server's connections, so slow or idle clients cannot exhaust it: a connection must send
/// its request within `requestTimeout` (from its opening, or from the request's head once it has one), an
/// idle keep-alive connection is closed after `idleTimeout`, and past `maximumConnections` open ones a new
/// connection gets 503 and is closed.
struct ConnectionLimits: Sendable {
    var requestTimeout: TimeAmount = .seconds(30)
    var idleTimeout: TimeAmount = .seconds(60)
    var maximumConnections = 2_000

    /// `RULESD_MAX_CONNECTIONS` (default 2,000).
    init(environment: [String: String] = [:]) {
        if let maximum = environment["RULESD_MAX_CONNECTIONS"].flatMap(Int.init), maximum > 0 { maximumConnections = maximum }
    }
}

/// How many connections are open, shared by every connection's ``ConnectionGuard``.
final class ConnectionCount: Sendable {
    private let open = Atomic<Int>(0)

    init() {}

    /// Counts a new connection; returns how many are open with it.
    func opened() -> Int { open.add(1, ordering: .relaxed).newValue }

    func closed() { open.subtract(1, ordering: .relaxed) }

    var current: Int { open.load(ordering: .relaxed) }
}

/// One connection's guard, in its pipeline after HTTP decoding: enforces ``ConnectionLimits``.
///
/// A slow client (headers a byte a second, or nothing at all) never completes a request part, so the
/// request deadline closes it; Hummingbird's own idle timeout looks at reads, which such a client keeps
/// making.
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let limits: ConnectionLimits
    private let count: ConnectionCount
    private var counted = false
    private var rejected = false
    private var deadline: Scheduled<Void>?
    /// Requests read whose response has not ended.
    private var inFlight = 0

    init(limits: ConnectionLimits, count: ConnectionCount) {
        self.limits = limits
        self.count = count
    }

    func handlerAdded(context: ChannelHandlerContext) {
        counted = true
        if count.opened() > limits.maximumConnections {
            reject(context)
            return
        }
        arm(context, after: limits.requestTimeout)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
        if counted {
            counted = false
            count.closed()
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        if counted {
            counted = false
            count.closed()
        }
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !rejected else { return }
        switch unwrapInboundIn(data) {
        case .head:
            inFlight += 1
            // The rest of the request (its body) must follow within the request timeout.
            arm(context, after: limits.requestTimeout)
        case .end:
            deadline?.cancel()
            deadline = nil
        case .body:
            break
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            inFlight = max(0, inFlight - 1)
            // Kept alive: the next request must begin within the idle timeout.
            if inFlight == 0 { arm(context, after: limits.idleTimeout) }
        }
        context.write(data, promise: promise)
    }

    private func arm(_ context: ChannelHandlerContext, after delay: TimeAmount) {
        deadline?.cancel()
        let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
        deadline = context.eventLoop.scheduleTask(in: delay) {
            loopBound.value.close(promise: nil)
        }
    }

    /// Answers 503 and closes: the server already has as many connections as it may.
    private func reject(_ context: ChannelHandlerContext) {
        rejected = true
        let body = ByteBuffer(string: "too many open connections; try again shortly\n")
        var fields = HTTPFields()
        fields[.contentType] = "text/plain; charset=utf-8"
        fields[.contentLength] = String(body.readableBytes)
        fields[.connection] = "close"
        fields[.retryAfter] = "1"
        context.write(wrapOutboundOut(.head(HTTPResponse(status: .serviceUnavailable, headerFields: fields))), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in context.close(promise: nil) }
    }
}
