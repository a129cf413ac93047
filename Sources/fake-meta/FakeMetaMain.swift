import FakeMeta
import Foundation
import Hummingbird

/// `fake-meta [PORT]`: the fake Graph API and CRM endpoint as a process, for benchmarks and manual runs.
/// Answers every send with a fresh message id; `GET /_stats` gives the request count and the latency of
/// replies whose text carries `t=<unix ms>`; `POST /_reset` forgets them.
@main
struct FakeMetaMain {
    static func main() async throws {
        let port = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 9090
        let server = FakeMetaServer(answersSendsByDefault: true, keepsRequests: false)
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
