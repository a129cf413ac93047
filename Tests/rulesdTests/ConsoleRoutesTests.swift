import Connectors
import Engine
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import RulesDSL
import Synchronization
import Testing

@testable import rulesd

extension TestClock {
    var function: @Sendable () -> Date { { self.now } }
}

/// A browser as the route tests play it: the cookies it was given, and the CSRF token of the last page.
struct ConsoleBrowser {
    var cookies: [String: String] = [:]
    var csrf: String?

    var headers: HTTPFields {
        var fields = HTTPFields()
        if !cookies.isEmpty { fields[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        return fields
    }

    /// Keeps the response's cookies (a Max-Age=0 cookie removes one) and the page's CSRF token.
    mutating func read(_ response: TestResponse) -> String {
        for field in response.headers where field.name == .setCookie {
            let pair = field.value.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            let name = String(pair[0]), value = pair.count > 1 ? String(pair[1]) : ""
            if field.value.contains("Max-Age=0") || value.isEmpty { cookies[name] = nil } else { cookies[name] = value }
        }
        let html = String(buffer: response.body)
        if let token = Self.token(in: html) { csrf = token }
        return html
    }

    static func token(in html: String) -> String? {
        guard let range = html.range(of: #"name="csrf" value=""#) else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func form(_ fields: [String: String]) -> ByteBuffer {
        var components = URLComponents()
        components.queryItems = fields.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) }
        let encoded = (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
        return ByteBuffer(string: encoded)
    }

    var formHeaders: HTTPFields {
        var fields = headers
        fields[.contentType] = "application/x-www-form-urlencoded"
        return fields
    }
}

/// The console's routes through Hummingbird's router test framework, with a signed webhook making the
/// conversation and a scripted Graph API.
@Suite struct ConsoleRoutesTests {
    static let password = "correct horse battery staple"
    static let contactKey = "instagram:17841400000000001:6123456789012345"

    static let rules = """
        rule "price" when message contains any "how much" then reply "See the catalog, {{contact.name or \\"friend\\"}}" tag "asked-price" end
        rule "never" when message contains "zzzqqq" then reply "no" end
        """

    func makeApp(backend: StoreBackend = .sqlite, password: String? = password, clock: TestClock, rules: String = rules) async throws -> (some ApplicationProtocol, ServeContext, ScriptedTransport) {
        var environment = [
            "INSTAGRAM_APP_SECRET": "ig-secret", "INSTAGRAM_ACCESS_TOKEN": "ig-token", "GRAPH_API_BASE": "http://127.0.0.1:9",
        ]
        if let password { environment["RULESD_CONSOLE_PASSWORD"] = password }
        var configuration = ServerConfiguration(environment: environment)
        configuration.console = ConsoleAccess(environment: environment, bcryptCost: 4)
        configuration.databasePath = try await TestDatabases.fresh(backend)
        let result = FrontEnd.check([SourceFile(name: "r.rules", text: rules)])
        let program = RuleProgram(try #require(result.ruleSet), scorer: LexiconSentimentScorer())
        let transport = ScriptedTransport([.success(HTTPResult(status: 200, body: Data(#"{"message_id":"m_out"}"#.utf8)))])
        let (app, context) = try await buildApplication(
            configuration: configuration, program: program, transport: transport, logger: Logger(label: "test"), clock: clock.function)
        return (app, context, transport)
    }

    /// Posts the Instagram text fixture, signed, and runs the pipeline until it is answered.
    func receiveFixture(_ client: some TestClientProtocol, context: ServeContext) async throws {
        let (body, headers) = try ServeRoutesTests().signed("ig_text.json", secret: "ig-secret")
        try await client.execute(uri: "/webhooks/instagram", method: .post, headers: headers, body: body) { #expect($0.status == .ok) }
        try await ServeRoutesTests().settle(context)
    }

    /// Signs in; returns the browser with its session.
    func signIn(_ client: some TestClientProtocol, password: String = password) async throws -> (ConsoleBrowser, TestResponse) {
        var browser = ConsoleBrowser()
        let page = try await client.execute(uri: "/console/login", method: .get, headers: [:], body: nil)
        _ = browser.read(page)
        let token = try #require(browser.csrf)
        let response = try await client.execute(
            uri: "/console/login", method: .post, headers: browser.formHeaders, body: ConsoleBrowser.form(["csrf": token, "password": password]))
        _ = browser.read(response)
        return (browser, response)
    }

    /// The fixture received and answered, a signed-in browser on its conversation (with the page's token).
    func openConversation(_ client: some TestClientProtocol, context: ServeContext) async throws -> ConsoleBrowser {
        try await receiveFixture(client, context: context)
        var (browser, _) = try await signIn(client)
        _ = try await get(client, Self.conversation, &browser)
        return browser
    }

    func get(_ client: some TestClientProtocol, _ uri: String, _ browser: inout ConsoleBrowser) async throws -> (HTTPResponse.Status, String) {
        let response = try await client.execute(uri: uri, method: .get, headers: browser.headers, body: nil)
        return (response.status, browser.read(response))
    }

    func post(_ client: some TestClientProtocol, _ uri: String, _ fields: [String: String], _ browser: inout ConsoleBrowser) async throws -> TestResponse {
        let response = try await client.execute(uri: uri, method: .post, headers: browser.formHeaders, body: ConsoleBrowser.form(fields))
        _ = browser.read(response)
        return response
    }

    static let fixtureTime = Date(timeIntervalSince1970: 1_760_002_500)
    static let conversation = "/console/conversations/" + contactKey

    // MARK: Access

    @Test(arguments: TestDatabases.backends) func withoutAPasswordTheConsoleIsNotThere(_ backend: StoreBackend) async throws {
        let (app, _, _) = try await makeApp(backend: backend, password: nil, clock: TestClock(Self.fixtureTime))
        try await app.test(.router) { client in
            for uri in ["/console", "/console/login", "/console/rules", "/console/assets/console.css"] {
                try await client.execute(uri: uri, method: .get) { #expect($0.status == .notFound, "\(uri)") }
            }
            try await client.execute(uri: "/console/login", method: .post, body: ConsoleBrowser.form(["password": "x"])) { #expect($0.status == .notFound) }
        }
    }

    @Test(arguments: TestDatabases.backends) func aWrongPasswordGetsNoSessionAndPagesSendToTheLoginForm(_ backend: StoreBackend) async throws {
        let (app, _, _) = try await makeApp(backend: backend, clock: TestClock(Self.fixtureTime))
        try await app.test(.router) { client in
            try await client.execute(uri: "/console", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/console/login")
            }
            var (browser, response) = try await signIn(client, password: "wrong")
            #expect(response.status == .unauthorized)
            #expect(String(buffer: response.body).contains("That is not the console password."))
            #expect(browser.cookies[ConsoleAccess.sessionCookie] == nil)
            let (status, _) = try await get(client, "/console", &browser)
            #expect(status == .seeOther)
        }
    }

    @Test(arguments: TestDatabases.backends) func theSessionCookieIsHttpOnlyStrictAndSecureBehindHTTPS(_ backend: StoreBackend) async throws {
        let (app, _, _) = try await makeApp(backend: backend, clock: TestClock(Self.fixtureTime))
        try await app.test(.router) { client in
            let (_, plain) = try await signIn(client)
            #expect(plain.status == .seeOther)
            let cookie = try #require(plain.headers[values: .setCookie].first { $0.hasPrefix(ConsoleAccess.sessionCookie + "=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(!cookie.contains("Secure"))

            var browser = ConsoleBrowser()
            var headers = HTTPFields()
            headers[HTTPField.Name("X-Forwarded-Proto")!] = "https"
            _ = browser.read(try await client.execute(uri: "/console/login", method: .get, headers: headers, body: nil))
            var postHeaders = browser.formHeaders
            postHeaders[HTTPField.Name("X-Forwarded-Proto")!] = "https"
            let secure = try await client.execute(
                uri: "/console/login", method: .post, headers: postHeaders, body: ConsoleBrowser.form(["csrf": browser.csrf ?? "", "password": Self.password]))
            let secureCookie = try #require(secure.headers[values: .setCookie].first { $0.hasPrefix(ConsoleAccess.sessionCookie + "=") })
            #expect(secureCookie.contains("Secure"))
        }
    }

    @Test(arguments: TestDatabases.backends) func loginAttemptsAreRateLimited(_ backend: StoreBackend) async throws {
        let (app, _, _) = try await makeApp(backend: backend, clock: TestClock(Self.fixtureTime))
        try await app.test(.router) { client in
            for _ in 0..<5 {
                let (_, response) = try await signIn(client, password: "guess")
                #expect(response.status == .unauthorized)
            }
            let (browser, response) = try await signIn(client)
            #expect(response.status == .tooManyRequests, "the right password too waits once the address has guessed too often")
            #expect(String(buffer: response.body).contains("Too many wrong passwords"))
            #expect(browser.cookies[ConsoleAccess.sessionCookie] == nil)
        }
    }

    @Test(arguments: TestDatabases.backends) func aLoginWithoutItsTokenIsRefused(_ backend: StoreBackend) async throws {
        let (app, _, _) = try await makeApp(backend: backend, clock: TestClock(Self.fixtureTime))
        try await app.test(.router) { client in
            var headers = HTTPFields()
            headers[.contentType] = "application/x-www-form-urlencoded"
            try await client.execute(uri: "/console/login", method: .post, headers: headers, body: ConsoleBrowser.form(["password": Self.password])) {
                #expect($0.status == .forbidden)
            }
        }
    }

    @Test(arguments: TestDatabases.backends) func everyPostWithoutItsCSRFTokenIsForbiddenAndChangesNothing(_ backend: StoreBackend) async throws {
        let (app, context, transport) = try await makeApp(backend: backend, clock: TestClock(Self.fixtureTime))
        try await app.test(.router) { client in
            try await receiveFixture(client, context: context)
            var (browser, _) = try await signIn(client)
            let before = try await context.store.storedState(key: Self.contactKey)
            let sentBefore = await transport.requests.count
            let posts: [(String, [String: String])] = [
                (Self.conversation + "/reply", ["text": "hello"]), (Self.conversation + "/tag", ["tag": "vip"]),
                (Self.conversation + "/untag", ["tag": "asked-price"]), (Self.conversation + "/pause", ["for": "1d"]),
                (Self.conversation + "/resume", [:]), ("/console/settings/attention", ["tags": "vip"]), ("/console/playground", ["text": "how much"]),
                ("/console/logout", [:]),
            ]
            for (uri, fields) in posts {
                let missing = try await post(client, uri, fields, &browser)
                #expect(missing.status == .forbidden, "\(uri) without a token")
                var wrong = fields
                wrong["csrf"] = "not-the-token"
                let forged = try await post(client, uri, wrong, &browser)
                #expect(forged.status == .forbidden, "\(uri) with another token")
            }
            #expect(try await context.store.storedState(key: Self.contactKey) == before)
            #expect(try await context.store.attentionTags() == ["needs-attention"], "the default, unchanged")
            #expect(try await context.store.contactActions(Self.contactKey).isEmpty)
            #expect(await transport.requests.count == sentBefore)
            let (status, _) = try await get(client, "/console", &browser)
            #expect(status == .ok, "still signed in: the forged sign-out did nothing")
        }
    }

    // MARK: Pages

    @Test(arguments: TestDatabases.backends) func theConversationShowsWhatFiredWhyAndTheReplysDelivery(_ backend: StoreBackend) async throws {
        let (app, context, _) = try await makeApp(backend: backend, clock: TestClock(Self.fixtureTime))
        try await app.test(.router) { client in
            try await receiveFixture(client, context: context)
            var (browser, _) = try await signIn(client)
            let (listStatus, list) = try await get(client, "/console", &browser)
            #expect(listStatus == .ok)
            #expect(list.contains("badge instagram"))
            #expect(list.contains("How much is the linen dress"))
            #expect(list.contains("asked-price"))
            #expect(list.contains("automatic replies on"))

            let (status, page) = try await get(client, Self.conversation, &browser)
            #expect(status == .ok)
            #expect(page.contains("Hi! How much is the linen dress in size M?"))
            #expect(page.contains("<strong>price</strong>: &quot;how much&quot; matched &quot;How much&quot; at character 5"))
            #expect(page.contains("See the catalog"))
            #expect(page.contains("rulesd · rule price"))
            #expect(page.contains(#"<span class="delivery sent">sent</span>"#))
            #expect(page.contains("tagged asked-price"))
        }
    }

    @Test(arguments: TestDatabases.backends) func filtersAndSearchNarrowTheList(_ backend: StoreBackend) async throws {
        let (app, context, _) = try await makeApp(backend: backend, clock: TestClock(Self.fixtureTime))
        try await app.test(.router) { client in
            try await receiveFixture(client, context: context)
            var (browser, _) = try await signIn(client)
            for (query, shown) in [
                ("?q=linen", true), ("?q=L%C3%8DNEN%20DR%C3%89SS", true), ("?q=nothing-like-this", false), ("?channel=whatsapp", false), ("?channel=instagram", true),
                ("?tag=asked-price", true), ("?tag=vip", false), ("?status=paused", false), ("?status=active", true), ("?status=attention", false),
            ] {
                let (_, page) = try await get(client, "/console" + query, &browser)
                #expect(page.contains("linen dress") == shown, "\(query)")
            }
            _ = try await post(client, "/console/settings/attention", ["csrf": browser.csrf ?? "", "tags": "asked-price, angry"], &browser)
            #expect(try await context.store.attentionTags() == ["asked-price", "angry"])
            let (_, attention) = try await get(client, "/console?status=attention", &browser)
            #expect(attention.contains("linen dress"))
            #expect(attention.contains("needs attention"))
        }
    }

    @Test(arguments: TestDatabases.backends) func customerTextIsEscaped(_ backend: StoreBackend) async throws {
        let clock = TestClock(Self.fixtureTime)
        let (app, context, _) = try await makeApp(backend: backend, clock: clock)
        let body = Data(#"{"object":"instagram","entry":[{"id":"17841400000000001","time":1760000001200,"messaging":[{"sender":{"id":"6123456789012345"},"recipient":{"id":"17841400000000001"},"timestamp":1760000000987,"message":{"mid":"m_x","text":"<script>alert(1)</script> how much"}}]}]}"#.utf8)
        try await app.test(.router) { client in
            let (buffer, headers) = ServeRoutesTests.signed(body: body, secret: "ig-secret")
            try await client.execute(uri: "/webhooks/instagram", method: .post, headers: headers, body: buffer) { #expect($0.status == .ok) }
            try await ServeRoutesTests().settle(context)
            var (browser, _) = try await signIn(client)
            for uri in ["/console", Self.conversation] {
                let (_, page) = try await get(client, uri, &browser)
                #expect(!page.contains("<script>alert"), "\(uri)")
                #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(uri)")
            }
        }
    }

    // MARK: Controls

    @Test(arguments: TestDatabases.backends) func aReplyByHandGoesOutStartsTakeoverAndShowsItsDelivery(_ backend: StoreBackend) async throws {
        let clock = TestClock(Self.fixtureTime)
        let (app, context, transport) = try await makeApp(backend: backend, clock: clock)
        try await app.test(.router) { client in
            var browser = try await openConversation(client, context: context)
            let response = try await post(client, Self.conversation + "/reply", ["csrf": browser.csrf ?? "", "text": "Yes, size M is in stock!"], &browser)
            #expect(response.status == .seeOther)
            try await ServeRoutesTests().settle(context)
            let sent = await transport.requests.compactMap { $0.body.map { String(decoding: $0, as: UTF8.self) } }
            #expect(sent.contains { $0.contains("Yes, size M is in stock!") && $0.contains("6123456789012345") })
            let state = try #require(try await context.store.storedState(key: Self.contactKey))
            #expect(state.pausedUntil == Self.fixtureTime.addingTimeInterval(3600), "the seller answering starts takeover (option takeover, 1 hour)")
            let (_, page) = try await get(client, Self.conversation + "?done=reply", &browser)
            #expect(page.contains("Yes, size M is in stock!"))
            #expect(page.contains("Shop (typed in the console)"))
            #expect(page.contains(#"<span class="delivery sent">sent</span>"#))
            #expect(page.contains("taken over by the shop until"))
            #expect(page.contains("Your reply is on its way"))
        }
    }

    @Test(arguments: TestDatabases.backends) func aReplyByHandAfterTheWindowClosedIsRefusedWithTheReason(_ backend: StoreBackend) async throws {
        let clock = TestClock(Self.fixtureTime)
        let (app, context, transport) = try await makeApp(backend: backend, clock: clock)
        try await app.test(.router) { client in
            try await receiveFixture(client, context: context)
            let sentBefore = await transport.requests.count
            clock.advance(25 * 3600)
            var (browser, _) = try await signIn(client)
            _ = try await get(client, Self.conversation, &browser)
            let response = try await post(client, Self.conversation + "/reply", ["csrf": browser.csrf ?? "", "text": "Sorry for the wait"], &browser)
            #expect(response.status == .conflict)
            let page = String(buffer: response.body)
            #expect(page.contains("Not sent: the customer&#39;s 24-hour window closed at 2025-10-10 08:53 UTC (24 hours after their last message)"))
            #expect(page.contains("Wait for the customer to write again, or answer in the Instagram app."))
            #expect(page.contains("Sorry for the wait"), "the draft is kept")
            try await ServeRoutesTests().settle(context)
            #expect(await transport.requests.count == sentBefore)
            #expect(try #require(try await context.store.conversationRecord(Self.contactKey)).outbox.allSatisfy { !$0.isManual })
            #expect(try await context.store.contactActions(Self.contactKey).isEmpty)
        }
    }

    @Test(arguments: TestDatabases.backends) func tagUntagPauseAndResumeAreRecordedAndShown(_ backend: StoreBackend) async throws {
        let clock = TestClock(Self.fixtureTime)
        let (app, context, _) = try await makeApp(backend: backend, clock: clock)
        try await app.test(.router) { client in
            var browser = try await openConversation(client, context: context)
            let token = browser.csrf ?? ""
            #expect(try await post(client, Self.conversation + "/tag", ["csrf": token, "tag": "vip"], &browser).status == .seeOther)
            #expect(try await post(client, Self.conversation + "/untag", ["csrf": token, "tag": "asked-price"], &browser).status == .seeOther)
            #expect(try await post(client, Self.conversation + "/pause", ["csrf": token, "for": "forever"], &browser).status == .seeOther)
            var state = try #require(try await context.store.storedState(key: Self.contactKey))
            #expect(state.tags.sorted == ["vip"])
            #expect(state.pausedUntil == ContactChange.untilResumed)
            var (_, page) = try await get(client, Self.conversation, &browser)
            #expect(page.contains("paused until resumed"))
            #expect(page.contains("tagged vip (console)"))
            #expect(page.contains("removed the tag asked-price (console)"))
            #expect(try await post(client, Self.conversation + "/resume", ["csrf": token], &browser).status == .seeOther)
            state = try #require(try await context.store.storedState(key: Self.contactKey))
            #expect(state.pausedUntil == nil)
            (_, page) = try await get(client, Self.conversation, &browser)
            #expect(page.contains("resumed automatic replies (console)"))
            #expect(page.contains("automatic replies on"))
            let bad = try await post(client, Self.conversation + "/tag", ["csrf": token, "tag": "  "], &browser)
            #expect(bad.status == .unprocessableContent)
            #expect(String(buffer: bad.body).contains("a tag is one word or a short phrase"))
        }
    }

    @Test(arguments: TestDatabases.backends) func rulesPlaygroundAndHealthPages(_ backend: StoreBackend) async throws {
        let (app, context, _) = try await makeApp(backend: backend, clock: TestClock(Self.fixtureTime))
        try await app.test(.router) { client in
            try await receiveFixture(client, context: context)
            var (browser, _) = try await signIn(client)
            let (_, rules) = try await get(client, "/console/rules?days=30", &browser)
            #expect(rules.contains("2 rules from 1 file,"))
            #expect(rules.contains("<svg"))
            #expect(rules.contains("price: fired 1 times and sent 1 replies over 30 days"))
            #expect(rules.contains("<li>never</li>"), "the rule that never fired is listed")

            let tried = try await post(client, "/console/playground", ["csrf": browser.csrf ?? "", "text": "how much is it?", "channel": "instagram"], &browser)
            let page = String(buffer: tried.body)
            #expect(tried.status == .ok)
            #expect(page.contains("1 rule would fire"))
            #expect(page.contains("reply: See the catalog"))

            let pasted = try await post(
                client, "/console/playground",
                ["csrf": browser.csrf ?? "", "text": "hola", "rules": "rule \"greet\" when message contains \"hola\" then reply \"¡Hola!\" end"], &browser)
            #expect(String(buffer: pasted.body).contains("reply: ¡Hola!"))
            let broken = try await post(
                client, "/console/playground", ["csrf": browser.csrf ?? "", "text": "hola", "rules": "rule \"greet\" when message contans \"hola\" then reply \"x\" end"],
                &browser)
            let brokenPage = String(buffer: broken.body)
            #expect(brokenPage.contains("The rules have problems"))
            #expect(brokenPage.contains("line 1:"))
            #expect(try await context.store.journalCount() == 1, "the playground stores nothing")

            let (_, health) = try await get(client, "/console/health", &browser)
            #expect(health.contains("Everything works."))
            #expect(health.contains("Instagram: "))
        }
    }

    @Test(arguments: TestDatabases.backends) func signingOutEndsTheSessionOnTheServer(_ backend: StoreBackend) async throws {
        let (app, _, _) = try await makeApp(backend: backend, clock: TestClock(Self.fixtureTime))
        try await app.test(.router) { client in
            var (browser, _) = try await signIn(client)
            let kept = browser
            _ = try await get(client, "/console", &browser)
            let out = try await post(client, "/console/logout", ["csrf": browser.csrf ?? ""], &browser)
            #expect(out.status == .seeOther)
            var replayed = kept
            let (status, _) = try await get(client, "/console", &replayed)
            #expect(status == .seeOther, "the old cookie no longer opens the console")
        }
    }

    /// Regression: a reply typed by hand with the same words rulesd had just sent was taken for rulesd's own
    /// echo, so it vanished from the conversation and takeover did not start.
    @Test(arguments: TestDatabases.backends) func aReplyByHandWithTheBotsOwnWordsStillCountsAsTheShopAnswering(_ backend: StoreBackend) async throws {
        let clock = TestClock(Self.fixtureTime)
        let (app, context, transport) = try await makeApp(backend: backend, clock: clock)
        try await app.test(.router) { client in
            var browser = try await openConversation(client, context: context)
            let same = "See the catalog, friend"
            for _ in 0..<2 {
                #expect(try await post(client, Self.conversation + "/reply", ["csrf": browser.csrf ?? "", "text": same], &browser).status == .seeOther)
                try await ServeRoutesTests().settle(context)
            }
            let record = try #require(try await context.store.conversationRecord(Self.contactKey))
            let typed = record.messages.filter { ContactChange.isTypedInConsole($0.message) }
            #expect(typed.count == 2, "both replies typed by hand stay in the conversation")
            #expect(record.summary.state.pausedUntil == Self.fixtureTime.addingTimeInterval(3600))
            let sent = await transport.requests.filter { ($0.body.map { String(decoding: $0, as: UTF8.self) } ?? "").contains(same) }
            #expect(sent.count == 3, "the rule's reply and the two typed by hand")
        }
    }

    @Test(arguments: TestDatabases.backends) func aReplyByHandLongerThanThePlatformTakesIsRefused(_ backend: StoreBackend) async throws {
        let (app, context, _) = try await makeApp(backend: backend, clock: TestClock(Self.fixtureTime))
        try await app.test(.router) { client in
            var browser = try await openConversation(client, context: context)
            let response = try await post(client, Self.conversation + "/reply", ["csrf": browser.csrf ?? "", "text": String(repeating: "a", count: 1001)], &browser)
            #expect(response.status == .conflict)
            #expect(String(buffer: response.body).contains("Instagram takes at most 1000 characters in a message, and this one has 1001"))
        }
    }

    @Test func behindAProxyOnThisMachineTheLoginThrottleCountsTheBrowsersAddress() {
        #expect(LoginThrottle.clientAddress(peer: "127.0.0.1", forwardedFor: ["203.0.113.9"]) == "203.0.113.9")
        #expect(LoginThrottle.clientAddress(peer: "127.0.0.1", forwardedFor: ["1.1.1.1, 203.0.113.9"]) == "203.0.113.9", "the proxy's own entry, not the browser's claim")
        #expect(LoginThrottle.clientAddress(peer: "198.51.100.4", forwardedFor: ["203.0.113.9"]) == "198.51.100.4", "a remote peer cannot choose its address")
        #expect(LoginThrottle.clientAddress(peer: "127.0.0.1", forwardedFor: []) == "127.0.0.1")
        let throttle = LoginThrottle(attempts: 2, window: 60)
        let start = Date(timeIntervalSince1970: 0)
        throttle.failed("a", at: start)
        throttle.failed("a", at: start)
        #expect(throttle.wait(for: "a", now: start.addingTimeInterval(10)) == 50)
        #expect(throttle.wait(for: "b", now: start.addingTimeInterval(10)) == nil, "another browser is not held up")
        #expect(throttle.wait(for: "a", now: start.addingTimeInterval(61)) == nil, "the wait ends")
    }

    @Test(arguments: TestDatabases.backends) func changesThatWouldDoNothingOrShortenAPauseAreRefusedOrKeptLonger(_ backend: StoreBackend) async throws {
        let clock = TestClock(Self.fixtureTime)
        let (app, context, _) = try await makeApp(backend: backend, clock: clock)
        try await app.test(.router) { client in
            var browser = try await openConversation(client, context: context)
            let token = browser.csrf ?? ""
            let untag = try await post(client, Self.conversation + "/untag", ["csrf": token, "tag": "vip"], &browser)
            #expect(untag.status == .unprocessableContent)
            #expect(String(buffer: untag.body).contains("This customer does not have the tag vip."))
            let resume = try await post(client, Self.conversation + "/resume", ["csrf": token], &browser)
            #expect(resume.status == .unprocessableContent)
            #expect(String(buffer: resume.body).contains("Automatic replies are already on for this customer."))
            let odd = try await post(client, Self.conversation + "/pause", ["csrf": token, "for": "99y"], &browser)
            #expect(odd.status == .unprocessableContent, "an unknown length is refused, not taken as a day")
            #expect(try await post(client, Self.conversation + "/pause", ["csrf": token, "for": "7d"], &browser).status == .seeOther)
            #expect(try await post(client, Self.conversation + "/pause", ["csrf": token, "for": "1h"], &browser).status == .seeOther)
            let state = try #require(try await context.store.storedState(key: Self.contactKey))
            #expect(state.pausedUntil == Self.fixtureTime.addingTimeInterval(7 * 86_400), "a shorter pause never cuts a longer one short")
            #expect(try await context.store.contactActions(Self.contactKey).map(\.action) == ["pause", "pause"], "refusals record nothing")
        }
    }

    @Test(arguments: TestDatabases.backends) func aRejectedReloadIsAProblemOnTheHealthPage(_ backend: StoreBackend) async throws {
        let (app, context, _) = try await makeApp(backend: backend, clock: TestClock(Self.fixtureTime))
        context.rules.record(ReloadRecord(at: Self.fixtureTime, reason: "rule files changed", outcome: .rejected, diagnostics: "r.rules:1:6: error: ..."))
        try await app.test(.router) { client in
            var (browser, _) = try await signIn(client)
            let (_, health) = try await get(client, "/console/health", &browser)
            #expect(health.contains("Your last change to the rules (2025-10-09 09:35 UTC) was not taken: it has errors."))
            #expect(!health.contains("Everything works."))
            let (_, rules) = try await get(client, "/console/rules", &browser)
            #expect(rules.contains("r.rules:1:6: error: ..."))
        }
    }

    @Test(arguments: TestDatabases.backends) func aReplysButtonsShowInTheConversation(_ backend: StoreBackend) async throws {
        let rules = """
            template menu = "What would you like to know?"
              buttons "Prices" -> "PRICES", "Shipping" -> "SHIPPING"
            rule "price" when message contains any "how much" then reply menu end
            """
        let (app, context, _) = try await makeApp(backend: backend, clock: TestClock(Self.fixtureTime), rules: rules)
        try await app.test(.router) { client in
            try await receiveFixture(client, context: context)
            var (browser, _) = try await signIn(client)
            let (_, page) = try await get(client, Self.conversation, &browser)
            #expect(page.contains("What would you like to know?"))
            #expect(page.contains("Instagram quick replies:"))
            #expect(page.contains("[Prices] → PRICES"))
            #expect(page.contains("[Shipping] → SHIPPING"))
        }
    }

    /// A reply typed in the console is not a webhook: health's and the doctor's last event stay the webhook's.
    @Test(arguments: TestDatabases.backends) func aReplyByHandIsNotCountedAsAnArrivingEvent(_ backend: StoreBackend) async throws {
        let clock = TestClock(Self.fixtureTime)
        let (app, context, _) = try await makeApp(backend: backend, clock: clock)
        try await app.test(.router) { client in
            var browser = try await openConversation(client, context: context)
            let arrived = try #require(try await context.store.eventArrivals().lastPerChannel["instagram"])
            clock.advance(3600)
            #expect(try await post(client, Self.conversation + "/reply", ["csrf": browser.csrf ?? "", "text": "Still there?"], &browser).status == .seeOther)
            #expect(try await context.store.eventArrivals().lastPerChannel["instagram"] == arrived)
            #expect(try await EventArrivals.read(path: context.store.path).arrivals.map(\.count).reduce(0, +) == 1, "the doctor counts the webhook alone")
        }
    }
}
