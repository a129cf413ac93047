import Connectors
import Engine
import Foundation

extension InstagramDoctor {
    /// The webhook fields rulesd cannot work without: messages and button taps, and comments for
    /// `on comments` rules.
    var neededFields: [String] {
        ["messages", "messaging_postbacks"] + (rules.seesComments ? ["comments", "live_comments"] : [])
    }

    /// Fields that only help: being told when the Inbox or another app takes a conversation (§12).
    static let helpfulFields = ["standby", "messaging_handovers"]

    /// Whether the account sends rulesd's app (`INSTAGRAM_APP_ID`'s, else any) every field it needs.
    func subscription(token: String) async -> [DoctorFinding] {
        let body: Data
        switch await client.readAccount(AccountChecks.instagramSubscribedApps(token: token, api: api), now: now) {
        case .failure(let failure):
            return [.problem(
                "instagram: the webhook subscription could not be read: \(failure)",
                fix: "generate the token with instagram_business_basic and instagram_business_manage_messages, then run rulesd doctor again")]
        case .success(let answer): body = answer
        }
        guard let apps = AccountChecks.parseInstagramSubscribedApps(body) else {
            return [.problem(
                "instagram: the webhook subscription could not be read from the answer: \(String(decoding: body.prefix(200), as: UTF8.self))",
                fix: "run rulesd doctor instagram again; if it persists, check GRAPH_API_BASE")]
        }
        let candidates = settings.instagramAppID.map { id in apps.filter { $0.id == id } } ?? apps
        func missing(_ app: AccountChecks.SubscribedApp) -> [String] { neededFields.filter { !app.fields.contains($0) } }
        guard let app = candidates.min(by: { missing($0).count < missing($1).count }) else {
            let what = apps.isEmpty
                ? "instagram: the account sends its webhooks to no app: no message or comment reaches rulesd"
                : "instagram: the account does not send its webhooks to app \(settings.instagramAppID ?? "") (INSTAGRAM_APP_ID), only to "
                    + apps.map { $0.name ?? $0.id }.joined(separator: ", ")
            return [.problem(what, fix: subscribeFix(fields: neededFields, current: []))]
        }
        var findings: [DoctorFinding] = []
        let absent = missing(app)
        if absent.isEmpty {
            findings.append(.ok("instagram: webhooks subscribed (\(neededFields.joined(separator: ", "))) for app \(app.name ?? app.id)"))
        } else {
            findings.append(.problem(
                "instagram: webhook fields not subscribed: \(absent.joined(separator: ", ")); \(consequence(of: absent))",
                fix: subscribeFix(fields: absent, current: app.fields)))
        }
        let helpful = Self.helpfulFields.filter { !app.fields.contains($0) }
        if !helpful.isEmpty {
            findings.append(.note(
                "instagram: \(helpful.joined(separator: " and ")) not subscribed: rulesd is not told when the Instagram inbox "
                    + "or another app takes over a conversation",
                fix: "if people or another app also answer, subscribe them too: \(subscribeFix(fields: helpful, current: app.fields))"))
        }
        if !rules.known, !app.fields.contains("comments") {
            findings.append(.note(
                "instagram: comments and live_comments are not subscribed; rules that say `on comments` need them",
                fix: "give the rule files (rulesd doctor instagram RULES) to check what they need"))
        }
        return findings
    }

    private func consequence(of absent: [String]) -> String {
        if absent.contains("messages") { return "no direct message reaches rulesd, so no rule runs" }
        if absent.contains("comments") { return "comments never reach rulesd, so `on comments` rules never run" }
        if absent.contains("messaging_postbacks") { return "taps on buttons, ice breakers and the menu never reach rulesd" }
        return "these events never reach rulesd"
    }

    /// The dashboard step, then the call that turns the fields on for the account (it replaces the
    /// account's list, so it repeats the fields already there).
    private func subscribeFix(fields: [String], current: [String]) -> String {
        let all = fields + current.filter { !fields.contains($0) }
        return """
            in the Meta App Dashboard, open Instagram > API setup with Instagram login > Configure webhooks and subscribe \
            \(fields.joined(separator: ", ")); then turn them on for the account: \
            POST \(api.url("me/subscribed_apps"))?subscribed_fields=\(all.joined(separator: ",")) with the account's access token
            """
    }

    /// Whether the token may read the account's posts, which comment rules need.
    func commentAccess(token: String, account: String) async -> DoctorFinding {
        switch await client.readAccount(AccountChecks.instagramMedia(account: account, token: token, api: api), now: now) {
        case .success:
            return .ok("instagram: the token can read the account's posts and their comments")
        case .failure(let failure):
            return .problem(
                "instagram: the token cannot read the account's posts (\(failure)), so `on comments` rules cannot work",
                fix: """
                    generate a new token with instagram_business_basic and instagram_business_manage_comments (with Facebook \
                    Login: instagram_basic, instagram_manage_comments and pages_read_engagement) and set INSTAGRAM_ACCESS_TOKEN to it
                    """)
        }
    }

    /// Whether the ice breakers and menu on Instagram are the ones the rules declare.
    func profile(account: String) async -> [DoctorFinding] {
        guard !rules.iceBreakers.isEmpty || !rules.menu.isEmpty else { return [] }
        let push = "run rulesd profile push instagram\(rules.pathsSuffix)"
        switch await client.instagramProfile(account: account, now: now) {
        case .failure(let failure):
            return [.problem(
                "instagram: the ice breakers and menu on Instagram could not be read: \(failure)",
                fix: "check that the token has instagram_business_manage_messages, then \(push)")]
        case .success(let live):
            return [
                compare("ice breakers", declared: rules.iceBreakers, live: live.iceBreakers, push: push),
                compare("menu", declared: rules.menu, live: live.menu, push: push),
            ].compactMap(\.self)
        }
    }

    private func compare(_ name: String, declared: [ReplyButton], live: [ReplyButton], push: String) -> DoctorFinding? {
        func list(_ buttons: [ReplyButton]) -> String {
            buttons.isEmpty ? "none" : buttons.map { "\"\($0.title)\" -> \($0.payload)" }.joined(separator: ", ")
        }
        let plural = name != "menu"
        if declared.isEmpty {
            guard !live.isEmpty else { return nil }
            let shown = plural ? name : "a " + name
            return .note(
                "instagram: Instagram shows \(shown) the rules do not declare (\(list(live))): taps on it send payloads no rule may expect",
                fix: "declare the \(name) in the rules, or \(push) to remove it")
        }
        if declared == live { return .ok("instagram: the \(name) on Instagram \(plural ? "match" : "matches") the rules") }
        let differ = plural ? "differ" : "differs"
        return .problem(
            "instagram: the \(name) on Instagram \(differ) from the rules (Instagram: \(list(live)); rules: \(list(declared)))",
            fix: push)
    }
}
