import Engine
import Foundation

extension InstagramProfile {
    /// Reads a `GET messenger_profile` answer, in either shape Meta uses:
    ///
    /// - per field: `{"data":[{"ice_breakers":[{"call_to_actions":[{"question","payload"}],"locale":"default"}],
    ///   "persistent_menu":[{"locale":"default","call_to_actions":[{"type","title","payload" or "url"}]}]}]}`;
    /// - one field, flattened: `{"data":[{"call_to_actions":[...],"locale":"default"}]}`, where items with a
    ///   `question` are ice breakers and items with a `title` menu items.
    ///
    /// Only the `default` locale counts (an entry without a locale is taken as the default). Items missing
    /// their text or payload are skipped.
    /// - Returns: the settings, empty when nothing is set; nil when the answer is not such a body.
    public static func parse(_ body: Data) -> InstagramProfileSettings? {
        guard let json = try? JSONValue.parse(body), let data = json["data"]?.array else { return nil }
        var settings = InstagramProfileSettings()
        for entry in data {
            for locale in entry[iceBreakersField]?.array ?? [] where isDefault(locale) {
                settings.iceBreakers += (locale["call_to_actions"]?.array ?? []).compactMap(iceBreaker)
            }
            for locale in entry[menuField]?.array ?? [] where isDefault(locale) {
                settings.menu += (locale["call_to_actions"]?.array ?? []).compactMap(menuItem)
            }
            if let items = entry["call_to_actions"]?.array, isDefault(entry) {
                for item in items {
                    if item["question"] != nil {
                        if let question = iceBreaker(item) { settings.iceBreakers.append(question) }
                    } else if let entryItem = menuItem(item) {
                        settings.menu.append(entryItem)
                    }
                }
            }
        }
        return settings
    }

    private static func isDefault(_ entry: JSONValue) -> Bool {
        guard let locale = entry["locale"] else { return true }
        return locale.string == "default"
    }

    private static func iceBreaker(_ item: JSONValue) -> ReplyButton? {
        guard let question = item["question"]?.nonEmptyString, let payload = item["payload"]?.nonEmptyString else { return nil }
        return ReplyButton(title: question, payload: payload)
    }

    private static func menuItem(_ item: JSONValue) -> ReplyButton? {
        guard let title = item["title"]?.nonEmptyString else { return nil }
        let target = item["type"]?.string == "web_url" ? item["url"]?.nonEmptyString : item["payload"]?.nonEmptyString ?? item["url"]?.nonEmptyString
        guard let target else { return nil }
        return ReplyButton(title: title, payload: target)
    }
}
