import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ServiceLifecycle

/// A stand-in for the Graph API and for CRM endpoints, on 127.0.0.1: records every request and answers
/// from a script, so tests and benchmarks never reach the internet.
///
/// ```swift
/// try await FakeMetaServer.run { server, base in
///     await server.script("/v21.0/me/messages", [ScriptedResponse(status: 500, body: ""), ScriptedResponse(status: 200, body: "{}")])
///     // point GRAPH_API_BASE at `base`
/// }
/// ```
public actor FakeMetaServer {
    /// Every request received, oldest first (empty unless `keepsRequests`).
    public private(set) var requests: [RecordedRequest] = []
    /// How many requests arrived.
    public private(set) var requestCount = 0
    /// Milliseconds between the `t=<unix ms>` stamp in a reply's text and its arrival here.
    public private(set) var replyLatencies: [Double] = []
    private var scripts: [String: [ScriptedResponse]] = [:]
    private var nextID = 0
    private let answersSendsByDefault: Bool
    private let keepsRequests: Bool
    /// How long an unscripted send waits before its answer, as a real Graph API takes (benchmarks).
    private let sendLatency: Duration
    private let record: (@Sendable (RecordedRequest) -> Void)?

    /// - Parameters:
    ///   - answersSendsByDefault: unscripted sends (`POST …/messages`) and profile lookups get a success
    ///     with a fresh message id, as the real API would; otherwise unscripted paths get 404.
    ///   - keepsRequests: whether to keep every request (turn off for long benchmarks).
    ///   - record: called with every request, in arrival order (the `fake-meta` process logs them).
    ///   - sendLatency: how long each unscripted send's answer takes.
    public init(
        answersSendsByDefault: Bool = false, keepsRequests: Bool = true, sendLatency: Duration = .zero,
        record: (@Sendable (RecordedRequest) -> Void)? = nil
    ) {
        self.answersSendsByDefault = answersSendsByDefault
        self.keepsRequests = keepsRequests
        self.sendLatency = sendLatency
        self.record = record
    }

    /// Sets the answers for a path (with its query), in order; the last one repeats.
    public func script(_ path: String, _ responses: [ScriptedResponse]) { scripts[path] = responses }

    /// Forgets the requests and latencies recorded so far.
    public func reset() {
        requests = []
        replyLatencies = []
        requestCount = 0
    }

    func answer(_ request: RecordedRequest) -> ScriptedResponse {
        requestCount += 1
        if keepsRequests { requests.append(request) }
        record?(request)
        if let latency = Self.latency(of: request) { replyLatencies.append(latency) }
        if var queue = scripts[request.path], !queue.isEmpty {
            let next = queue.count > 1 ? queue.removeFirst() : queue[0]
            scripts[request.path] = queue
            return next
        }
        guard answersSendsByDefault else {
            return ScriptedResponse(status: 404, body: #"{"error":{"code":100,"message":"unknown path"}}"#)
        }
        nextID += 1
        if request.method == "POST", request.path.hasSuffix("/messages") {
            return request.path.hasSuffix("/me/messages")
                ? ScriptedResponse(status: 200, body: #"{"recipient_id":"0","message_id":"m_fake_\#(nextID)"}"#, delay: sendLatency)
                : ScriptedResponse(status: 200, body: #"{"messaging_product":"whatsapp","messages":[{"id":"wamid.fake.\#(nextID)"}]}"#, delay: sendLatency)
        }
        if request.method == "GET", request.path.contains("fields=name") {
            return ScriptedResponse(status: 200, body: #"{"name":"Fake Customer","username":"fake.customer"}"#)
        }
        return ScriptedResponse(status: 200, body: "{}")
    }

    /// A one-line JSON summary: requests, replies carrying a stamp, and their latency percentiles (ms).
    public func summary() -> String {
        let sorted = replyLatencies.sorted()
        func percentile(_ p: Double) -> Double {
            sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1)]
        }
        let figures = [("p50_ms", percentile(0.5)), ("p99_ms", percentile(0.99)), ("max_ms", sorted.last ?? 0)]
            .map { "\"\($0.0)\":\(String(format: "%.2f", $0.1))" }.joined(separator: ",")
        return #"{"requests":\#(requestCount),"stamped_replies":\#(sorted.count),\#(figures)}"#
    }

    /// The latency of a reply whose text carries `t=<unix milliseconds>`.
    static func latency(of request: RecordedRequest) -> Double? {
        guard request.method == "POST", let text = request.replyText, let range = text.range(of: "t=") else { return nil }
        let digits = text[range.upperBound...].prefix { $0.isNumber }
        guard let stamp = Double(digits) else { return nil }
        return request.receivedAt.timeIntervalSince1970 * 1000 - stamp
    }

    /// Adds the fake's routes (every GET, POST and DELETE path) to a router.
    public nonisolated func register(on router: Router<BasicRequestContext>) {
        router.on("**", method: .get) { request, context in try await self.respond(request, context) }
        router.on("**", method: .post) { request, context in try await self.respond(request, context) }
        router.on("**", method: .delete) { request, context in try await self.respond(request, context) }
    }

    nonisolated func respond(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.rawName] = field.value }
        let buffer = try await request.body.collect(upTo: 1 << 20)
        let path = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
        let recorded = RecordedRequest(
            method: request.method.rawValue, path: path, headers: headers, body: Data(buffer.readableBytesView), receivedAt: Date())
        let scripted = await answer(recorded)
        if scripted.delay > .zero { try await Task.sleep(for: scripted.delay) }
        var responseHeaders = HTTPFields()
        responseHeaders[.contentType] = "application/json"
        for (name, value) in scripted.headers { if let field = HTTPField.Name(name) { responseHeaders[field] = value } }
        return Response(
            status: .init(code: scripted.status), headers: responseHeaders,
            body: .init(byteBuffer: ByteBuffer(string: scripted.body)))
    }

    /// Runs `body` with a live fake on 127.0.0.1 (on `port`, 0 for one the system picks) and its base URL,
    /// then stops it.
    public static func run(
        port: Int = 0, server: FakeMetaServer = FakeMetaServer(),
        _ body: @escaping @Sendable (FakeMetaServer, String) async throws -> Void
    ) async throws {
        let router = Router()
        server.register(on: router)
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)),
            onServerRunning: { channel in portContinuation.yield(channel.localAddress?.port ?? 0) })
        // Stopped by a graceful shutdown, not by cancelling its task: cancelled while a connection it had
        // accepted was not yet served, the server dropped that connection's writer unfinished, and SwiftNIO
        // traps on that ("Deinited NIOAsyncWriter without calling finish()", apple/swift-nio#3481), which
        // crashed the whole test run now and then.
        let services = ServiceGroup(services: [app], logger: app.logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await services.run() }
            var iterator = ports.makeAsyncIterator()
            guard let bound = await iterator.next() else { return }
            var failure: (any Error)?
            do { try await body(server, "http://127.0.0.1:\(bound)") } catch { failure = error }
            await services.triggerGracefulShutdown()
            try await group.waitForAll()
            if let failure { throw failure }
        }
    }
}

/// A request the fake received.
public struct RecordedRequest: Sendable {
    public var method: String
    public var path: String
    public var headers: [String: String]
    public var body: Data
    public var receivedAt: Date

    /// The body as a JSON object.
    public var json: [String: Any]? { try? JSONSerialization.jsonObject(with: body) as? [String: Any] }

    /// The text of a reply sent through either platform's send API.
    public var replyText: String? {
        guard let json else { return nil }
        if let message = json["message"] as? [String: Any] { return message["text"] as? String }
        return (json["text"] as? [String: Any])?["body"] as? String
    }
}

/// One answer of the fake: status, body, headers and an optional delay before answering.
public struct ScriptedResponse: Sendable {
    public var status: Int
    public var body: String
    public var headers: [String: String]
    public var delay: Duration

    public init(status: Int, body: String, headers: [String: String] = [:], delay: Duration = .zero) {
        self.status = status
        self.body = body
        self.headers = headers
        self.delay = delay
    }
}
