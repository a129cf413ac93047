import Foundation

/// A strict RFC 8259 JSON reader producing ``JSONValue``: one pass over the bytes, no intermediate
/// objects, nesting limited so hostile bodies cannot exhaust the stack.
///
/// Webhook bodies are read on every request, so this is on the hot path of ingestion; it replaced a
/// `Decodable` conformance that cost several times more than the rest of a request.
public enum JSONReader {
    /// Deeper nesting than this is refused (Meta's bodies nest about 8 deep).
    public static let maximumDepth = 256

    /// Why bytes are not JSON: what was wrong and at which byte offset.
    public struct Error: Swift.Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var offset: Int
        public var description: String { "\(message) at byte \(offset)" }
    }

    /// Parses a whole document; anything but whitespace after the value is an error.
    public static func parse(_ data: Data) throws(Error) -> JSONValue {
        let bytes = [UInt8](data)
        return try bytes.withUnsafeBufferPointer { buffer throws(Error) in
            var cursor = Cursor(bytes: buffer)
            cursor.skipWhitespace()
            let value = try cursor.value(depth: 0)
            cursor.skipWhitespace()
            guard cursor.offset == buffer.count else { throw cursor.error("unexpected data after the JSON value") }
            return value
        }
    }

    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        func error(_ message: String) -> Error { Error(message: message, offset: offset) }

        var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

        mutating func skipWhitespace() {
            while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x0A || bytes[offset] == 0x0D || bytes[offset] == 0x09 {
                offset += 1
            }
        }

        mutating func value(depth: Int) throws(Error) -> JSONValue {
            guard let byte = current else { throw error("unexpected end of input") }
            switch byte {
            case UInt8(ascii: "{"): return try object(depth: depth + 1)
            case UInt8(ascii: "["): return try array(depth: depth + 1)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
            default: throw error("unexpected character")
            }
        }

        mutating func literal(_ word: StaticString) throws(Error) {
            let count = word.utf8CodeUnitCount
            guard offset + count <= bytes.count else { throw error("unexpected end of input") }
            for index in 0..<count where bytes[offset + index] != word.utf8Start[index] { throw error("invalid literal") }
            offset += count
        }

        mutating func object(depth: Int) throws(Error) -> JSONValue {
            guard depth <= JSONReader.maximumDepth else { throw error("nesting deeper than \(JSONReader.maximumDepth)") }
            offset += 1
            var members: [String: JSONValue] = [:]
            skipWhitespace()
            if current == UInt8(ascii: "}") {
                offset += 1
                return .object(members)
            }
            while true {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else { throw error("expected a string key") }
                let key = try string()
                skipWhitespace()
                guard current == UInt8(ascii: ":") else { throw error("expected ':'") }
                offset += 1
                skipWhitespace()
                members[key] = try value(depth: depth)
                skipWhitespace()
                switch current {
                case UInt8(ascii: ","): offset += 1
                case UInt8(ascii: "}"):
                    offset += 1
                    return .object(members)
                default: throw error("expected ',' or '}'")
                }
            }
        }

        mutating func array(depth: Int) throws(Error) -> JSONValue {
            guard depth <= JSONReader.maximumDepth else { throw error("nesting deeper than \(JSONReader.maximumDepth)") }
            offset += 1
            var elements: [JSONValue] = []
            skipWhitespace()
            if current == UInt8(ascii: "]") {
                offset += 1
                return .array(elements)
            }
            while true {
                skipWhitespace()
                elements.append(try value(depth: depth))
                skipWhitespace()
                switch current {
                case UInt8(ascii: ","): offset += 1
                case UInt8(ascii: "]"):
                    offset += 1
                    return .array(elements)
                default: throw error("expected ',' or ']'")
                }
            }
        }

        mutating func number() throws(Error) -> Double {
            let start = offset
            if current == UInt8(ascii: "-") { offset += 1 }
            guard let first = current, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { throw error("invalid number") }
            if first == UInt8(ascii: "0") { offset += 1 } else { skipDigits() }
            if current == UInt8(ascii: ".") {
                offset += 1
                guard skipDigits() > 0 else { throw error("invalid number") }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                offset += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
                guard skipDigits() > 0 else { throw error("invalid number") }
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
            guard let number = Double(text), number.isFinite else { throw Error(message: "number out of range", offset: start) }
            return number
        }

        @discardableResult
        mutating func skipDigits() -> Int {
            let start = offset
            while let byte = current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { offset += 1 }
            return offset - start
        }

        mutating func string() throws(Error) -> String {
            offset += 1
            let start = offset
            // Fast path: no escapes.
            while let byte = current, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                guard byte >= 0x20 else { throw error("control character in a string") }
                offset += 1
            }
            guard let stop = current else { throw error("unterminated string") }
            var utf8 = Array(UnsafeBufferPointer(rebasing: bytes[start..<offset]))
            if stop == UInt8(ascii: "\\") {
                while true {
                    guard let byte = current else { throw error("unterminated string") }
                    if byte == UInt8(ascii: "\"") { break }
                    if byte < 0x20 { throw error("control character in a string") }
                    offset += 1
                    guard byte == UInt8(ascii: "\\") else {
                        utf8.append(byte)
                        continue
                    }
                    guard let escaped = current else { throw error("unterminated string") }
                    offset += 1
                    switch escaped {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escaped)
                    case UInt8(ascii: "b"): utf8.append(0x08)
                    case UInt8(ascii: "f"): utf8.append(0x0C)
                    case UInt8(ascii: "n"): utf8.append(0x0A)
                    case UInt8(ascii: "r"): utf8.append(0x0D)
                    case UInt8(ascii: "t"): utf8.append(0x09)
                    case UInt8(ascii: "u"): appendUTF8(of: try unicodeEscape(), to: &utf8)
                    default: throw error("invalid escape")
                    }
                }
            }
            offset += 1
            guard let text = String(validating: utf8, as: UTF8.self) else { throw Error(message: "invalid UTF-8 in a string", offset: start) }
            return text
        }

        /// `\uXXXX`, or a surrogate pair `\uD83D\uDE00`; a lone surrogate becomes U+FFFD.
        mutating func unicodeEscape() throws(Error) -> Unicode.Scalar {
            let high = try hex4()
            if (0xD800...0xDBFF).contains(high) {
                if offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") {
                    let save = offset
                    offset += 2
                    let low = try hex4()
                    if (0xDC00...0xDFFF).contains(low) {
                        return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
                    }
                    offset = save
                }
                return "\u{FFFD}"
            }
            return Unicode.Scalar(high) ?? "\u{FFFD}"
        }

        mutating func hex4() throws(Error) -> UInt32 {
            guard offset + 4 <= bytes.count else { throw error("unterminated \\u escape") }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[offset]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: throw error("invalid \\u escape")
                }
                value = value << 4 | UInt32(digit)
                offset += 1
            }
            return value
        }

        func appendUTF8(of scalar: Unicode.Scalar, to utf8: inout [UInt8]) {
            utf8.append(contentsOf: UTF8.encode(scalar)!)
        }
    }
}
