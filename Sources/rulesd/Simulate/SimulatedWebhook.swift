import Engine
import Foundation

/// A real-shaped webhook body for one customer message, as Meta would send it to `serve`: what
/// `rulesd simulate` posts, so a seller can try the bot without a Meta app.
struct SimulatedWebhook: Sendable {
    var channel: Channel
    /// The business account: the Instagram account id, or the WhatsApp phone number id.
    var account: String
    var sender: String
    var name: String?
    var text: String
    /// A button payload: an Instagram quick reply, or a WhatsApp reply button.
    var payload: String?
    var messageID: String
    var at: Date

    /// The default customer of each channel: an IGSID-like number, or a WhatsApp number.
    static func defaultSender(_ channel: Channel) -> String {
        channel == .instagram ? "1000000000000001" : "15550000001"
    }

    /// The default business account when the environment names none.
    static func defaultAccount(_ channel: Channel) -> String {
        channel == .instagram ? "17841400000000001" : "100000000000001"
    }

    /// A fresh message id in the platform's style.
    static func newMessageID(_ channel: Channel) -> String {
        let suffix = UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16)
        return channel == .instagram ? "m_simulated_\(suffix)" : "wamid.simulated.\(suffix)"
    }

    /// The body's JSON bytes.
    var body: Data {
        let object: [String: Any] = channel == .instagram ? instagram : whatsapp
        return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    }

    private var instagram: [String: Any] {
        let milliseconds = Int64(at.timeIntervalSince1970 * 1000)
        var message: [String: Any] = ["mid": messageID, "text": text]
        if let payload { message["quick_reply"] = ["payload": payload] }
        return [
            "object": "instagram",
            "entry": [[
                "id": account, "time": milliseconds,
                "messaging": [["sender": ["id": sender], "recipient": ["id": account], "timestamp": milliseconds, "message": message]],
            ]],
        ]
    }

    private var whatsapp: [String: Any] {
        var message: [String: Any] = ["from": sender, "id": messageID, "timestamp": String(Int64(at.timeIntervalSince1970))]
        if let payload {
            message["type"] = "interactive"
            message["interactive"] = ["type": "button_reply", "button_reply": ["id": payload, "title": text]]
        } else {
            message["type"] = "text"
            message["text"] = ["body": text]
        }
        let value: [String: Any] = [
            "messaging_product": "whatsapp",
            "metadata": ["display_phone_number": "15550100200", "phone_number_id": account],
            "contacts": [["profile": ["name": name ?? ""], "wa_id": sender]],
            "messages": [message],
        ]
        return [
            "object": "whatsapp_business_account",
            "entry": [["id": "simulated-waba", "changes": [["field": "messages", "value": value]]]],
        ]
    }
}
