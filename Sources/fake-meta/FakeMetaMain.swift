import FakeMeta
import Foundation
import Hummingbird

/// `fake-meta [PORT] [RECORD-FILE]`: the fake Graph API and CRM endpoint as a process, for benchmarks, the
/// crash test and manual runs. Answers every send with a fresh message id (after `FAKE_META_LATENCY_MS`
/// milliseconds, default 0, as a real Graph API takes); `GET /_stats` gives the request
/// count and the latency of replies whose text carries `t=<unix ms>`; `POST /_reset` forgets them. With a
/// record file, every request is appended to it as a JSON line: method, path, and the reply's recipient
/// and text.
@main
struct FakeMetaMain {
    static func main() async throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let port = arguments.first.flatMap { Int($0) } ?? 9090
        var record: (@Sendable (RecordedRequest) -> Void)?
        if arguments.count > 1 {
            _ = FileManager.default.createFile(atPath: arguments[1], contents: nil)
            guard let file = FileHandle(forWritingAtPath: arguments[1]) else {
                FileHandle.standardError.write(Data("fake-meta: cannot write \(arguments[1])\n".utf8))
                exit(2)
            }
            record = { request in
                let json = request.json
                let recipient = (json?["recipient"] as? [String: Any])?["id"] as? String ?? json?["to"] as? String
                let line: [String: Any] = ["method": request.method, "path": request.path, "recipient": recipient ?? NSNull(), "text": request.replyText ?? NSNull()]
                if let data = try? JSONSerialization.data(withJSONObject: line) { file.write(data + Data("\n".utf8)) }
            }
        }
        let latency = ProcessInfo.processInfo.environment["FAKE_META_LATENCY_MS"].flatMap(Int.init) ?? 0
        let server = FakeMetaServer(answersSendsByDefault: true, keepsRequests: false, sendLatency: .milliseconds(latency), record: record)
        let router = Router()
        router.get("_stats") { _, _ in await server.summary() + "\n" }
        router.post("_reset") { _, _ in
            await server.reset()
            return "ok\n"
        }
        server.register(on: router)
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "fake-meta"))
        try await app.runService()
    }
}
