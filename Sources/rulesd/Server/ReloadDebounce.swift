import Foundation

/// When the file watcher may load the rules: only once the files have stopped changing for `quiet` (an
/// editor saving, a copy half done, `git checkout` rewriting several files), so a half-written file is
/// never loaded. Fed the files' fingerprint at each look; time is passed in.
struct ReloadDebounce: Sendable {
    /// The files as last loaded (or as found at start).
    private(set) var loaded: [String: FileStamp]
    /// A changed fingerprint, and since when it has stayed so.
    private var pending: (stamps: [String: FileStamp], since: Date)?
    let quiet: TimeInterval

    init(loaded: [String: FileStamp], quiet: TimeInterval = 1) {
        self.loaded = loaded
        self.quiet = quiet
    }

    /// Whether to load now, given the files as they are at `now`.
    mutating func observe(_ stamps: [String: FileStamp], at now: Date) -> Bool {
        guard stamps != loaded else {
            pending = nil
            return false
        }
        guard let pending, pending.stamps == stamps else {
            self.pending = (stamps, now)
            return false
        }
        guard now.timeIntervalSince(pending.since) >= quiet else { return false }
        self.pending = nil
        loaded = stamps
        return true
    }
}

/// What the watcher compares of a file: its modification time and size.
struct FileStamp: Sendable, Equatable {
    var modified: Date
    var size: Int
}
