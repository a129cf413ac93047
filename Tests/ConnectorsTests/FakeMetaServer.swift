import Connectors
import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import NIOCore

/// A request the fake server received.
struct RecordedRequest: Sendable {
    var method: String
    var path: String
    var headers: [String: String]
    var body: Data

    var json: [String: Any]? { try? JSONSerialization.jsonObject(with: body) as? [String: Any] }
}

/// What the fake server answers, in order, for requests to a path; the last one repeats.
struct ScriptedResponse: Sendable {
    var status: Int
    var body: String
    var headers: [String: String] = [:]
    var delay: Duration = .zero
}

/// The fake Graph API and CRM endpoint for connector tests: records every request and answers from a script.
actor FakeMetaServer {
    private(set) var requests: [RecordedRequest] = []
    private var scripts: [String: [ScriptedResponse]] = [:]

    func script(_ path: String, _ responses: [ScriptedResponse]) { scripts[path] = responses }

    func answer(_ request: RecordedRequest) -> ScriptedResponse {
        requests.append(request)
        guard var queue = scripts[request.path], !queue.isEmpty else { return ScriptedResponse(status: 404, body: #"{"error":{"code":100,"message":"unknown path"}}"#) }
        let next = queue.count > 1 ? queue.removeFirst() : queue[0]
        scripts[request.path] = queue
        return next
    }

    /// Runs `body` with a live server on 127.0.0.1 (port chosen by the system) and its base URL.
    static func run(_ body: @escaping @Sendable (FakeMetaServer, String) async throws -> Void) async throws {
        let server = FakeMetaServer()
        let router = Router()
        router.on("**", method: .get) { request, context in try await server.respond(request, context) }
        router.on("**", method: .post) { request, context in try await server.respond(request, context) }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            try await body(server, "http://127.0.0.1:\(client.port!)")
        }
    }

    nonisolated func respond(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.rawName] = field.value }
        let buffer = try await request.body.collect(upTo: 1 << 20)
        let path = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
        let recorded = RecordedRequest(method: request.method.rawValue, path: path, headers: headers, body: Data(buffer.readableBytesView))
        let scripted = await answer(recorded)
        if scripted.delay > .zero { try await Task.sleep(for: scripted.delay) }
        var responseHeaders = HTTPFields()
        responseHeaders[.contentType] = "application/json"
        for (name, value) in scripted.headers { if let field = HTTPField.Name(name) { responseHeaders[field] = value } }
        return Response(
            status: .init(code: scripted.status), headers: responseHeaders,
            body: .init(byteBuffer: ByteBuffer(string: scripted.body)))
    }
}
