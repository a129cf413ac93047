import Connectors
import Foundation

/// Everything `serve` needs, built in one place from the command line and the environment. Secrets come
/// only from the environment and are never logged.
struct ServerConfiguration: Sendable {
    var host = "127.0.0.1"
    var port = 8080
    var databasePath = "rulesd.sqlite"
    var rulesPaths: [String] = ["examples/rules"]
    var instagramAppSecret = ""
    var instagramVerifyToken = ""
    var whatsappAppSecret = ""
    var whatsappVerifyToken = ""
    var credentials = MetaCredentials()
    var graphAPI = GraphAPI()
    var environment: [String: String] = [:]
    /// Bodies larger than this get 413.
    var maximumBodyBytes = 1 << 20
    /// Replies in flight at once (`RULESD_REPLY_CONCURRENCY`; see ``OutboxDispatcher/maximumInFlight``).
    var replyConcurrency = 1

    /// Dry mode: no Meta access token at all, so replies are decided and recorded but not sent.
    var isDryMode: Bool { credentials.instagramAccessToken == nil && credentials.whatsappAccessToken == nil }

    init() {}

    /// Reads the variables ARCHITECTURE.md names.
    init(environment: [String: String]) {
        self.environment = environment
        instagramAppSecret = environment["INSTAGRAM_APP_SECRET"] ?? ""
        instagramVerifyToken = environment["INSTAGRAM_VERIFY_TOKEN"] ?? ""
        whatsappAppSecret = environment["WHATSAPP_APP_SECRET"] ?? ""
        whatsappVerifyToken = environment["WHATSAPP_VERIFY_TOKEN"] ?? ""
        credentials = MetaCredentials(environment: environment)
        replyConcurrency = environment["RULESD_REPLY_CONCURRENCY"].flatMap(Int.init).map { max(1, $0) } ?? 1
        graphAPI = GraphAPI(base: environment["GRAPH_API_BASE"].flatMap { $0.isEmpty ? nil : $0 } ?? GraphAPI.defaultBase)
    }
}
