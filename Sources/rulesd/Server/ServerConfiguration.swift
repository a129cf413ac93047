import Connectors
import Foundation

/// Everything `serve` needs, built in one place from the command line and the environment. Secrets come
/// only from the environment, are held as ``Secret``s, and are never logged: the configuration describes
/// itself without them.
struct ServerConfiguration: Sendable, CustomStringConvertible, CustomReflectable {
    var host = "127.0.0.1"
    var port = 8080
    var databasePath = "rulesd.sqlite"
    var rulesPaths: [String] = ["examples/rules"]
    /// `serve --shops DIR`: a shop per folder; nil: the one shop of `rulesPaths`.
    var shopsDirectory: String?
    var instagramAppSecret = Secret("")
    var instagramVerifyToken = Secret("")
    var whatsappAppSecret = Secret("")
    var whatsappVerifyToken = Secret("")
    var credentials = MetaCredentials()
    var graphAPI = GraphAPI()
    /// The environment, for the secrets endpoints name (`secret env "CRM_SECRET"`).
    var environment = SecretEnvironment([:])
    /// Send rates per channel (`INSTAGRAM_SENDS_PER_SECOND`, `WHATSAPP_SENDS_PER_SECOND`).
    var sendLimits = SendRateLimiter.Limits(environment: [:])
    /// Bodies larger than this get 413.
    var maximumBodyBytes = 1 << 20
    /// Replies in flight at once, one per contact (`RULESD_REPLY_CONCURRENCY`, default 16; see
    /// ``OutboxDispatcher/maximumInFlight``).
    var replyConcurrency = 16

    /// Request and idle timeouts and the cap on open connections (`RULESD_MAX_CONNECTIONS`).
    var connectionLimits = ConnectionLimits()

    /// How long the worker waits for an Instagram contact's profile (name, username) before answering
    /// without it (`RULESD_PROFILE_TIMEOUT`, in seconds; default 1).
    var profileTimeout: Duration = .seconds(1)

    /// The seller's console: nil (off, `/console` is 404) unless `RULESD_CONSOLE_PASSWORD` is set.
    var console: ConsoleAccess?
    /// The bcrypt cost of the shops' console passwords (tests lower it).
    var consoleBcryptCost: UInt8 = 10

    /// How long decisions, handled messages and finished sends are kept (`serve --retention`, 90 days).
    var retention: TimeInterval = 90 * 86_400

    /// Whether a token variable a shop's `account` declares is set (see ``isDryMode``).
    var accountTokenSet = false

    /// Dry mode: no Meta access token at all (neither in the environment's variables nor in those the
    /// shops' `account` declarations name), so replies are decided and recorded but not sent.
    var isDryMode: Bool { credentials.instagramAccessToken == nil && credentials.whatsappAccessToken == nil && !accountTokenSet }

    init() {}

    /// Reads the variables ARCHITECTURE.md names.
    init(environment: [String: String]) {
        self.environment = SecretEnvironment(environment)
        sendLimits = SendRateLimiter.Limits(environment: environment)
        connectionLimits = ConnectionLimits(environment: environment)
        instagramAppSecret = Secret(environment["INSTAGRAM_APP_SECRET"] ?? "")
        instagramVerifyToken = Secret(environment["INSTAGRAM_VERIFY_TOKEN"] ?? "")
        whatsappAppSecret = Secret(environment["WHATSAPP_APP_SECRET"] ?? "")
        whatsappVerifyToken = Secret(environment["WHATSAPP_VERIFY_TOKEN"] ?? "")
        credentials = MetaCredentials(environment: environment)
        replyConcurrency = environment["RULESD_REPLY_CONCURRENCY"].flatMap(Int.init).map { max(1, $0) } ?? 16
        graphAPI = GraphAPI(environment: environment)
        console = ConsoleAccess(environment: environment)
        if let seconds = environment["RULESD_PROFILE_TIMEOUT"].flatMap(Double.init), seconds > 0, seconds <= 60 {
            profileTimeout = .milliseconds(Int64(seconds * 1000))
        }
    }

    var description: String {
        "ServerConfiguration(\(host):\(port), db \(databasePath), \(shopsDirectory.map { "shops \($0)" } ?? "rules \(rulesPaths)"), \(credentials), graph API \(graphAPI.base), "
            + "reply concurrency \(replyConcurrency), console \(console == nil ? "off" : "on"))"
    }

    var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
