import Engine
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// A posted form with its CSRF token.
protocol CSRFCarrying: Decodable, Sendable { var csrf: String? { get } }
extension TokenForm: CSRFCarrying {}
extension TagForm: CSRFCarrying {}
extension PauseForm: CSRFCarrying {}
extension ReplyForm: CSRFCarrying {}
extension AttentionForm: CSRFCarrying {}
extension PlaygroundForm: CSRFCarrying {}

/// The seller's console under `/console`: sign in, the conversations and what the bot did in each, the
/// controls (answer by hand, pause, resume, tag), the rules and their activity, the playground, health.
/// Registered only when `RULESD_CONSOLE_PASSWORD` is set; otherwise every `/console` path is 404.
struct ConsoleRoutes: Sendable {
    let access: ConsoleAccess
    let store: MessageStore
    let rules: RuleProgramHolder
    let deliveries: DeliveryHealth
    let storeHealth: StoreHealth
    let clock: @Sendable () -> Date
    /// Wakes the pipeline: a reply typed by hand goes out at once.
    let wake: @Sendable () -> Void
    let logger: Logger

    /// What a change by hand is called in `contact_actions`.
    static let by = "console"

    /// The fixed notices a redirect may ask for (`?done=`): no text from the address bar reaches the page.
    static let notices = [
        "reply": "Your reply is on its way: its delivery shows below.", "tag": "Tag added.", "untag": "Tag removed.",
        "pause": "Automatic replies are paused for this customer.", "resume": "Automatic replies are on again for this customer.",
        "attention": "Saved.",
    ]

    func register(on router: Router<RulesdRequestContext>) {
        let console = router.group("console")
        console.get("assets/console.css") { _, _ in ConsoleResponses.asset(ConsoleAssets.css, type: "text/css; charset=utf-8") }
        console.get("assets/console.js") { _, _ in ConsoleResponses.asset(ConsoleAssets.javascript, type: "text/javascript; charset=utf-8") }
        console.get("login") { request, _ in await loginPage(request) }
        console.post("login") { request, context in try await login(request, context: context) }
        console.post("logout") { request, _ in
            try await protected(request, TokenForm.self) { _, _ in
                let secure = ConsoleAccess.cameThroughHTTPS(request)
                return ConsoleResponses.redirect("/console/login", cookies: [await access.signOut(request, secure: secure)])
            }
        }
        console.get { request, _ in try await signedIn(request) { session in try await conversationsPage(request, session: session) } }
        console.get("conversations/:key") { request, context in
            try await signedIn(request) { session in
                try await conversationPage(key(context), session: session, notice: request.queryValue("done").flatMap { Self.notices[$0] })
            }
        }
        console.post("conversations/:key/reply") { request, context in
            try await protected(request, ReplyForm.self) { session, form in try await reply(key(context), form: form, session: session) }
        }
        console.post("conversations/:key/tag") { request, context in
            try await protected(request, TagForm.self) { session, form in try await change(key(context), .tag(form.tag ?? ""), done: "tag", session: session) }
        }
        console.post("conversations/:key/untag") { request, context in
            try await protected(request, TagForm.self) { session, form in try await change(key(context), .untag(form.tag ?? ""), done: "untag", session: session) }
        }
        console.post("conversations/:key/pause") { request, context in
            try await protected(request, PauseForm.self) { session, form in
                let now = clock()
                let until: Date? = switch form.for {
                case "1h": now.addingTimeInterval(3600)
                case "1d": now.addingTimeInterval(86_400)
                case "7d": now.addingTimeInterval(7 * 86_400)
                case "forever": ContactChange.untilResumed
                default: nil
                }
                guard let until else {
                    return try await conversationPage(
                        key(context), session: session, error: "Choose how long to pause: 1 hour, 1 day, 7 days, or until you resume.",
                        status: .unprocessableContent)
                }
                return try await change(key(context), .pause(until: until), done: "pause", session: session)
            }
        }
        console.post("conversations/:key/resume") { request, context in
            try await protected(request, TokenForm.self) { session, _ in try await change(key(context), .resume, done: "resume", session: session) }
        }
        console.post("settings/attention") { request, _ in
            try await protected(request, AttentionForm.self) { _, form in
                try await store.setAttentionTags((form.tags ?? "").split(separator: ",").map(String.init))
                return ConsoleResponses.redirect("/console?done=attention")
            }
        }
        console.get("rules") { request, _ in
            try await signedIn(request) { session in
                let days = request.queryValue("days") == "30" ? 30 : 7
                let now = clock()
                let clock = DisplayTime(rules.loaded.ruleSet)
                let activity = try await store.ruleActivity(since: now.addingTimeInterval(-Double(days + 1) * 86_400), timeZone: clock.timeZone)
                let view = RulesView(
                    rules: rules, activity: activity, everFired: try await store.rulesEverFired(), days: days, now: now, clock: clock, csrf: session.csrf)
                return ConsoleResponses.page(ConsoleTemplates.render(view, "rules"))
            }
        }
        console.get("playground") { request, _ in
            try await signedIn(request) { session in ConsoleResponses.page(ConsoleTemplates.render(PlaygroundView(csrf: session.csrf), "playground")) }
        }
        console.post("playground") { request, _ in
            try await protected(request, PlaygroundForm.self) { session, form in
                let view = Playground.run(form, loaded: rules.program, now: clock(), clock: DisplayTime(rules.loaded.ruleSet), csrf: session.csrf)
                return ConsoleResponses.page(ConsoleTemplates.render(view, "playground"))
            }
        }
        console.get("health") { request, _ in
            try await signedIn(request) { session in
                let view = HealthView(
                    reading: await storeHealth.current(), failing: deliveries.current,
                    summaries: try await store.destinationSummaries(since: clock().addingTimeInterval(-7 * 86_400)), lastEvents: try await store.eventArrivals().lastPerChannel,
                    rules: rules, clock: DisplayTime(rules.loaded.ruleSet), csrf: session.csrf)
                return ConsoleResponses.page(ConsoleTemplates.render(view, "health"))
            }
        }
    }

    // MARK: Signing in

    private func loginPage(_ request: Request, error: String? = nil, status: HTTPResponse.Status = .ok) async -> Response {
        if error == nil, await access.session(of: request) != nil { return ConsoleResponses.redirect("/console") }
        let token = ConsoleAccess.randomToken()
        let cookie = ConsoleAccess.cookie(ConsoleAccess.loginCookie, value: token, maxAge: 3600, secure: ConsoleAccess.cameThroughHTTPS(request))
        var view: [String: Any] = ["loginToken": token]
        if let error { view["error"] = error }
        return ConsoleResponses.page(ConsoleTemplates.render(view, "login"), status: status, cookies: [cookie])
    }

    private func login(_ request: Request, context: RulesdRequestContext) async throws -> Response {
        guard let form = try? await ConsoleResponses.form(request, as: LoginForm.self), let token = form.csrf, !token.isEmpty,
            let expected = request.cookies[ConsoleAccess.loginCookie]?.value, ConsoleAccess.tokensMatch(token, expected)
        else { return ConsoleResponses.forbidden() }
        let address = LoginThrottle.clientAddress(peer: context.remoteAddress?.ipAddress, forwardedFor: request.headers[values: HTTPField.Name("X-Forwarded-For")!])
        let now = clock()
        if let wait = access.throttle.wait(for: address, now: now) {
            let minutes = max(1, Int((wait / 60).rounded(.up)))
            return await loginPage(request, error: "Too many wrong passwords. Try again in \(minutes) minute\(minutes == 1 ? "" : "s").", status: .tooManyRequests)
        }
        guard await access.verify(form.password ?? "") else {
            access.throttle.failed(address, at: now)
            logger.warning("console: a sign-in with a wrong password", metadata: ["address": "\(address)"])
            return await loginPage(request, error: "That is not the console password.", status: .unauthorized)
        }
        access.throttle.succeeded(address)
        let secure = ConsoleAccess.cameThroughHTTPS(request)
        let session = try await access.signIn(now: now, secure: secure)
        logger.info("console: signed in", metadata: ["address": "\(address)"])
        return ConsoleResponses.redirect("/console", cookies: [session, ConsoleAccess.cookie(ConsoleAccess.loginCookie, value: "", maxAge: 0, secure: secure)])
    }

    /// A page for a signed-in browser; others go to the login form.
    private func signedIn(_ request: Request, _ page: (ConsoleSession) async throws -> Response) async throws -> Response {
        guard let session = await access.session(of: request) else { return ConsoleResponses.redirect("/console/login") }
        return try await page(session)
    }

    /// A POST: its CSRF token first (none, or not this session's: 403), then the session.
    private func protected<Form: CSRFCarrying>(
        _ request: Request, _ type: Form.Type, _ handle: (ConsoleSession, Form) async throws -> Response
    ) async throws -> Response {
        guard let form = try? await ConsoleResponses.form(request, as: type), let token = form.csrf, !token.isEmpty else {
            return ConsoleResponses.forbidden()
        }
        guard let session = await access.session(of: request) else { return ConsoleResponses.redirect("/console/login") }
        guard ConsoleAccess.tokensMatch(token, session.csrf) else { return ConsoleResponses.forbidden() }
        return try await handle(session, form)
    }

    private func key(_ context: RulesdRequestContext) throws -> String {
        guard let raw = context.parameters.get("key"), let key = raw.removingPercentEncoding else { throw HTTPError(.notFound) }
        return key
    }

    // MARK: Pages

    private func pages() async throws -> ConversationPages {
        let ruleSet = rules.loaded.ruleSet
        return ConversationPages(
            clock: DisplayTime(ruleSet), takeover: ruleSet.options.takeover, attentionTags: try await store.attentionTags(), now: clock(),
            listButton: ruleSet.options.listButton(for: nil))
    }

    private func conversationsPage(_ request: Request, session: ConsoleSession) async throws -> Response {
        let filter = ConversationFilter(
            search: request.queryValue("q"), channel: request.queryValue("channel").flatMap(Channel.init(rawValue:)),
            status: request.queryValue("status").flatMap(ConversationStatus.Kind.init(rawValue:)), tag: request.queryValue("tag"))
        let summaries = try await store.conversations(search: filter.search)
        let pages = try await pages()
        let allTags = Set(summaries.flatMap(\.state.tags.sorted)).union(pages.attentionTags).sorted()
        var view = pages.list(summaries, filter: filter, allTags: allTags, csrf: session.csrf)
        view.notice = request.queryValue("done").flatMap { Self.notices[$0] }
        return ConsoleResponses.page(ConsoleTemplates.render(view, "conversations"))
    }

    private func conversationPage(
        _ key: String, session: ConsoleSession, notice: String? = nil, error: String? = nil, draft: String = "", status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard let record = try await store.conversationRecord(key) else {
            return ConsoleResponses.page(
                "<!doctype html><title>Not found</title><p>No such conversation. <a href=\"/console\">All conversations</a></p>", status: .notFound)
        }
        var view = try await pages().conversation(record, csrf: session.csrf)
        view.notice = notice
        view.error = error
        view.draft = draft
        return ConsoleResponses.page(ConsoleTemplates.render(view, "conversation"), status: status)
    }

    // MARK: Controls

    private func reply(_ key: String, form: ReplyForm, session: ConsoleSession) async throws -> Response {
        do {
            try await store.recordManualReply(form.text ?? "", to: key, by: Self.by, now: clock(), clock: DisplayTime(rules.loaded.ruleSet))
        } catch let refused as ContactChangeError {
            return try await conversationPage(key, session: session, error: refused.description, draft: form.text ?? "", status: .conflict)
        }
        wake()
        logger.info("console: a reply typed by hand", metadata: ["contact": "\(key)"])
        return ConsoleResponses.redirect(ConversationPages.link(key) + "?done=reply")
    }

    private func change(_ key: String, _ change: ContactChange, done: String, session: ConsoleSession) async throws -> Response {
        do {
            try await store.change(key, change, by: Self.by, now: clock(), clock: DisplayTime(rules.loaded.ruleSet))
        } catch let refused as ContactChangeError {
            return try await conversationPage(key, session: session, error: refused.description, status: .unprocessableContent)
        }
        return ConsoleResponses.redirect(ConversationPages.link(key) + "?done=\(done)")
    }
}
