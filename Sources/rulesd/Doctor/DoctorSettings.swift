import Connectors
import Engine
import Foundation

/// What `rulesd doctor` checks with, read from the environment once: the tokens, the ids they should
/// belong to, and the app that should receive the webhooks.
struct DoctorSettings: Sendable {
    var credentials: MetaCredentials
    /// `INSTAGRAM_ACCOUNT_ID`: the professional account webhooks name as `entry.id`.
    var instagramAccountID: String?
    /// `INSTAGRAM_APP_ID` and `INSTAGRAM_APP_SECRET`: together they let Meta say when the token expires.
    var instagramAppID: String?
    var instagramAppSecret: Secret?
    /// `WHATSAPP_BUSINESS_ACCOUNT_ID` (WABA) and `WHATSAPP_APP_ID`: which app the account sends webhooks to.
    var whatsappBusinessAccountID: String?
    var whatsappAppID: String?

    init(environment: [String: String]) {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        credentials = MetaCredentials(environment: environment)
        instagramAccountID = value("INSTAGRAM_ACCOUNT_ID")
        instagramAppID = value("INSTAGRAM_APP_ID")
        instagramAppSecret = value("INSTAGRAM_APP_SECRET").map(Secret.init)
        whatsappBusinessAccountID = value("WHATSAPP_BUSINESS_ACCOUNT_ID")
        whatsappAppID = value("WHATSAPP_APP_ID")
    }

    /// The channels to check: the one asked for (its token must be set), or every channel with a token.
    /// - Throws: ``UsageError`` naming the missing variable, or when no channel has a token.
    func channels(_ requested: Channel?) throws(UsageError) -> [Channel] {
        if let requested {
            if let missing = missingVariable(for: requested) {
                throw UsageError(description: ConnectorError.missingConfiguration(missing).description)
            }
            return [requested]
        }
        let configured = Channel.allCases.filter { channel in
            channel == .instagram ? credentials.instagramAccessToken != nil : credentials.whatsappAccessToken != nil
        }
        guard !configured.isEmpty else {
            throw UsageError(description: "no channel to check: set INSTAGRAM_ACCESS_TOKEN, or WHATSAPP_ACCESS_TOKEN and WHATSAPP_PHONE_NUMBER_ID")
        }
        for channel in configured {
            if let missing = missingVariable(for: channel) {
                throw UsageError(description: ConnectorError.missingConfiguration(missing).description)
            }
        }
        return configured
    }

    private func missingVariable(for channel: Channel) -> String? {
        switch channel {
        case .instagram: credentials.instagramAccessToken == nil ? "INSTAGRAM_ACCESS_TOKEN" : nil
        case .whatsapp:
            credentials.whatsappAccessToken == nil
                ? "WHATSAPP_ACCESS_TOKEN" : credentials.whatsappPhoneNumberID == nil ? "WHATSAPP_PHONE_NUMBER_ID" : nil
        }
    }

    /// The texts the report must never show: the tokens and the app secret, as given, percent-encoded as
    /// the requests encode them, and with every non-alphanumeric character encoded.
    var secrets: [String] {
        let values = [credentials.instagramAccessToken, credentials.whatsappAccessToken, instagramAppSecret?.value].compactMap(\.self)
        return values.flatMap { value in
            [value, GraphAPI.queryEncoded(value), value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value]
        }
    }
}

/// What the rules need from the platform, for `rulesd doctor`; all empty when no rule files were given.
struct DoctorRules: Sendable {
    /// The rule paths as given (for the commands the doctor suggests); empty when none were.
    var paths: [String] = []
    /// Whether the rules were given and checked without errors: only then do the needs below say anything.
    var known = false
    var seesComments = false
    var iceBreakers: [ReplyButton] = []
    var menu: [ReplyButton] = []

    init() {}

    init(_ ruleSet: CheckedRuleSet, paths: [String]) {
        self.paths = paths
        known = true
        seesComments = ruleSet.seesComments
        iceBreakers = ruleSet.iceBreakers
        menu = ruleSet.menu
    }

    /// The rule paths for a suggested command line (" shop.rules"), or nothing.
    var pathsSuffix: String {
        paths.isEmpty ? "" : " " + paths.joined(separator: " ")
    }
}
