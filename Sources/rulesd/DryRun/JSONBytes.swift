import Engine
import Foundation

/// JSON written straight into a byte buffer: a replay's JSON lines, where building a `String` per member
/// was most of a large run's time.
struct JSONBytes {
    var bytes: [UInt8] = []

    /// `"text"`, escaped as RFC 8259 requires.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A string, or `null`.
    mutating func optional(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    /// Text that is JSON already (punctuation, keys with their colon, numbers, booleans).
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// `["a","b"]`
    mutating func strings(_ values: [String]) {
        raw("[")
        for (index, value) in values.enumerated() {
            if index > 0 { raw(",") }
            string(value)
        }
        raw("]")
    }

    /// A message as its normalized JSON: the same text as `Message.normalizedJSON`, written in place.
    mutating func message(_ message: Message) {
        raw(#"{"id":"#)
        string(message.id)
        raw(#","at":"#)
        string(Timestamps.formatISO8601(message.at, milliseconds: true))
        raw(#","channel":"#)
        string(message.channel.rawValue)
        raw(#","account":"#)
        string(message.account)
        raw(#","contact":"#)
        string(message.contact)
        member("name", message.name)
        member("username", message.username)
        raw(#","kind":"#)
        string(message.kind.rawValue)
        member("text", message.text)
        member("payload", message.payload)
        if message.from == .business, message.kind != .echo { member("from", message.from.rawValue) }
        member("in_reply_to", message.inReplyTo)
        if message.standby { raw(#","standby":true"#) }
        raw("}")
    }

    /// `,"key":"value"`, nothing when the value is nil.
    private mutating func member(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        raw(",\"")
        raw(key)
        raw("\":")
        string(value)
    }

    /// An action, members in name order: `{"template":…,"text":…,"truncated":…,"type":"reply"}`,
    /// `{"tag":…,"type":"tag"}`…, with its rule when asked (the store's decision records keep it).
    mutating func action(_ action: DecidedAction, withRule: Bool = false) {
        func rule(_ name: String, first: Bool) {
            guard withRule else { return }
            raw(first ? #""rule":"# : #","rule":"#)
            string(name)
        }
        raw("{")
        switch action {
        case .reply(let reply), .publicReply(let reply):
            if let choices = reply.choices {
                raw(#""choices":"#)
                raw(choices.json)
                raw(",")
            }
            if let fallback = reply.fallback {
                raw(#""fallback":"#)
                raw(fallback.json)
                raw(",")
            }
            rule(reply.rule, first: true)
            raw(withRule ? #","template":"# : #""template":"#)
            optional(reply.template)
            raw(#","text":"#)
            string(reply.text)
            raw(reply.truncated ? #","truncated":true"# : #","truncated":false"#)
            if case .publicReply = action { raw(#","type":"public_reply""#) } else { raw(#","type":"reply""#) }
            if let template = reply.whatsappTemplate {
                raw(#","whatsapp_template":"#)
                raw(template.json)
            }
            raw("}")
        case .tag(let tag, let name), .untag(let tag, let name):
            rule(name, first: true)
            raw(withRule ? #","tag":"# : #""tag":"#)
            string(tag)
            if case .tag = action { raw(#","type":"tag"}"#) } else { raw(#","type":"untag"}"#) }
        case .forward(let endpoint, let name):
            raw(#""endpoint":"#)
            string(endpoint)
            rule(name, first: false)
            raw(#","type":"forward"}"#)
        case .followUp(let followUp, let due, let keep, let name):
            raw(#""due":"#)
            string(Timestamps.formatISO8601(due))
            raw(keep ? #","keep":true,"name":"# : #","keep":false,"name":"#)
            string(followUp)
            rule(name, first: false)
            raw(#","type":"follow_up"}"#)
        case .pause(let until, let name):
            rule(name, first: true)
            raw(withRule ? #","type":"pause","until":"# : #""type":"pause","until":"#)
            string(Timestamps.formatISO8601(until))
            raw("}")
        }
    }
}
