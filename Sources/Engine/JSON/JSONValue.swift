
import Foundation

/// Any JSON value, for reading webhook bodies whose shape varies: every field is looked up, nothing is
/// assumed, so a missing or odd field becomes a skipped item rather than a crash.
public enum JSONValue: Sendable, Hashable, Decodable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// Parses JSON bytes (RFC 8259, UTF-8) with ``JSONReader``: a single pass over the bytes, nesting
    /// limited to ``JSONReader/maximumDepth``.
    public static func parse(_ data: Data) throws(JSONReader.Error) -> JSONValue {
        try JSONReader.parse(data)
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    public var array: [JSONValue]? {
        if case .array(let array) = self { return array }
        return nil
    }

    public var object: [String: JSONValue]? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// A string, or a number written as a string of digits (ids arrive both ways).
    public var string: String? {
        switch self {
        case .string(let text): text
        case .number(let number) where number == number.rounded() && abs(number) < 1e18: String(Int64(number))
        default: nil
        }
    }

    /// A non-empty string.
    public var nonEmptyString: String? {
        guard let text = string, !text.isEmpty else { return nil }
        return text
    }

    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// A platform timestamp: milliseconds or seconds, as a number or a string, to the millisecond; nil
    /// unless it falls between 1970 and 9999 (fuzzing found 10^19 ms stamps).
    public var timestamp: Date? {
        let date: Date? = switch self {
        case .number(let value) where value > 0: Timestamps.fromEpoch(value)
        case .string(let text):
            if let value = Double(text), value > 0 { Timestamps.fromEpoch(value) } else { Timestamps.parseISO8601(text) }
        default: nil
        }
        // To the millisecond, the platforms' precision and the journal's (fuzzing found 1.60000320055 s).
        return date.flatMap { Timestamps.isPlausible($0) ? Date(timeIntervalSince1970: ($0.timeIntervalSince1970 * 1000).rounded() / 1000) : nil }
    }
}
