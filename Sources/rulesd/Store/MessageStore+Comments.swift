import Engine
import Foundation

/// How a comment was answered: privately (a direct message) or publicly (under it).
enum CommentAnswerWay: String, Sendable {
    case privately = "private"
    case publicly = "public"
}

extension MessageStore {
    /// Records that a comment was answered one way (the first record of each way is kept).
    func recordCommentAnswer(_ commentID: String, way: CommentAnswerWay, by who: String, at: Date) throws {
        try connection.run(
            "INSERT OR IGNORE INTO comment_answers (comment_id, way, answered_by, at) VALUES (?, ?, ?, ?)",
            [.text(commentID), .text(way.rawValue), .text(who), .date(at)])
    }

    /// Who answered a comment that way already, and when; nil when nobody has.
    func commentAnswer(_ commentID: String, way: CommentAnswerWay) throws -> (by: String, at: Date)? {
        try connection.query(
            "SELECT answered_by, at FROM comment_answers WHERE comment_id = ? AND way = ?", [.text(commentID), .text(way.rawValue)]
        ) { row in (row.text(0) ?? "", Date(timeIntervalSince1970: row.real(1))) }.first
    }
}
