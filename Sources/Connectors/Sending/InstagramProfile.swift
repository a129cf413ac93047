import Engine
import Foundation

/// What an Instagram account's messaging profile offers before anyone writes: the conversation starters
/// (ice breakers: question and payload) and the persistent menu (a payload, or a URL for a link item).
public struct InstagramProfileSettings: Sendable, Equatable {
    /// Questions a customer can tap to start a conversation; `title` is the question.
    public var iceBreakers: [ReplyButton]
    /// Menu items; one whose payload is a web address (``ReplyButton/isLink``) opens it (`web_url`), the
    /// others send their payload (`postback`).
    public var menu: [ReplyButton]

    public init(iceBreakers: [ReplyButton] = [], menu: [ReplyButton] = []) {
        self.iceBreakers = iceBreakers
        self.menu = menu
    }
}

/// The Messenger Profile API for Instagram (PLATFORMS.md §10.3–10.4): read, set and delete the ice breakers
/// and the persistent menu at `{account}/messenger_profile`. Only the `default` locale is used.
///
/// ```swift
/// let wanted = InstagramProfileSettings(iceBreakers: ruleSet.iceBreakers, menu: ruleSet.menu)
/// for line in InstagramProfile.differences(live: live, wanted: wanted) { print(line) }
/// let request = InstagramProfile.set(wanted, account: account, token: token, api: api)
/// ```
public enum InstagramProfile {
    /// The profile fields rulesd manages.
    public static let iceBreakersField = "ice_breakers"
    public static let menuField = "persistent_menu"

    /// `GET {account}/messenger_profile?fields=ice_breakers,persistent_menu&platform=instagram`.
    public static func read(account: String, token: String, api: GraphAPI) -> OutboundRequest {
        OutboundRequest(
            method: "GET", url: api.url("\(account)/messenger_profile?fields=ice_breakers,persistent_menu&platform=instagram"),
            headers: ["Authorization": "Bearer \(token)"])
    }

    /// `POST {account}/messenger_profile` with the non-empty sides of `settings`, each under the `default`
    /// locale, and `"platform":"instagram"`.
    public static func set(_ settings: InstagramProfileSettings, account: String, token: String, api: GraphAPI) -> OutboundRequest {
        var body = JSONObjectWriter()
        if !settings.iceBreakers.isEmpty {
            let questions = settings.iceBreakers.map { item in
                var question = JSONObjectWriter()
                question.add("payload", item.payload)
                question.add("question", item.title)
                return question.finish()
            }
            body.addRaw(iceBreakersField, "[" + defaultLocale(questions) + "]")
        }
        if !settings.menu.isEmpty {
            let items = settings.menu.map { item in
                var entry = JSONObjectWriter()
                if item.isLink {
                    entry.add("title", item.title)
                    entry.add("type", "web_url")
                    entry.add("url", item.payload)
                } else {
                    entry.add("payload", item.payload)
                    entry.add("title", item.title)
                    entry.add("type", "postback")
                }
                return entry.finish()
            }
            body.addRaw(menuField, "[" + defaultLocale(items) + "]")
        }
        body.add("platform", "instagram")
        return OutboundRequest(
            method: "POST", url: api.url("\(account)/messenger_profile"), headers: GraphAPI.bearer(token), body: Data(body.finish().utf8))
    }

    /// `DELETE {account}/messenger_profile` with `{"fields":[...]}`: removes those profile fields.
    public static func delete(fields: [String], account: String, token: String, api: GraphAPI) -> OutboundRequest {
        var body = JSONObjectWriter()
        body.addRaw("fields", "[" + fields.map(JSONObjectWriter.quoted).joined(separator: ",") + "]")
        return OutboundRequest(
            method: "DELETE", url: api.url("\(account)/messenger_profile"), headers: GraphAPI.bearer(token), body: Data(body.finish().utf8))
    }

    /// `{"call_to_actions":[...],"locale":"default"}`.
    private static func defaultLocale(_ callToActions: [String]) -> String {
        var entry = JSONObjectWriter()
        entry.addRaw("call_to_actions", "[" + callToActions.joined(separator: ",") + "]")
        entry.add("locale", "default")
        return entry.finish()
    }
}
