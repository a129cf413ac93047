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
/// Registered only when a console password is set; otherwise every `/console` path is 404.
///
/// Under `--shops`, each signed-in browser sees the shop it signed in to: its conversations (another
/// shop's are 404), its rules, its deliveries.
struct ConsoleRoutes: Sendable {
    let access: ConsoleAccess
    let store: MessageStore
    /// The shops by name ("" for the one shop of `--rules`), each with its rules, delivery health and wake-up.
    let shops: [String: ShopPipeline]
    let storeHealth: StoreHealth
    let clock: @Sendable () -> Date
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
                try await conversationPage(key(context, session: session), session: session, notice: request.queryValue("done").flatMap { Self.notices[$0] })
            }
        }
        console.post("conversations/:key/reply") { request, context in
            try await protected(request, ReplyForm.self) { session, form in try await reply(key(context, session: session), form: form, session: session) }
        }
        console.post("conversations/:key/tag") { request, context in
            try await protected(request, TagForm.self) { session, form in try await change(key(context, session: session), .tag(form.tag ?? ""), done: "tag", session: session) }
        }
        console.post("conversations/:key/untag") { request, context in
            try await protected(request, TagForm.self) { session, form in try await change(key(context, session: session), .untag(form.tag ?? ""), done: "untag", session: session) }
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
                        key(context, session: session), session: session, error: "Choose how long to pause: 1 hour, 1 day, 7 days, or until you resume.",
                        status: .unprocessableContent)
                }
                return try await change(key(context, session: session), .pause(until: until), done: "pause", session: session)
            }
        }
        console.post("conversations/:key/resume") { request, context in
            try await protected(request, TokenForm.self) { session, _ in try await change(key(context, session: session), .resume, done: "resume", session: session) }
        }
        console.post("settings/attention") { request, _ in
            try await protected(request, AttentionForm.self) { session, form in
                try await store.setAttentionTags((form.tags ?? "").split(separator: ",").map(String.init), shop: session.shop)
                return ConsoleResponses.redirect("/console?done=attention")
            }
        }
        console.get("rules") { request, _ in
            try await signedIn(request) { session in
                let shop = try served(session)
                let days = request.queryValue("days") == "30" ? 30 : 7
                let now = clock()
                let clock = DisplayTime(shop.shop.rules.loaded.ruleSet)
                let activity = try await store.ruleActivity(
                    since: now.addingTimeInterval(-Double(days + 1) * 86_400), timeZone: clock.timeZone, scope: shop.shop.scope)
                let view = RulesView(
                    rules: shop.shop.rules, activity: activity, everFired: try await store.rulesEverFired(scope: shop.shop.scope), days: days, now: now,
                    clock: clock, csrf: session.csrf)
                return ConsoleResponses.page(ConsoleTemplates.render(view, "rules"))
            }
        }
        console.get("playground") { request, _ in
            try await signedIn(request) { session in ConsoleResponses.page(ConsoleTemplates.render(PlaygroundView(csrf: session.csrf), "playground")) }
        }
        console.post("playground") { request, _ in
            try await protected(request, PlaygroundForm.self) { session, form in
                let rules = try served(session).shop.rules
                let view = Playground.run(form, loaded: rules.program, now: clock(), clock: DisplayTime(rules.loaded.ruleSet), csrf: session.csrf)
                return ConsoleResponses.page(ConsoleTemplates.render(view, "playground"))
            }
        }
        console.get("health") { request, _ in
            try await signedIn(request) { session in
                let shop = try served(session)
                let scope = shop.shop.scope
                let view = HealthView(
                    reading: await storeHealth.current(), failing: shop.deliveries.current,
                    summaries: try await store.destinationSummaries(since: clock().addingTimeInterval(-7 * 86_400), scope: scope),
                    lastEvents: try await store.eventArrivals(scope: scope).lastPerChannel,
                    rules: shop.shop.rules, clock: DisplayTime(shop.shop.rules.loaded.ruleSet), csrf: session.csrf)
                return ConsoleResponses.page(ConsoleTemplates.render(view, "health"))
            }
        }
    }

    // MARK: Signing in

    private func loginPage(_ request: Request, error: String? = nil, status: HTTPResponse.Status = .ok) async -> Response {
        if error == nil, await access.session(of: request) != nil { return ConsoleResponses.redirect("/console") }
        let token = ConsoleAccess.randomToken()
        let cookie = ConsoleAccess.cookie(ConsoleAccess.loginCookie, value: token, maxAge: 3600, secure: ConsoleAccess.cameThroughHTTPS(request))
        var view: [String: Any] = ["loginToken": token, "askShop": access.asksForShop]
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
        let shop = access.asksForShop ? (form.shop ?? "").trimmingCharacters(in: .whitespaces) : ""
        guard await access.verify(form.password ?? "", shop: shop) else {
            access.throttle.failed(address, at: now)
            logger.warning("console: a sign-in with a wrong password", metadata: ["address": "\(address)"])
            let error = access.asksForShop ? "That is not this shop's console password (or there is no such shop)." : "That is not the console password."
            return await loginPage(request, error: error, status: .unauthorized)
        }
        access.throttle.succeeded(address)
        let secure = ConsoleAccess.cameThroughHTTPS(request)
        let session = try await access.signIn(shop: shop, now: now, secure: secure)
        logger.info("console: signed in", metadata: ["address": "\(address)", "shop": "\(shop)"])
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

    /// The conversation's key from the path; 404 for a key not of the session's shop, as for one that does
    /// not exist, so a shop's console tells nothing of another's customers.
    private func key(_ context: RulesdRequestContext, session: ConsoleSession) throws -> String {
        guard let raw = context.parameters.get("key"), let key = raw.removingPercentEncoding,
            try served(session).shop.scope.contains(contactKey: key)
        else { throw HTTPError(.notFound) }
        return key
    }

    /// The shop the session signed in to.
    private func served(_ session: ConsoleSession) throws -> ShopPipeline {
        guard let shop = shops[session.shop] else { throw HTTPError(.forbidden) }
        return shop
    }

    // MARK: Pages

    private func pages(_ session: ConsoleSession) async throws -> ConversationPages {
        let ruleSet = try served(session).shop.rules.loaded.ruleSet
        return ConversationPages(
            clock: DisplayTime(ruleSet), takeover: ruleSet.options.takeover, attentionTags: try await store.attentionTags(shop: session.shop), now: clock(),
            listButton: ruleSet.options.listButton(for: nil))
    }

    private func conversationsPage(_ request: Request, session: ConsoleSession) async throws -> Response {
        let filter = ConversationFilter(
            search: request.queryValue("q"), channel: request.queryValue("channel").flatMap(Channel.init(rawValue:)),
            status: request.queryValue("status").flatMap(ConversationStatus.Kind.init(rawValue:)), tag: request.queryValue("tag"))
        let summaries = try await store.conversations(search: filter.search, scope: try served(session).shop.scope)
        let pages = try await pages(session)
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
        var view = try await pages(session).conversation(record, csrf: session.csrf)
        view.notice = notice
        view.error = error
        view.draft = draft
        return ConsoleResponses.page(ConsoleTemplates.render(view, "conversation"), status: status)
    }

    // MARK: Controls

    private func reply(_ key: String, form: ReplyForm, session: ConsoleSession) async throws -> Response {
        do {
            try await store.recordManualReply(form.text ?? "", to: key, by: Self.by, now: clock(), clock: DisplayTime(try served(session).shop.rules.loaded.ruleSet))
        } catch let refused as ContactChangeError {
            return try await conversationPage(key, session: session, error: refused.description, draft: form.text ?? "", status: .conflict)
        }
        try served(session).wake()
        logger.info("console: a reply typed by hand", metadata: ["contact": "\(key)"])
        return ConsoleResponses.redirect(ConversationPages.link(key) + "?done=reply")
    }

    private func change(_ key: String, _ change: ContactChange, done: String, session: ConsoleSession) async throws -> Response {
        do {
            try await store.change(key, change, by: Self.by, now: clock(), clock: DisplayTime(try served(session).shop.rules.loaded.ruleSet))
        } catch let refused as ContactChangeError {
            return try await conversationPage(key, session: session, error: refused.description, status: .unprocessableContent)
        }
        return ConsoleResponses.redirect(ConversationPages.link(key) + "?done=\(done)")
    }
}
