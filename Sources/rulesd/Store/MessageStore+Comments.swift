import Engine
import Foundation

/// How a comment was answered: privately (a direct message) or publicly (under it).
enum CommentAnswerWay: String, Sendable {
    case privately = "private"
    case publicly = "public"
}

extension MessageStore {
    /// Records that a comment of `account` was answered one way (the first record of each way is kept).
    func recordCommentAnswer(_ commentID: String, account: String, way: CommentAnswerWay, by who: String, at: Date) throws {
        try connection.run(
            "INSERT OR IGNORE INTO comment_answers (comment_id, way, account, answered_by, at) VALUES (?, ?, ?, ?, ?)",
            [.text(commentID), .text(way.rawValue), .text(account), .text(who), .date(at)])
    }

    /// When rulesd sent the private replies of `account` since an instant, oldest first: Meta counts 750 an
    /// hour, and a restart must not forget the ones already sent.
    func privateReplyTimes(account: String, since: Date) throws -> [Date] {
        try connection.query(
            "SELECT at FROM comment_answers WHERE account = ? AND way = 'private' AND answered_by = 'rulesd' AND at > ? ORDER BY at",
            [.text(account), .date(since)]
        ) { Date(timeIntervalSince1970: $0.real(0)) }
    }

    /// Who answered a comment that way already, and when; nil when nobody has.
    func commentAnswer(_ commentID: String, way: CommentAnswerWay) throws -> (by: String, at: Date)? {
        try connection.query(
            "SELECT answered_by, at FROM comment_answers WHERE comment_id = ? AND way = ?", [.text(commentID), .text(way.rawValue)]
        ) { row in (row.text(0) ?? "", Date(timeIntervalSince1970: row.real(1))) }.first
    }
}
