import Engine
import Foundation

/// The Instagram account's own things, for the commands that manage them (`rulesd posts`, `rulesd profile`):
/// which account the token is for, its recent posts, and its messaging profile.
extension MetaClient {
    /// The Instagram professional account's id: `knownAccount` when given (the seller's
    /// `INSTAGRAM_ACCOUNT_ID`), else the token's `user_id` from `GET me?fields=user_id,username`.
    public func instagramAccountID(knownAccount: String? = nil, now: Date) async -> Result<String, DeliveryFailure> {
        if let knownAccount, !knownAccount.isEmpty { return .success(knownAccount) }
        guard let token = credentials.instagramAccessToken else { return .failure(Self.missing("INSTAGRAM_ACCESS_TOKEN")) }
        return await get(InstagramMessaging.whoAmI(token: token, api: api), now: now).flatMap { body -> Result<String, DeliveryFailure> in
            let json = try? JSONValue.parse(body)
            guard let id = json?["user_id"]?.nonEmptyString ?? json?["id"]?.nonEmptyString else {
                return .failure(.permanent("the Graph API did not say which Instagram account the token belongs to"))
            }
            return .success(id)
        }
    }

    /// The account's `limit` most recent posts and reels, newest first.
    public func recentInstagramPosts(account: String, limit: Int, now: Date) async -> Result<[InstagramPost], DeliveryFailure> {
        guard let token = credentials.instagramAccessToken else { return .failure(Self.missing("INSTAGRAM_ACCESS_TOKEN")) }
        return await get(InstagramMedia.recentMedia(account: account, limit: limit, token: token, api: api), now: now)
            .map(InstagramMedia.parseMedia)
    }

    /// The ice breakers and menu live on the account now.
    public func instagramProfile(account: String, now: Date) async -> Result<InstagramProfileSettings, DeliveryFailure> {
        guard let token = credentials.instagramAccessToken else { return .failure(Self.missing("INSTAGRAM_ACCESS_TOKEN")) }
        return await get(InstagramProfile.read(account: account, token: token, api: api), now: now).flatMap { body -> Result<InstagramProfileSettings, DeliveryFailure> in
            guard let settings = InstagramProfile.parse(body) else {
                return .failure(.permanent("the Graph API's profile answer could not be read: \(String(decoding: body.prefix(200), as: UTF8.self))"))
            }
            return .success(settings)
        }
    }

    /// Sets the non-empty sides of `settings` on the account (the others are left as they are).
    public func setInstagramProfile(_ settings: InstagramProfileSettings, account: String, now: Date) async -> Result<Void, DeliveryFailure> {
        guard let token = credentials.instagramAccessToken else { return .failure(Self.missing("INSTAGRAM_ACCESS_TOKEN")) }
        return await get(InstagramProfile.set(settings, account: account, token: token, api: api), now: now).map { _ in () }
    }

    /// Removes profile fields (``InstagramProfile/iceBreakersField``, ``InstagramProfile/menuField``).
    public func deleteInstagramProfile(fields: [String], account: String, now: Date) async -> Result<Void, DeliveryFailure> {
        guard let token = credentials.instagramAccessToken else { return .failure(Self.missing("INSTAGRAM_ACCESS_TOKEN")) }
        return await get(InstagramProfile.delete(fields: fields, account: account, token: token, api: api), now: now).map { _ in () }
    }
}
