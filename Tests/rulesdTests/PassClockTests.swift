import Engine
import Foundation
import RulesDSL
import Testing

@testable import rulesd

/// The bench's passes over its messages: each later pass decides the rules alike, because its clock is a
/// week on (a regression: evaluated at the messages' own times again, later passes met the earlier passes'
/// cooldowns and replies as still to come, and held back more than half the rules that fire).
@Suite struct PassClockTests {
    /// The keyword rules fired on each pass, with one state per contact carried from pass to pass.
    static func keywordRulesFired(passes clocks: [PassClock]) throws -> [Int] {
        let workload = BenchmarkWorkload(rules: 100, keywords: 1_000, messageCount: 1_000)
        let ruleSet = try #require(FrontEnd.check([SourceFile(name: "bench.rules", text: workload.ruleText)]).ruleSet)
        let program = RuleProgram(ruleSet, scorer: LexiconSentimentScorer())
        var states: [String: ContactState] = [:]
        return clocks.map { clock in
            var fired = 0
            for message in workload.messages {
                let decision = program.evaluate(message, state: states[message.contact] ?? ContactState(), now: clock.now(for: message), tracing: .none)
                states[message.contact] = decision.state
                fired += decision.firedRules.filter { $0.hasPrefix("r") }.count
            }
            return fired
        }
    }

    /// From the second pass on, the same rules fire on every pass: fewer than on the first only by the rules
    /// that want a contact not yet tagged (the first pass tagged them), about a third of the bench's rules.
    @Test func everyPassAfterTheFirstFiresAlike() throws {
        let fired = try Self.keywordRulesFired(passes: [PassClock(pass: 0), PassClock(pass: 1), PassClock(pass: 2)])
        #expect(fired[0] > 100)
        #expect(fired[2] == fired[1])
        #expect(fired[1] * 2 > fired[0])
    }

    /// What the clock is for: the same messages at their own times again find many rules cooling down (about
    /// half: a rule whose reply another rule's answer held back starts no cooldown, so it is not held back).
    @Test func withoutTheClockThePassBeforeHoldsRulesBack() throws {
        let fired = try Self.keywordRulesFired(passes: [PassClock(pass: 0), PassClock(pass: 0)])
        #expect(fired[1] * 3 < fired[0] * 2)
    }

    @Test func eachPassIsAWeekOn() {
        let message = Message(id: "m", at: Date(timeIntervalSince1970: 1_795_000_000), channel: .instagram, account: "a", contact: "c", kind: .text, text: "hi")
        #expect(PassClock(pass: 0).now(for: message) == message.at)
        #expect(PassClock(pass: 3).now(for: message).timeIntervalSince(message.at) == 3 * 7 * 86_400)
    }
}
