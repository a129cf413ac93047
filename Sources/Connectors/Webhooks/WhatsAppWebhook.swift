import Engine
import Foundation

/// WhatsApp Cloud API webhooks (`object: "whatsapp_business_account"`): every change's messages, statuses,
/// contacts and errors. See PLATFORMS.md §4.
enum WhatsAppWebhook {
    static func parse(_ json: JSONValue) -> WebhookContents {
        var contents = WebhookContents(object: "whatsapp_business_account")
        guard let entries = json["entry"]?.array else {
            contents.skipped.append(SkippedItem(path: "entry", reason: "no entry array"))
            return contents
        }
        for (entryIndex, entry) in entries.enumerated() {
            for (changeIndex, change) in (entry["changes"]?.array ?? []).enumerated() {
                let path = "entry[\(entryIndex)].changes[\(changeIndex)]"
                let field = change["field"]?.string
                if field == "message_template_status_update" || field == "template_category_update" {
                    switch TemplateUpdate.read(change["value"], account: entry["id"]?.nonEmptyString, time: entry["time"]?.timestamp) {
                    case .some(let update): contents.templateUpdates.append(update)
                    case .none: contents.skipped.append(SkippedItem(path: path, reason: "template update without a template name"))
                    }
                    continue
                }
                guard field == "messages" || field == "smb_message_echoes", let value = change["value"] else {
                    contents.skipped.append(SkippedItem(path: path, reason: "field '\(field ?? "?")' carries no messages"))
                    continue
                }
                parseValue(value, path: path + ".value", into: &contents)
            }
        }
        return contents
    }

    private static func parseValue(_ value: JSONValue, path: String, into contents: inout WebhookContents) {
        guard let account = value["metadata"]?["phone_number_id"]?.nonEmptyString else {
            contents.skipped.append(SkippedItem(path: path, reason: "no metadata.phone_number_id"))
            return
        }
        // Contacts are joined to messages by wa_id (or user_id), never by position.
        var names: [String: String] = [:]
        var usernames: [String: String] = [:]
        for contact in value["contacts"]?.array ?? [] {
            for key in [contact["wa_id"]?.nonEmptyString, contact["user_id"]?.nonEmptyString].compactMap(\.self) {
                if let name = contact["profile"]?["name"]?.nonEmptyString { names[key] = name }
                if let username = contact["profile"]?["username"]?.nonEmptyString { usernames[key] = username }
            }
        }
        for (index, item) in (value["messages"]?.array ?? []).enumerated() {
            switch message(from: item, account: account) {
            case .success(var message):
                message.name = names[message.contact]
                message.username = usernames[message.contact]
                contents.messages.append(message)
            case .failure(let reason):
                contents.skipped.append(SkippedItem(path: "\(path).messages[\(index)]", reason: reason.text))
            }
        }
        for (index, item) in (value["statuses"]?.array ?? []).enumerated() {
            guard let id = item["id"]?.nonEmptyString, let status = item["status"]?.nonEmptyString,
                let at = item["timestamp"]?.timestamp
            else {
                contents.skipped.append(SkippedItem(path: "\(path).statuses[\(index)]", reason: "status without id, status or timestamp"))
                continue
            }
            let recipient = item["recipient_id"]?.string ?? item["recipient_user_id"]?.string ?? ""
            let error = item["errors"]?.array?.first
            // A status only updates the delivery state of the message it names: it is not a message of the
            // contact's, and never the shop answering (taken as one, it paused the bot after its first reply).
            contents.statuses.append(DeliveryStatus(
                messageID: id, status: status, recipient: recipient, at: at,
                errorCode: error?["code"].flatMap { Int($0.string ?? "") }, errorMessage: error.flatMap(errorText)))
        }
        for (index, item) in (value["message_echoes"]?.array ?? []).enumerated() {
            switch echo(from: item, account: account) {
            case .success(let message): contents.messages.append(message)
            case .failure(let reason): contents.skipped.append(SkippedItem(path: "\(path).message_echoes[\(index)]", reason: reason.text))
            }
        }
        for (index, error) in (value["errors"]?.array ?? []).enumerated() {
            let code = error["code"]?.string ?? "?"
            contents.skipped.append(SkippedItem(path: "\(path).errors[\(index)]", reason: "platform error \(code): \(errorText(error) ?? "")"))
        }
    }

    private static func errorText(_ error: JSONValue) -> String? {
        error["error_data"]?["details"]?.string ?? error["message"]?.string ?? error["title"]?.string
    }

    struct Reason: Error { var text: String }

    /// One `message_echoes[]` item (field `smb_message_echoes`): a message the seller typed in the WhatsApp
    /// Business app on a number in coexistence, from the business number `from` to the customer `to`.
    /// Stored as the shop's own message: it starts takeover, as an Instagram echo does, and is never evaluated.
    static func echo(from item: JSONValue, account: String) -> Result<Message, Reason> {
        guard let id = item["id"]?.nonEmptyString else { return .failure(Reason(text: "message echo without id")) }
        guard let customer = item["to"]?.nonEmptyString ?? item["to_user_id"]?.nonEmptyString else {
            return .failure(Reason(text: "message echo without to"))
        }
        guard let at = item["timestamp"]?.timestamp else { return .failure(Reason(text: "message echo without timestamp")) }
        let type = item["type"]?.string ?? ""
        let text = type == "text" ? item["text"]?["body"]?.string : item[type]?["caption"]?.string
        return .success(Message(
            id: id, at: at, channel: .whatsapp, account: account, contact: customer, kind: .echo, text: text, from: .business))
    }

    /// One `messages[]` item by its `type`.
    static func message(from item: JSONValue, account: String) -> Result<Message, Reason> {
        guard let id = item["id"]?.nonEmptyString else { return .failure(Reason(text: "message without id")) }
        guard let sender = item["from"]?.nonEmptyString ?? item["from_user_id"]?.nonEmptyString else {
            return .failure(Reason(text: "message without from or from_user_id"))
        }
        guard let at = item["timestamp"]?.timestamp else { return .failure(Reason(text: "message without timestamp")) }
        if item["group_id"] != nil { return .failure(Reason(text: "group message; rulesd answers direct messages only")) }
        let type = item["type"]?.string ?? ""
        let context = item["context"]?["id"]?.string
        func make(_ kind: MessageKind, text: String? = nil, payload: String? = nil, inReplyTo: String? = context) -> Result<Message, Reason> {
            .success(Message(
                id: id, at: at, channel: .whatsapp, account: account, contact: sender, kind: kind, text: text,
                payload: payload, inReplyTo: inReplyTo))
        }
        switch type {
        case "text":
            return make(.text, text: item["text"]?["body"]?.string)
        case "image", "video", "audio", "voice", "document", "sticker":
            return make(.media, text: item[type]?["caption"]?.string)
        case "location", "contacts", "unsupported":
            return make(.media, text: item["location"]?["name"]?.string)
        case "button":
            return make(.postback, text: item["button"]?["text"]?.string, payload: item["button"]?["payload"]?.string)
        case "interactive":
            let interactive = item["interactive"]
            let kind = interactive?["type"]?.string ?? ""
            let reply = interactive?[kind]
            switch kind {
            case "button_reply", "list_reply":
                return make(.postback, text: reply?["title"]?.string, payload: reply?["id"]?.string)
            case "nfm_reply":
                return make(.postback, text: reply?["body"]?.string, payload: reply?["response_json"]?.string)
            default:
                return .failure(Reason(text: "interactive message of unknown type '\(kind)'"))
            }
        case "reaction":
            let reacted = item["reaction"]?["message_id"]?.string ?? ""
            return make(.reaction, text: item["reaction"]?["emoji"]?.string ?? "", inReplyTo: reacted)
        default:
            return .failure(Reason(text: "message type '\(type)' is not evaluated"))
        }
    }
}
