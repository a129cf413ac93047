import Engine
import Foundation

/// The read-only Graph API calls `rulesd doctor` makes (PLATFORMS.md §13.3): request builders and answer
/// parsers, pure functions, so tests check both without a network.
///
/// ```swift
/// let request = AccountChecks.instagramSubscribedApps(token: token, api: api)
/// if case .success(let body) = await client.readAccount(request, now: Date()),
///     let apps = AccountChecks.parseInstagramSubscribedApps(body) { ... }
/// ```
public enum AccountChecks {
    // MARK: Instagram subscription

    /// An app an Instagram account sends its webhooks to, with the fields it receives.
    public struct SubscribedApp: Sendable, Equatable {
        public var id: String
        public var name: String?
        /// The webhook fields the account sends this app; empty when the answer lists none (the app is
        /// installed but receives nothing).
        public var fields: [String]

        public init(id: String, name: String? = nil, fields: [String]) {
            self.id = id
            self.name = name
            self.fields = fields
        }
    }

    /// `GET /me/subscribed_apps`: the apps the token's Instagram account sends webhooks to (§13.1).
    public static func instagramSubscribedApps(token: String, api: GraphAPI) -> OutboundRequest {
        OutboundRequest(method: "GET", url: api.url("me/subscribed_apps"), headers: bearer(token))
    }

    /// Reads `{"data":[{"id":..,"name":..,"subscribed_fields":[..]}]}`; nil when the answer has no `data` list.
    public static func parseInstagramSubscribedApps(_ body: Data) -> [SubscribedApp]? {
        guard let entries = (try? JSONValue.parse(body))?["data"]?.array else { return nil }
        return entries.compactMap { entry -> SubscribedApp? in
            guard let id = entry["id"]?.nonEmptyString else { return nil }
            let fields = entry["subscribed_fields"]?.array?.compactMap(\.nonEmptyString) ?? []
            return SubscribedApp(id: id, name: entry["name"]?.nonEmptyString, fields: fields)
        }
    }

    // MARK: WhatsApp subscription and number

    /// `GET /{waba-id}/subscribed_apps`: the apps a WhatsApp Business Account sends webhooks to (§13.2).
    public static func whatsappSubscribedApps(businessAccountID: String, token: String, api: GraphAPI) -> OutboundRequest {
        OutboundRequest(method: "GET", url: api.url("\(businessAccountID)/subscribed_apps"), headers: bearer(token))
    }

    /// The app ids in `{"data":[{"whatsapp_business_api_data":{"id":..,"name":..}}]}`; nil when the answer
    /// has no `data` list.
    public static func parseWhatsAppSubscribedApps(_ body: Data) -> [String]? {
        guard let entries = (try? JSONValue.parse(body))?["data"]?.array else { return nil }
        return entries.compactMap { $0["whatsapp_business_api_data"]?["id"]?.nonEmptyString }
    }

    /// A WhatsApp business phone number as the Graph API describes it.
    public struct PhoneNumber: Sendable, Equatable {
        public var displayNumber: String
        public var verifiedName: String?
        /// `GREEN`, `YELLOW`, `RED` or `UNKNOWN`; nil when not given.
        public var qualityRating: String?

        public init(displayNumber: String, verifiedName: String? = nil, qualityRating: String? = nil) {
            self.displayNumber = displayNumber
            self.verifiedName = verifiedName
            self.qualityRating = qualityRating
        }
    }

    /// `GET /{phone-number-id}?fields=display_phone_number,verified_name,quality_rating` (§8).
    public static func whatsappPhoneNumber(_ phoneNumberID: String, token: String, api: GraphAPI) -> OutboundRequest {
        OutboundRequest(
            method: "GET", url: api.url("\(phoneNumberID)?fields=display_phone_number,verified_name,quality_rating"),
            headers: bearer(token))
    }

    /// Reads the phone number answer; nil without `display_phone_number`.
    public static func parsePhoneNumber(_ body: Data) -> PhoneNumber? {
        guard let json = try? JSONValue.parse(body), let number = json["display_phone_number"]?.nonEmptyString else { return nil }
        return PhoneNumber(
            displayNumber: number, verifiedName: json["verified_name"]?.nonEmptyString,
            qualityRating: json["quality_rating"]?.nonEmptyString?.uppercased())
    }

    // MARK: Token

    /// What Meta says about an access token.
    public struct TokenInfo: Sendable, Equatable {
        public var isValid: Bool
        /// When it expires; nil when it never does (`expires_at` 0) or the answer does not say.
        public var expiresAt: Date?
        /// The permissions granted to it.
        public var scopes: [String]

        public init(isValid: Bool, expiresAt: Date?, scopes: [String]) {
            self.isValid = isValid
            self.expiresAt = expiresAt
            self.scopes = scopes
        }
    }

    /// `GET /debug_token?input_token=TOKEN&access_token=APPID|APPSECRET`. The token and the app secret are
    /// in the URL, percent-encoded: never print this request's URL.
    public static func debugToken(_ token: String, appID: String, appSecret: String, api: GraphAPI) -> OutboundRequest {
        let path = "debug_token?input_token=\(GraphAPI.queryEncoded(token))&access_token=\(GraphAPI.queryEncoded(appID + "|" + appSecret))"
        return OutboundRequest(method: "GET", url: api.url(path))
    }

    /// Reads `{"data":{"is_valid":..,"expires_at":..,"scopes":[..]}}` (`expires_at` in seconds, 0 for never);
    /// nil without `data`.
    public static func parseDebugToken(_ body: Data) -> TokenInfo? {
        guard let data = (try? JSONValue.parse(body))?["data"], data.object != nil else { return nil }
        let seconds: Double? = switch data["expires_at"] {
        case .number(let value)?: value
        case .string(let text)?: Double(text)
        default: nil
        }
        let expiresAt = seconds.flatMap { $0 > 0 ? Date(timeIntervalSince1970: $0) : nil }
        return TokenInfo(
            isValid: data["is_valid"]?.bool ?? false, expiresAt: expiresAt,
            scopes: data["scopes"]?.array?.compactMap(\.nonEmptyString) ?? [])
    }

    // MARK: Comments

    /// `GET /{account}/media?fields=id&limit=1`: answers 200 when the token may read the account's posts,
    /// which comment features need (§13.3).
    public static func instagramMedia(account: String, token: String, api: GraphAPI) -> OutboundRequest {
        OutboundRequest(method: "GET", url: api.url("\(account)/media?fields=id&limit=1"), headers: bearer(token))
    }

    // MARK: Helpers

    private static func bearer(_ token: String) -> [String: String] { ["Authorization": "Bearer \(token)"] }


}

extension MetaClient {
    /// Makes one of the read-only ``AccountChecks`` requests: the answer body on success (any 2xx), or the
    /// classified failure.
    public func readAccount(_ request: OutboundRequest, now: Date) async -> Result<Data, DeliveryFailure> {
        await get(request, now: now)
    }
}
