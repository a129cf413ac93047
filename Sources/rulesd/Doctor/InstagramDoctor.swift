import Connectors
import Engine
import Foundation

/// `rulesd doctor instagram`: the token and its account, its expiry, the webhook subscription, and what
/// the rules need (comments, ice breakers, a menu). Only read calls; PLATFORMS.md §13.3.
struct InstagramDoctor: Sendable {
    var client: MetaClient
    var settings: DoctorSettings
    var rules: DoctorRules
    var now: Date

    var api: GraphAPI { client.api }

    static let reauthorise = """
        re-authorise: in the Meta App Dashboard, open Instagram > API setup with Instagram login, generate a new token \
        for the account and set INSTAGRAM_ACCESS_TOKEN to it (then restart rulesd serve)
        """

    /// Every check, in order; after a refused token, only that.
    func run() async -> DoctorChannelResult {
        guard let token = client.credentials.instagramAccessToken else { return DoctorChannelResult() }
        switch await client.readAccount(InstagramMessaging.whoAmI(token: token, api: api), now: now) {
        case .failure(let failure) where failure.isNoAnswer:
            return DoctorChannelResult(unreachable: failure)
        case .failure(let failure):
            let fix = failure.code == 190 ? Self.reauthorise : """
                check INSTAGRAM_ACCESS_TOKEN: it must be the Instagram user access token of the professional account, \
                with instagram_business_basic and instagram_business_manage_messages
                """
            return DoctorChannelResult(findings: [.problem("instagram: the platform refused the token: \(failure)", fix: fix)])
        case .success(let body):
            let (finding, id) = identity(body)
            var findings = [finding]
            let account = id ?? settings.instagramAccountID ?? "me"
            findings += await expiry(token: token)
            findings += await subscription(token: token)
            if rules.seesComments { findings.append(await commentAccess(token: token, account: account)) }
            findings += await profile(account: account)
            return DoctorChannelResult(findings: findings)
        }
    }

    // MARK: Token

    /// Whether the token is the configured account's; the account id it names.
    func identity(_ body: Data) -> (DoctorFinding, String?) {
        let json = try? JSONValue.parse(body)
        guard let id = json?["user_id"]?.nonEmptyString ?? json?["id"]?.nonEmptyString else {
            return (DoctorFinding.problem(
                "instagram: the token works, but the Graph API did not say which account it belongs to",
                fix: "use an Instagram user access token (Instagram > API setup with Instagram login), not a Page or app token"), nil)
        }
        let who = json?["username"]?.nonEmptyString.map { "@\($0) (account id \(id))" } ?? "account id \(id)"
        if let expected = settings.instagramAccountID, expected != id {
            return (DoctorFinding.problem(
                "instagram: the token belongs to \(who), but INSTAGRAM_ACCOUNT_ID is \(expected)",
                fix: "use the token of account \(expected), or set INSTAGRAM_ACCOUNT_ID to \(id) (the id Instagram's webhooks carry)"), id)
        }
        return (DoctorFinding.ok("instagram: the token works for \(who)"), id)
    }

    /// How many days the token has left, when Meta can be asked (`INSTAGRAM_APP_ID` and the app secret).
    func expiry(token: String) async -> [DoctorFinding] {
        guard let appID = settings.instagramAppID, let secret = settings.instagramAppSecret else {
            return [.note(
                "instagram: the token's expiry is not checked (INSTAGRAM_APP_ID is not set); Instagram tokens last 60 days unless refreshed",
                fix: "to check it, set INSTAGRAM_APP_ID (Meta App Dashboard > App settings > Basic) along with INSTAGRAM_APP_SECRET")]
        }
        let request = AccountChecks.debugToken(token, appID: appID, appSecret: secret.value, api: api)
        let body: Data
        switch await client.readAccount(request, now: now) {
        case .failure(let failure):
            // The request's URL holds the token and the secret: only the classified failure is shown.
            return [.note(
                "instagram: the token's expiry could not be checked (\(failure.explanation))",
                fix: "check INSTAGRAM_APP_ID and INSTAGRAM_APP_SECRET (Meta App Dashboard > App settings > Basic)")]
        case .success(let answer): body = answer
        }
        guard let info = AccountChecks.parseDebugToken(body) else {
            return [.note("instagram: the token's expiry could not be read from Meta's answer")]
        }
        guard info.isValid else { return [.problem("instagram: Meta says the token is no longer valid", fix: Self.reauthorise)] }
        var findings = permissionFindings(info.scopes)
        guard let expiresAt = info.expiresAt else { return [DoctorFinding.ok("instagram: the token does not expire")] + findings }
        let date = String(Timestamps.formatISO8601(expiresAt).prefix(10))
        let left = expiresAt.timeIntervalSince(now)
        let days = Int(left / 86_400)
        if left <= 0 {
            findings.insert(.problem("instagram: the token expired on \(date)", fix: Self.reauthorise), at: 0)
        } else if days < 10 {
            findings.insert(.problem(
                "instagram: the token expires in \(Self.days(days)) (on \(date)); after that nothing is answered",
                fix: """
                    refresh it now: GET https://graph.instagram.com/refresh_access_token?grant_type=ig_refresh_token&access_token=<the token> \
                    answers a new 60-day token; set INSTAGRAM_ACCESS_TOKEN to it
                    """), at: 0)
        } else {
            findings.insert(.ok("instagram: the token expires in \(Self.days(days)) (on \(date))"), at: 0)
        }
        return findings
    }

    /// The permissions the rules need, when Meta listed the token's.
    func permissionFindings(_ scopes: [String]) -> [DoctorFinding] {
        guard !scopes.isEmpty else { return [] }
        var needed = [["instagram_business_manage_messages", "instagram_manage_messages"]]
        if rules.seesComments { needed.append(["instagram_business_manage_comments", "instagram_manage_comments"]) }
        let missing = needed.filter { names in !names.contains { scopes.contains($0) } }.map { $0[0] }
        guard !missing.isEmpty else { return [] }
        return [.problem(
            "instagram: the token lacks the permission \(missing.joined(separator: " and "))",
            fix: "generate a new token with \(missing.joined(separator: " and ")) granted, and set INSTAGRAM_ACCESS_TOKEN to it")]
    }

    static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }
}
