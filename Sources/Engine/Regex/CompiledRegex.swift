import CPCRE2

/// A PCRE2 pattern compiled once when a rule set loads (JIT-compiled where the platform allows) and matched
/// with limits, so that no message can make a catastrophic pattern run for long.
///
/// The compiled code is immutable after construction and PCRE2 allows it to be shared between threads;
/// each match allocates its own match data.
public final class CompiledRegex: @unchecked Sendable {
    /// Why a pattern did not compile: PCRE2's own message and the offset in the pattern it points at.
    public struct CompileError: Error, Sendable, Equatable {
        public var message: String
        public var offset: Int
    }

    /// The outcome of one match.
    public enum MatchResult: Sendable, Equatable {
        /// The pattern matched; the range is in UTF-8 bytes of the subject.
        case match(Range<Int>)
        case noMatch
        /// A limit stopped the match before it finished; it counts as no match.
        case limitExceeded(String)
    }

    public let pattern: String
    public let caseless: Bool
    /// Whether PCRE2's JIT compiled the pattern.
    public let isJIT: Bool
    private let code: OpaquePointer
    private let context: OpaquePointer?

    /// The match limit (backtracking steps) applied to every match.
    public static let matchLimit: UInt32 = 100_000
    /// The depth limit applied to every match (interpreter only; JIT uses its stack limit).
    public static let depthLimit: UInt32 = 1_000
    /// Heap limit in KiB for the interpreter's backtracking memory.
    public static let heapLimitKiB: UInt32 = 4_096

    /// Compiles a pattern with UTF and Unicode properties on.
    /// - Throws: ``CompileError`` with PCRE2's message when the pattern is invalid.
    public init(pattern: String, caseless: Bool) throws(CompileError) {
        var options = UInt32(PCRE2_UTF) | UInt32(PCRE2_UCP) | UInt32(PCRE2_MATCH_INVALID_UTF)
        if caseless { options |= UInt32(PCRE2_CASELESS) }
        var errorCode: Int32 = 0
        var errorOffset = 0
        let bytes = Array(pattern.utf8)
        let compiled = bytes.withUnsafeBufferPointer { buffer in
            pcre2_compile_8(buffer.baseAddress, buffer.count, options, &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            throw CompileError(message: Self.errorMessage(errorCode), offset: errorOffset)
        }
        self.code = compiled
        self.pattern = pattern
        self.caseless = caseless
        self.isJIT = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0
        let context = pcre2_match_context_create_8(nil)
        if let context {
            pcre2_set_match_limit_8(context, Self.matchLimit)
            pcre2_set_depth_limit_8(context, Self.depthLimit)
            pcre2_set_heap_limit_8(context, Self.heapLimitKiB)
        }
        self.context = context
    }

    deinit {
        pcre2_code_free_8(code)
        if let context { pcre2_match_context_free_8(context) }
    }

    /// Matches the pattern anywhere in `subject`.
    public func firstMatch(in subject: String) -> MatchResult {
        guard let matchData = pcre2_match_data_create_from_pattern_8(code, nil) else {
            return .limitExceeded("out of memory")
        }
        defer { pcre2_match_data_free_8(matchData) }
        var subject = subject
        let result = subject.withUTF8 { buffer in
            pcre2_match_8(code, buffer.baseAddress, buffer.count, 0, 0, matchData, context)
        }
        switch result {
        case 0...:
            let vector = pcre2_get_ovector_pointer_8(matchData)!
            return .match(vector[0]..<max(vector[0], vector[1]))
        case Int32(PCRE2_ERROR_NOMATCH):
            return .noMatch
        default:
            return .limitExceeded(Self.errorMessage(result))
        }
    }

    static func errorMessage(_ code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = buffer.withUnsafeMutableBufferPointer { pcre2_get_error_message_8(code, $0.baseAddress, $0.count) }
        guard length > 0 else { return "PCRE2 error \(code)" }
        return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
    }
}
