import Foundation

/// Writes one JSON object member by member, escaping strings as RFC 8259 requires: for the JSON written
/// on hot paths (the journal, contact state, health), where Foundation's encoders cost more than the work.
public struct JSONObjectWriter: Sendable {
    private var text = "{"
    private var empty = true

    public init() {}

    /// Adds a string member; nothing when the value is nil.
    public mutating func add(_ key: String, _ value: String?) {
        guard let value else { return }
        addRaw(key, Self.quoted(value))
    }

    /// Adds a member whose value is already JSON.
    public mutating func addRaw(_ key: String, _ json: String) {
        if !empty { text += "," }
        empty = false
        text += Self.quoted(key)
        text += ":"
        text += json
    }

    /// The object's text.
    public mutating func finish() -> String { text + "}" }

    /// A string as a JSON string literal.
    public static func quoted(_ value: String) -> String {
        var needsEscaping = false
        for byte in value.utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            needsEscaping = true
            break
        }
        guard needsEscaping else { return "\"" + value + "\"" }
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
