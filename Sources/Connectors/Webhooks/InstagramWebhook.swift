import Engine
import Foundation

/// Instagram Messaging webhooks (`object: "instagram"`): every entry, every `messaging` and `standby` item,
/// and the `changes` form, which also brings comments. See PLATFORMS.md §3 and §9.
enum InstagramWebhook {
    static func parse(_ json: JSONValue) -> WebhookContents {
        var contents = WebhookContents(object: "instagram")
        guard let entries = json["entry"]?.array else {
            contents.skipped.append(SkippedItem(path: "entry", reason: "no entry array"))
            return contents
        }
        for (entryIndex, entry) in entries.enumerated() {
            let entryPath = "entry[\(entryIndex)]"
            guard let account = entry["id"]?.nonEmptyString else {
                contents.skipped.append(SkippedItem(path: entryPath, reason: "entry without id"))
                continue
            }
            if account == "0" {
                contents.skipped.append(SkippedItem(path: entryPath, reason: "dashboard test delivery (entry id 0): acknowledged, not answered"))
                continue
            }
            let entryTime = entry["time"]?.timestamp
            var items: [(JSONValue, String, Bool)] = []
            for (index, item) in (entry["messaging"]?.array ?? []).enumerated() { items.append((item, "\(entryPath).messaging[\(index)]", false)) }
            for (index, item) in (entry["standby"]?.array ?? []).enumerated() { items.append((item, "\(entryPath).standby[\(index)]", true)) }
            // `changes: [{field, value}]`; one documented example puts `field` and `value` in the entry itself.
            var changes = (entry["changes"]?.array ?? []).enumerated().map { ($1, "\(entryPath).changes[\($0)]") }
            if changes.isEmpty, entry["field"] != nil { changes = [(entry, entryPath)] }
            var comments = 0
            for (change, path) in changes {
                let field = change["field"]?.string
                if field == "comments" || field == "live_comments" {
                    // `value` is an object, or in one documented example an array of them.
                    let values = change["value"]?.array ?? [change["value"]].compactMap(\.self)
                    for (index, value) in values.enumerated() {
                        let valuePath = change["value"]?.array == nil ? path + ".value" : path + ".value[\(index)]"
                        comments += 1
                        switch InstagramComment.message(from: value, live: field == "live_comments", account: account, entryTime: entryTime) {
                        case .success(let message): contents.messages.append(message)
                        case .failure(let reason): contents.skipped.append(SkippedItem(path: valuePath, reason: reason.text))
                        }
                    }
                    continue
                }
                guard field == "messages", let value = change["value"] else {
                    contents.skipped.append(SkippedItem(path: path, reason: "field '\(field ?? "?")' is not a message"))
                    continue
                }
                items.append((value, path + ".value", false))
            }
            if items.isEmpty, comments == 0 {
                contents.skipped.append(SkippedItem(path: entryPath, reason: "entry without messaging, standby or changes"))
            }
            for (item, path, standby) in items {
                switch message(from: item, account: account, entryTime: entryTime, standby: standby) {
                case .success(let message): contents.messages.append(message)
                case .failure(let reason): contents.skipped.append(SkippedItem(path: path, reason: reason.text))
                }
            }
        }
        return contents
    }

    struct Reason: Error { var text: String }

    /// One `messaging` item, dispatched on which event key it carries.
    static func message(from item: JSONValue, account: String, entryTime: Date?, standby: Bool) -> Result<Message, Reason> {
        guard let sender = item["sender"]?["id"]?.nonEmptyString else { return .failure(Reason(text: eventKey(item).map { "\($0) without sender id" } ?? "no sender id and no event")) }
        guard let at = item["timestamp"]?.timestamp ?? entryTime else { return .failure(Reason(text: "no timestamp")) }
        let recipient = item["recipient"]?["id"]?.nonEmptyString
        let fromBusiness = sender == account
        let contact = fromBusiness ? (recipient ?? "") : sender
        func make(_ id: String, _ kind: MessageKind, text: String? = nil, payload: String? = nil, inReplyTo: String? = nil) -> Message {
            Message(
                id: id, at: at, channel: .instagram, account: account, contact: contact, kind: kind, text: text,
                payload: payload, from: fromBusiness ? .business : .customer, inReplyTo: inReplyTo, standby: standby)
        }
        if let body = item["message"] {
            guard let mid = body["mid"]?.nonEmptyString else { return .failure(Reason(text: "message without mid")) }
            let text = body["text"]?.string
            if body["is_echo"]?.bool == true || fromBusiness {
                guard !contact.isEmpty else { return .failure(Reason(text: "echo without recipient id")) }
                var echo = make(mid, .echo, text: text)
                echo.from = .business
                return .success(echo)
            }
            if body["is_deleted"]?.bool == true { return .success(make(mid, .deleted)) }
            let replyTo = body["reply_to"]
            if let payload = body["quick_reply"]?["payload"]?.string {
                return .success(make(mid, .postback, text: text, payload: payload, inReplyTo: replyTo?["mid"]?.string))
            }
            let attachments = body["attachments"]?.array ?? []
            if attachments.contains(where: { $0["type"]?.string == "story_mention" }) {
                return .success(make(mid, .storyMention, text: text))
            }
            if replyTo?["story"] != nil { return .success(make(mid, .storyReply, text: text, inReplyTo: replyTo?["story"]?["id"]?.string)) }
            if !attachments.isEmpty || body["is_unsupported"]?.bool == true {
                let likeHeart = attachments.contains { $0["type"]?.string == "like_heart" }
                return .success(make(mid, .media, text: text ?? (likeHeart ? "❤️" : nil), inReplyTo: replyTo?["mid"]?.string))
            }
            return .success(make(mid, .text, text: text, inReplyTo: replyTo?["mid"]?.string))
        }
        if let reaction = item["reaction"] {
            let reacted = reaction["mid"]?.string ?? ""
            let action = reaction["action"]?.string ?? "react"
            let emoji = reaction["emoji"]?.string ?? ""
            let id = "reaction:\(account):\(sender):\(reacted):\(action):\(emoji):\(Int64(at.timeIntervalSince1970 * 1000))"
            return .success(make(id, .reaction, text: emoji, inReplyTo: reacted))
        }
        if let postback = item["postback"] {
            let payload = postback["payload"]?.string
            let id = postback["mid"]?.nonEmptyString
                ?? "postback:\(account):\(sender):\(payload ?? ""):\(Int64(at.timeIntervalSince1970 * 1000))"
            return .success(make(id, .postback, text: postback["title"]?.string, payload: payload))
        }
        if let read = item["read"] {
            let seen = read["mid"]?.string ?? read["watermark"]?.string ?? ""
            return .success(make("read:\(account):\(sender):\(seen)", .read, inReplyTo: seen))
        }
        if item["message_edit"] != nil { return .failure(Reason(text: "message_edit updates an earlier message; not evaluated")) }
        if item["referral"] != nil { return .failure(Reason(text: "referral without a message; nothing to evaluate")) }
        return .failure(Reason(text: "no known event (message, reaction, postback, read)"))
    }

    static func eventKey(_ item: JSONValue) -> String? {
        ["message", "reaction", "postback", "read", "message_edit", "referral"].first { item[$0] != nil }
    }
}
