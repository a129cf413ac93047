/// The memory of one ``NormalizedText``: its tokens and then its folded bytes, in a single allocation.
///
/// A message's scan is made for every evaluation. Two arrays cost two allocations, and an array made with
/// `init(unsafeUninitializedCapacity:)` also looks its storage type up in the runtime's generic metadata
/// cache on every call (about 700 instructions per array, measured with callgrind); this final class's
/// type is known when compiled, so one allocation costs about 150.
///
/// Tokens are plain values (no references), so nothing needs deinitializing when the storage goes; the
/// byte region is bound to `UInt8` by the scan that writes it.
final class ScanStorage: ManagedBuffer<ScanStorage.Counts, NormalizedText.Token> {
    /// How much of the room is used, and how much there is.
    struct Counts {
        var tokenCount = 0
        var byteCount = 0
        /// Tokens the room holds; the folded bytes start right after them.
        let tokenCapacity: Int
        let byteCapacity: Int
    }

    /// Room for `tokens` tokens and `bytes` folded bytes.
    static func make(tokens: Int, bytes: Int) -> ScanStorage {
        let stride = MemoryLayout<NormalizedText.Token>.stride
        let elements = tokens + (bytes + stride - 1) / stride
        let storage = ScanStorage.create(minimumCapacity: elements) { _ in Counts(tokenCapacity: tokens, byteCapacity: bytes) }
        // `create` returns the class it was called on.
        return unsafeDowncast(storage, to: ScanStorage.self)
    }

    /// The tokens and the folded bytes written so far. Valid while the storage is alive and not written to.
    /// (Once the scan is done it is never written again, which is what makes ``NormalizedText`` safe to share.)
    @inline(__always)
    func withBuffers<Result>(_ body: (UnsafeBufferPointer<NormalizedText.Token>, UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeMutablePointers { counts, elements in
            let bytes = UnsafeRawPointer(elements + counts.pointee.tokenCapacity).assumingMemoryBound(to: UInt8.self)
            return body(
                UnsafeBufferPointer(start: elements, count: counts.pointee.tokenCount),
                UnsafeBufferPointer(start: bytes, count: counts.pointee.byteCount))
        }
    }

    /// The whole room, to be written by the scan, which then records what it used.
    func withRoom<Result>(
        _ body: (UnsafeMutableBufferPointer<NormalizedText.Token>, UnsafeMutableBufferPointer<UInt8>) -> (Result, tokens: Int, bytes: Int)
    ) -> Result {
        withUnsafeMutablePointers { counts, elements in
            let capacity = counts.pointee
            let bytes = UnsafeMutableRawPointer(elements + capacity.tokenCapacity).bindMemory(to: UInt8.self, capacity: capacity.byteCapacity)
            let (result, tokenCount, byteCount) = body(
                UnsafeMutableBufferPointer(start: elements, count: capacity.tokenCapacity),
                UnsafeMutableBufferPointer(start: bytes, count: capacity.byteCapacity))
            counts.pointee.tokenCount = tokenCount
            counts.pointee.byteCount = byteCount
            return result
        }
    }
}
