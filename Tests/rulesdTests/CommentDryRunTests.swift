import Engine
import Foundation
import RulesDSL
import Testing

@testable import rulesd

/// Dry-run on comments: the answer under a comment can be expected, and the output says which reply is
/// private, which is public, and what buttons the customer sees.
@Suite struct CommentDryRunTests {
    static let rules = """
        template menu = "Anything else?" buttons "Prices" -> "PRICES", "Sizes" -> "SIZES"
        rule "Comment" on comments when message contains "price" then
          reply publicly "Sent you a DM!"
          reply menu
        end
        """

    func decide(_ kind: MessageKind = .comment) throws -> (Message, Decision) {
        let result = FrontEnd.check([SourceFile(name: "r.rules", text: Self.rules)])
        let program = RuleProgram(try #require(result.ruleSet), scorer: LexiconSentimentScorer())
        let comment = Message(
            id: "c1", at: Date(timeIntervalSince1970: 1_795_000_000), channel: .instagram, account: "a", contact: "u1", username: "maria",
            kind: kind, text: "price?", postID: "180", surface: "FEED")
        return (comment, program.evaluate(comment, state: ContactState(), now: comment.at, tracing: .fired))
    }

    @Test func theAnswerUnderACommentCanBeExpected() throws {
        let (_, decision) = try decide()
        #expect(try Expectation(json: ["public_reply": "Sent you a DM!", "reply": "menu"]).failures(for: decision).isEmpty)
        #expect(try Expectation(json: ["public_reply": NSNull()]).failures(for: decision) == [
            "expected the answer under the comment none, got \"Sent you a DM!\"",
        ])
        let (_, live) = try decide(.liveComment)
        #expect(try Expectation(json: ["public_reply": NSNull()]).failures(for: live).isEmpty, "none under a live comment")
        #expect(throws: ExpectationError.self) { try Expectation(json: ["public_reply": ["a"]]) }
    }

    @Test func theTextOutputTellsPrivateFromPublicAndShowsTheButtons() throws {
        let (comment, decision) = try decide()
        let text = DryRunReport(format: .text, explain: false).render(
            ReplayResult(recorded: RecordedMessage(message: comment, expectation: nil, origin: "c.jsonl:1"), decision: decision, failures: []))
        #expect(text.contains("  on post 180 (FEED)\n"))
        #expect(text.contains("  public reply: Sent you a DM!\n"))
        #expect(text.contains("  private reply (menu): Anything else?\n    Instagram quick replies:\n      [Prices] → PRICES\n      [Sizes] → SIZES\n"))
        #expect(text.contains("message requests"), "quick replies are hidden in message requests: the seller is told")
    }
}
