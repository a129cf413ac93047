import CPCRE2
import Synchronization

/// A PCRE2 pattern compiled once when a rule set loads (JIT-compiled where the platform allows) and matched
/// with limits, so that no message can make a catastrophic pattern run for long.
///
/// The compiled code is immutable after construction and PCRE2 allows it to be shared between threads.
/// Match data, which a match writes, is taken from a small pool of spares behind a lock (an uncontended
/// lock costs less than PCRE2's allocation and release of a block for every message), one per match in
/// progress.
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
    /// A word every match holds, looked for before PCRE2 is run (see ``RequiredLiteral``).
    let requiredLiteral: RequiredLiteral?
    private let code: OpaquePointer
    private let context: OpaquePointer?
    /// Match data blocks not in use, at most ``maximumSpares``.
    private let spares = Mutex<[MatchData]>([])
    private static let maximumSpares = 8

    /// A match data block, handed between threads only through the pool's lock.
    private struct MatchData: @unchecked Sendable {
        let pointer: OpaquePointer
    }

    /// The match limit (backtracking steps) applied to every match.
    public static let matchLimit: UInt32 = 100_000
    /// The depth limit applied to every match (interpreter only; JIT uses its stack limit).
    public static let depthLimit: UInt32 = 1_000
    /// Heap limit in KiB for the interpreter's backtracking memory.
    public static let heapLimitKiB: UInt32 = 4_096

    /// Compiles a pattern with UTF and Unicode properties on.
    /// - Throws: ``CompileError`` with PCRE2's message when the pattern is invalid.
    public convenience init(pattern: String, caseless: Bool) throws(CompileError) {
        try self.init(pattern: pattern, caseless: caseless, prefiltered: true)
    }

    /// Compiles a pattern; `prefiltered: false` runs PCRE2 on every subject (for tests that compare).
    init(pattern: String, caseless: Bool, prefiltered: Bool) throws(CompileError) {
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
        self.requiredLiteral = prefiltered ? RequiredLiteral(pattern: pattern, caseless: caseless) : nil
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
        spares.withLock { spares in
            for spare in spares { pcre2_match_data_free_8(spare.pointer) }
        }
        pcre2_code_free_8(code)
        if let context { pcre2_match_context_free_8(context) }
    }

    /// Matches the pattern anywhere in `subject`.
    public func firstMatch(in subject: String) -> MatchResult {
        var subject = subject
        if let requiredLiteral, !subject.withUTF8({ requiredLiteral.appears(in: $0) }) { return .noMatch }
        guard let matchData = spares.withLock({ $0.popLast() }) ?? pcre2_match_data_create_from_pattern_8(code, nil).map(MatchData.init)
        else {
            return .limitExceeded("out of memory")
        }
        defer {
            let kept = spares.withLock { spares in
                guard spares.count < Self.maximumSpares else { return false }
                spares.append(matchData)
                return true
            }
            if !kept { pcre2_match_data_free_8(matchData.pointer) }
        }
        // A Swift string is always valid UTF-8, so the JIT's fast entry (which skips pcre2_match's checks of
        // the arguments) is safe; it applies the match limit of the context as pcre2_match does.
        let result = subject.withUTF8 { buffer in
            isJIT
                ? pcre2_jit_match_8(code, buffer.baseAddress, buffer.count, 0, 0, matchData.pointer, context)
                : pcre2_match_8(code, buffer.baseAddress, buffer.count, 0, 0, matchData.pointer, context)
        }
        switch result {
        case 0...:
            let vector = pcre2_get_ovector_pointer_8(matchData.pointer)!
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
