import Connectors
import Engine
import Foundation

/// `rulesd doctor whatsapp`: the token and phone number id, the number's quality rating, and whether the
/// WhatsApp Business Account sends its webhooks to the app. Only read calls; PLATFORMS.md §13.3.
struct WhatsAppDoctor: Sendable {
    var client: MetaClient
    var settings: DoctorSettings
    var now: Date

    var api: GraphAPI { client.api }

    static let reauthorise = """
        create a new token: in Meta Business Settings > Users > System users, generate a token for the app with \
        whatsapp_business_messaging and whatsapp_business_management, and set WHATSAPP_ACCESS_TOKEN to it
        """

    /// Every check, in order; after a refused token or phone number id, only that.
    func run() async -> DoctorChannelResult {
        guard let token = client.credentials.whatsappAccessToken, let phoneNumberID = client.credentials.whatsappPhoneNumberID else {
            return DoctorChannelResult()
        }
        let body: Data
        switch await client.readAccount(AccountChecks.whatsappPhoneNumber(phoneNumberID, token: token, api: api), now: now) {
        case .failure(let failure) where failure.isNoAnswer:
            return DoctorChannelResult(unreachable: failure)
        case .failure(let failure) where failure.code == 100:
            return DoctorChannelResult(findings: [.problem(
                "whatsapp: WHATSAPP_PHONE_NUMBER_ID \(phoneNumberID) is not a number this token can see: \(failure)",
                fix: """
                    copy the Phone number ID (not the phone number) from WhatsApp > API Setup in the Meta App Dashboard, \
                    and check that the token's system user has access to that WhatsApp account
                    """)])
        case .failure(let failure):
            let fix = failure.code == 190 ? Self.reauthorise : "check WHATSAPP_ACCESS_TOKEN; \(Self.reauthorise)"
            return DoctorChannelResult(findings: [.problem("whatsapp: the platform refused the token: \(failure)", fix: fix)])
        case .success(let answer): body = answer
        }
        guard let number = AccountChecks.parsePhoneNumber(body) else {
            return DoctorChannelResult(findings: [.problem(
                "whatsapp: the answer about phone number id \(phoneNumberID) did not name a number",
                fix: "check WHATSAPP_PHONE_NUMBER_ID (WhatsApp > API Setup): it must be a phone number id, not an account id")])
        }
        let who = [number.verifiedName, number.displayNumber].compactMap(\.self).joined(separator: ", ")
        var findings: [DoctorFinding] = [.ok("whatsapp: the token works for \(who)")]
        findings += quality(number.qualityRating)
        findings += await subscription(token: token)
        return DoctorChannelResult(findings: findings)
    }

    /// RED is a problem, YELLOW a warning sign.
    func quality(_ rating: String?) -> [DoctorFinding] {
        let advice = """
            read the number's quality notes in WhatsApp Manager > Phone numbers; send fewer messages customers did not ask \
            for, and make it easy to stop them
            """
        switch rating ?? "" {
        case "RED":
            return [.problem(
                "whatsapp: the number's quality rating is RED: customers block or report its messages, and WhatsApp may limit it",
                fix: advice)]
        case "YELLOW": return [.note("whatsapp: the number's quality rating is YELLOW: it may drop to RED", fix: advice)]
        case "GREEN": return [.ok("whatsapp: the number's quality rating is GREEN")]
        default: return []
        }
    }

    /// Whether the WhatsApp Business Account sends its webhooks to the app (`WHATSAPP_APP_ID`'s, else any).
    func subscription(token: String) async -> [DoctorFinding] {
        guard let account = settings.whatsappBusinessAccountID else {
            return [.note(
                "whatsapp: the webhook subscription is not checked (WHATSAPP_BUSINESS_ACCOUNT_ID is not set)",
                fix: "to check it, set WHATSAPP_BUSINESS_ACCOUNT_ID to the WhatsApp Business Account ID shown in WhatsApp > API Setup")]
        }
        let body: Data
        switch await client.readAccount(AccountChecks.whatsappSubscribedApps(businessAccountID: account, token: token, api: api), now: now) {
        case .failure(let failure):
            return [.problem(
                "whatsapp: the webhook subscription of WhatsApp Business Account \(account) could not be read: \(failure)",
                fix: "check WHATSAPP_BUSINESS_ACCOUNT_ID (WhatsApp > API Setup) and that the token has whatsapp_business_management")]
        case .success(let answer): body = answer
        }
        guard let apps = AccountChecks.parseWhatsAppSubscribedApps(body) else {
            return [.problem(
                "whatsapp: the webhook subscription could not be read from the answer",
                fix: "check WHATSAPP_BUSINESS_ACCOUNT_ID (WhatsApp > API Setup)")]
        }
        let fix = """
            subscribe the app: POST \(api.url("\(account)/subscribed_apps")) with the access token (the webhook fields, \
            messages first, are chosen once in the App Dashboard under WhatsApp > Configuration)
            """
        if let appID = settings.whatsappAppID {
            guard apps.contains(appID) else {
                let others = apps.isEmpty ? "to no app" : "only to app " + apps.joined(separator: ", ")
                return [.problem(
                    "whatsapp: the WhatsApp Business Account sends its webhooks \(others), not to app \(appID) (WHATSAPP_APP_ID): "
                        + "nothing reaches rulesd",
                    fix: fix)]
            }
            return [.ok("whatsapp: the WhatsApp Business Account sends its webhooks to app \(appID)")]
        }
        guard !apps.isEmpty else {
            return [.problem("whatsapp: the WhatsApp Business Account sends its webhooks to no app: nothing reaches rulesd", fix: fix)]
        }
        return [.ok("whatsapp: the WhatsApp Business Account sends its webhooks to app \(apps.joined(separator: ", "))")]
    }
}
