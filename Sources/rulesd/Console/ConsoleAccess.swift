import Connectors
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import HummingbirdBcrypt
import NIOPosix

/// One signed-in browser: its CSRF token, which every form carries back, and the shop it signed in to
/// (empty for the one shop of `--rules`): it sees that shop's conversations only.
struct ConsoleSession: Codable, Sendable {
    var csrf: String
    var signedInAt: Date
    var shop: String = ""
}

/// Who may use the console, and the proof they signed in: each shop's password (from
/// `RULESD_CONSOLE_PASSWORD`, or the variable its rules name with `console password env`; kept only as a
/// bcrypt hash), sessions kept in memory by hummingbird-auth's `SessionStorage` (a restart signs everyone
/// out), a CSRF token per session, and a throttle on failed logins.
struct ConsoleAccess: Sendable {
    /// The session cookie's name.
    static let sessionCookie = "rulesd_console"
    /// Before signing in, the login form's CSRF token, also kept in this cookie (double submit).
    static let loginCookie = "rulesd_login"
    /// How long a session lasts.
    static let sessionLength: Duration = .seconds(12 * 3600)

    /// Each shop's password hash by the shop's name ("" for the one shop of `--rules`).
    private let passwordHashes: [String: String]
    /// Whether the login form asks which shop (under `--shops`).
    let asksForShop: Bool
    private let sessions: SessionStorage<ConsoleSession>
    /// Where the sessions live: a service of `serve` (it forgets expired sessions every ten minutes).
    let sessionMemory: MemoryPersistDriver<ContinuousClock>
    let throttle: LoginThrottle

    /// Nil when `RULESD_CONSOLE_PASSWORD` is unset or empty: the console is off.
    init?(environment: [String: String], throttle: LoginThrottle = LoginThrottle(), bcryptCost: UInt8 = 10) {
        guard let password = environment["RULESD_CONSOLE_PASSWORD"], !password.isEmpty else { return nil }
        self.init(passwords: ["": password], asksForShop: false, throttle: throttle, bcryptCost: bcryptCost)
    }

    /// The console of several shops, each with its password (by shop name); nil when there is none.
    init?(passwords: [String: String], asksForShop: Bool, throttle: LoginThrottle = LoginThrottle(), bcryptCost: UInt8 = 10) {
        let passwords = passwords.filter { !$0.value.isEmpty }
        guard !passwords.isEmpty else { return nil }
        passwordHashes = passwords.mapValues { Bcrypt.hash($0, cost: bcryptCost) }
        self.asksForShop = asksForShop
        sessionMemory = MemoryPersistDriver()
        sessions = SessionStorage(sessionMemory, configuration: .init(sessionCookieParameters: .init(name: Self.sessionCookie)))
        self.throttle = throttle
    }

    /// Whether `password` is the console's. Bcrypt takes tens of milliseconds on purpose: it runs on NIO's
    /// thread pool, not on the thread that serves requests.
    /// A shop without a console password is never opened: a wrong shop name costs the same bcrypt check as a
    /// wrong password, so the answer's time does not tell which shops exist.
    func verify(_ password: String, shop: String = "") async -> Bool {
        let hash = passwordHashes[shop] ?? Self.decoyHash
        let known = passwordHashes[shop] != nil
        let matches = (try? await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }) ?? false
        return known && matches
    }

    /// A hash no password is checked against in earnest (for a shop with no console).
    private static let decoyHash = Bcrypt.hash(randomToken(), cost: 10)

    /// The shops that have a console.
    var shops: Set<String> { Set(passwordHashes.keys) }

    /// The request's session; nil when it has none, or one that expired or was signed out.
    func session(of request: Request) async -> ConsoleSession? {
        try? await sessions.load(request: request)
    }

    /// Starts a session; returns the cookie that carries it.
    func signIn(shop: String = "", now: Date, secure: Bool) async throws -> Cookie {
        let session = ConsoleSession(csrf: Self.randomToken(), signedInAt: now, shop: shop)
        let saved = try await sessions.save(session: session, expiresIn: Self.sessionLength)
        return Self.cookie(Self.sessionCookie, value: saved.value, maxAge: Int(Self.sessionLength.components.seconds), secure: secure)
    }

    /// Ends the request's session; returns the cookie that clears it in the browser.
    func signOut(_ request: Request, secure: Bool) async -> Cookie {
        _ = try? await sessions.delete(request: request)
        return Self.cookie(Self.sessionCookie, value: "", maxAge: 0, secure: secure)
    }

    /// A cookie as the console sets them: HttpOnly, SameSite=Strict, scoped to /console, and Secure when
    /// the browser reached rulesd through HTTPS.
    static func cookie(_ name: String, value: String, maxAge: Int, secure: Bool) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/console", secure: secure, httpOnly: true, sameSite: .strict)
    }

    /// Whether the browser's request came through HTTPS: rulesd itself speaks HTTP, so this is what the
    /// proxy in front of it says (`X-Forwarded-Proto: https`, or `Forwarded: proto=https`).
    static func cameThroughHTTPS(_ request: Request) -> Bool {
        if request.head.scheme == "https" { return true }
        if let proto = request.headers[HTTPField.Name("X-Forwarded-Proto")!], proto.lowercased().split(separator: ",").first?.trimmingCharacters(in: .whitespaces) == "https" {
            return true
        }
        if let forwarded = request.headers[HTTPField.Name("Forwarded")!], forwarded.lowercased().contains("proto=https") { return true }
        return false
    }

    /// 32 random bytes, URL-safe base64.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Whether a form's token is the expected one (never when empty), compared in time that does not depend
    /// on where they differ.
    static func tokensMatch(_ a: String, _ b: String) -> Bool {
        !b.isEmpty && VerificationHandshake.constantTimeEquals(a, b)
    }
}
