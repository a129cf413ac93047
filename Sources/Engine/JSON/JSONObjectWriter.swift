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
        // Byte by byte: reasons hold quotes ("price" matched "Price"), and a character-by-character copy of
        // them was a fifth of a large dry-run's time.
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(value.utf8.count + 8)
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20: out += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }
}
