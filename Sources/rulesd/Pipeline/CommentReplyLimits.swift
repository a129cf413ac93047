import Engine
import Foundation

/// Meta's limits on answering an Instagram comment, checked before sending so that a reply they stop is
/// recorded with the reason (PLATFORMS.md §9.5–9.6).
enum CommentReplyLimits {
    /// A private reply is accepted within 7 days of the comment.
    static let privateReplyAge: TimeInterval = 7 * 86_400
    /// On a live, only while the broadcast lasts; an Instagram Live lasts at most 4 hours.
    static let liveLength: TimeInterval = 4 * 3_600

    /// Why a private reply to this comment cannot go out, with the status to record; nil when it can.
    static func privateReplyStop(
        for comment: Message, now: Date, store: MessageStore
    ) async throws -> (status: OutboxEntry.Status, reason: String)? {
        let age = now.timeIntervalSince(comment.at)
        if comment.kind == .liveComment, age > liveLength {
            return (.expired, "the live has ended (a live lasts at most 4 hours), and Meta takes private replies to live comments only during it")
        }
        if age > privateReplyAge {
            return (.expired, "the comment is more than 7 days old; Meta takes a private reply only within 7 days of the comment")
        }
        if let answer = try await store.commentAnswer(comment.id, way: .privately) {
            return (.failed, "Meta allows one private reply per comment, and \(answer.by) already sent it at \(Timestamps.formatISO8601(answer.at))")
        }
        return nil
    }

    /// Why an answer under this comment cannot go out; nil when it can.
    static func publicReplyStop(for comment: Message, store: MessageStore) async throws -> String? {
        if comment.kind == .liveComment {
            return "Instagram does not allow answers under a live comment; the private reply is the way to answer it"
        }
        if let answer = try await store.commentAnswer(comment.id, way: .publicly) {
            return "\(answer.by) already answered under this comment at \(Timestamps.formatISO8601(answer.at)); a second answer would show twice"
        }
        return nil
    }
}
