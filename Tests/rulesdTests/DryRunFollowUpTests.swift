import Foundation
import Testing

/// `rulesd dry-run` plays follow-ups in the chats' own time: each firing, skipping and cancellation shown,
/// `--until` for what falls due after the last message, and `"followups"` expectations.
@Suite struct DryRunFollowUpTests {
    static let rules = """
        template nudge = "Still thinking about it?"
        template reengage = whatsapp "cart_reminder" language "es" with "{{contact.first_name or "hola"}}"
        followup "Nudge" after 2h when not tagged "ordered" then reply nudge else reengage end
        followup "Next day" after 30h when true then reply nudge else reengage end
        rule "Price" when message contains "price" then
          reply "See the catalog"
          follow up "Nudge"
        end
        rule "Later" when message contains "later" then follow up "Next day" end
        rule "Ordered" when message contains "ordered" then tag "ordered" end
        """

    func workspace(chat: String) throws -> URL {
        let directory = try RulesdProcess.temporaryDirectory()
        try Self.rules.write(to: directory.appendingPathComponent("shop.rules"), atomically: true, encoding: .utf8)
        try chat.write(to: directory.appendingPathComponent("chat.jsonl"), atomically: true, encoding: .utf8)
        return directory
    }

    static func line(_ id: String, _ contact: String, _ at: String, _ text: String, _ expect: String) -> String {
        #"{"id":"\#(id)","at":"\#(at)","channel":"whatsapp","account":"1065","contact":"\#(contact)","name":"Ana","text":"\#(text)"\#(expect.isEmpty ? "" : #","expect":"# + expect)}"#
    }

    @Test func followUpsFireCancelAndShowInTheChatsOwnTime() throws {
        let chat = [
            Self.line("a1", "341", "2026-11-25T10:00:00Z", "price?", #"{"followups":["Nudge"]}"#),
            Self.line("b1", "342", "2026-11-25T10:00:00Z", "price?", ""),
            Self.line("b2", "342", "2026-11-25T11:00:00Z", "thanks, I'll think, later", ""),
            Self.line("a2", "341", "2026-11-25T13:00:00Z", "hello again", ""),
        ].joined(separator: "\n")
        let directory = try workspace(chat: chat)
        let output = try RulesdProcess.run(["dry-run", "--rules", directory.appendingPathComponent("shop.rules").path, directory.appendingPathComponent("chat.jsonl").path])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        let text = output.stdout
        #expect(text.contains("""
            [2026-11-25T11:00:00Z] whatsapp · Ana (342) · follow-up "Nudge" (scheduled by b1)
              cancelled: the customer wrote before it was due
            """))
        // Ana's nudge fired at 12:00, before her message of 13:00 is replayed.
        let fired = try #require(text.range(of: "[2026-11-25T12:00:00Z] whatsapp · Ana (341) · follow-up \"Nudge\" (scheduled by a1)\n  fired\n  reply (nudge): Still thinking about it?"))
        let later = try #require(text.range(of: "[2026-11-25T13:00:00Z] whatsapp · Ana (341) · text"))
        #expect(fired.lowerBound < later.lowerBound)
        #expect(!text.contains("follow-up \"Next day\""), "due 30 h after 11:00: past the default +24h")
        #expect(text.contains("follow-ups: 1 fired, 1 cancelled"))
    }

    @Test func untilPlaysWhatFallsDueAfterTheLastMessageAsJSON() throws {
        let directory = try workspace(chat: Self.line("b2", "342", "2026-11-25T11:00:00Z", "later", ""))
        let output = try RulesdProcess.run([
            "dry-run", "--format", "json", "--until", "+2d", "--rules", directory.appendingPathComponent("shop.rules").path,
            directory.appendingPathComponent("chat.jsonl").path,
        ])
        #expect(output.status == 0)
        let objects = output.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let followUp = try #require(objects.compactMap { $0["followup"] as? [String: Any] }.first)
        #expect(followUp["name"] as? String == "Next day" && followUp["outcome"] as? String == "fired")
        #expect(followUp["contact"] as? String == "whatsapp:1065:342" && followUp["at"] as? String == "2026-11-26T17:00:00Z")
        let actions = try #require(followUp["actions"] as? [[String: Any]])
        let template = try #require(actions.first?["whatsapp_template"] as? [String: Any], "30 h later the window has closed: the approved template")
        #expect(template["name"] as? String == "cart_reminder")
        #expect(try RulesdProcess.run(["dry-run", "--until", "tomorrow", "--rules", directory.path]).stderr.contains("write a time such as"))
    }

    @Test func aFollowUpExpectedToFireThatDoesNotFailsTheRun() throws {
        let chat = [
            Self.line("a1", "341", "2026-11-25T10:00:00Z", "price?", #"{"followups":["Nudge"]}"#),
            Self.line("a2", "341", "2026-11-25T10:30:00Z", "ordered it, thanks", ""),
        ].joined(separator: "\n")
        let directory = try workspace(chat: chat)
        let output = try RulesdProcess.run(["dry-run", "--rules", directory.appendingPathComponent("shop.rules").path, directory.appendingPathComponent("chat.jsonl").path])
        #expect(output.status == 1)
        #expect(output.stdout.contains("chat.jsonl:1: expected follow-up \"Nudge\" to fire, but it did not"), "\(output.stdout)")
        let unknown = try workspace(chat: Self.line("a1", "341", "2026-11-25T10:00:00Z", "price?", #"{"followups":["Nuge"]}"#))
        let typo = try RulesdProcess.run(["dry-run", "--rules", unknown.appendingPathComponent("shop.rules").path, unknown.appendingPathComponent("chat.jsonl").path])
        #expect(typo.status == 1 && (typo.stdout + typo.stderr).contains("the rule set has no follow-up \"Nuge\"; did you mean \"Nudge\"?"))
    }
}
