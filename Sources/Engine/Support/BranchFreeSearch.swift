/// Halving over a sorted run where each step picks its half by arithmetic, not by a branch: which half a
/// key falls in is a coin toss, and as a branch (which the compiler kept even for a conditional
/// expression) it was mispredicted about every other step. Used for a contact's tags, sorted rule and
/// keyword indices, and a zone's UTC offsets.
enum BranchFreeSearch {
    /// The last index in `0..<count` (`count` > 0) at which `mask` gives -1 (all bits set), for a `mask`
    /// that gives -1 at the first indices and 0 at the rest; 0 when it gives -1 at none, so the caller
    /// checks index 0 when that matters. A mask is the sign of a difference: `(element &- key) >> 63`
    /// is -1 exactly when the element is below the key, for values whose difference cannot overflow.
    @inline(__always)
    static func lastIndex(count: Int, whereMaskIsSet mask: (Int) -> Int) -> Int {
        var base = 0
        var length = count
        while length > 1 {
            let half = length / 2
            base &+= half & mask(base &+ half)
            length -= half
        }
        return base
    }

    /// The first index in `0..<count` at which `mask` gives 0, `count` when it gives -1 at every index, 0
    /// when `count` is 0: with a mask that says "below the key", where the key is or would go.
    @inline(__always)
    static func firstIndex(count: Int, whereMaskIsClear mask: (Int) -> Int) -> Int {
        guard count > 0 else { return 0 }
        let last = lastIndex(count: count, whereMaskIsSet: mask)
        return last &+ (1 & mask(last))
    }
}
