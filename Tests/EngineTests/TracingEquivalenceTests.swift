import Engine
import Foundation
import RulesDSL
import Testing

/// Random rule sets and conversations, each message evaluated three ways: untraced (as serve does, on the
/// engine's shortcuts: candidate rules from the keyword index, conditions settled from their compiled
/// shape or the sentiment bounds), with the fired rules' reasons (as dry-run does), and with the full
/// trace (every rule considered in order, every condition evaluated in full). The three must agree on what
/// happened: the rules that fired, the actions and the contact's new state.
@Suite struct TracingEquivalenceTests {
    static let ruleSets = 120
    static let messagesPerSet = 60

    /// Words the rules and messages draw from: plain, accented, a phrase, prefixes, an emoji.
    static let words = ["price", "how much", "cost*", "envío", "size", "ship*", "refund", "thanks", "😡", "order", "blue dress", "café"]
    static let fillers = ["hello", "is", "the", "in", "please", "costs", "shipping", "price!", "Envio", "CAFÉ", "dress", "blue", "how", "much", "great", "awful", "😡", "sizes"]
    static let tags = ["vip", "asked", "angry", "new"]

    @Test func untracedFiredAndFullTracesDecideAlike() throws {
        var random = SeededGenerator(seed: 0xD1FF)
        var fired = 0
        for set in 0..<Self.ruleSets {
            let text = Self.ruleSet(&random)
            let program = try program(text, scorer: LexiconSentimentScorer())
            var states: [String: ContactState] = [:]
            var clock = ManualClock()
            for index in 0..<Self.messagesPerSet {
                clock.advance(.seconds(Int.random(in: 1...5_400, using: &random)))
                let contact = "c\(Int.random(in: 0..<4, using: &random))"
                let incoming = Self.message(&random, index: index, at: clock.now, contact: contact)
                let state = states[contact] ?? ContactState()
                let untraced = program.evaluate(incoming, state: state, now: clock.now, tracing: .none)
                let firedOnly = program.evaluate(incoming, state: state, now: clock.now, tracing: .fired)
                let full = program.evaluate(incoming, state: state, now: clock.now, tracing: .full)
                let context = "set \(set), message \(index) \"\(incoming.text ?? "")\" from \(contact)\n\(text)"
                #expect(untraced.firedRules == full.firedRules, "\(context)")
                #expect(untraced.actions == full.actions, "\(context)")
                #expect(untraced.state == full.state, "\(context)")
                #expect(firedOnly.firedRules == full.firedRules, "\(context)")
                #expect(firedOnly.actions == full.actions, "\(context)")
                #expect(firedOnly.state == full.state, "\(context)")
                // The full trace lists every rule once, fired or not.
                #expect(!full.evaluated || full.trace.rules.map(\.rule) == program.ruleNames, "\(context)")
                fired += untraced.firedRules.count
                states[contact] = full.state
            }
        }
        // The generator makes rules that fire, or the comparison proves little.
        #expect(fired > Self.ruleSets * Self.messagesPerSet / 4)
    }

    /// A random rule set: rules of the shapes the engine settles from their compiled form (`contains any`
    /// alone, or with `and not tagged`), and any other condition tree.
    static func ruleSet(_ random: inout SeededGenerator) -> String {
        var text = "hours open = mon-fri 09:00-18:00 in \"Europe/Madrid\"\noption max_replies = 3 per 1h\n"
        text += "endpoint crm = \"https://crm.example/hook\"\n"
        for index in 0..<Int.random(in: 1...8, using: &random) {
            let priority = Int.random(in: -2...3, using: &random)
            let channel = Int.random(in: 0..<6, using: &random) == 0 ? " on whatsapp" : ""
            let cooldown = Bool.random(using: &random) ? " cooldown \(Int.random(in: 1...3, using: &random))h" : ""
            let condition: String
            switch Int.random(in: 0..<4, using: &random) {
            case 0: condition = "message contains any " + list(&random)
            case 1: condition = "message contains any \(list(&random)) and not tagged \"\(tags.randomElement(using: &random)!)\""
            default: condition = self.condition(&random, depth: 0)
            }
            text += "rule \"r\(index)\" priority \(priority)\(cooldown)\(channel)\n  when \(condition)\n  then\n"
            for _ in 0..<Int.random(in: 1...3, using: &random) { text += "    " + action(&random, rule: index) + "\n" }
            text += "end\n"
        }
        return text
    }

    static func list(_ random: inout SeededGenerator) -> String {
        (0..<Int.random(in: 1...3, using: &random)).map { _ in "\"\(words.randomElement(using: &random)!)\"" }.joined(separator: ", ")
    }

    static func condition(_ random: inout SeededGenerator, depth: Int) -> String {
        let leaves = depth >= 2
        switch Int.random(in: 0..<(leaves ? 9 : 12), using: &random) {
        case 0: return "message contains \"\(words.randomElement(using: &random)!)\""
        case 1: return "message contains any " + list(&random)
        case 2: return "message contains all " + list(&random)
        case 3: return "tagged \"\(tags.randomElement(using: &random)!)\""
        case 4: return "first contact"
        case 5: return "contact messages >= \(Int.random(in: 1...6, using: &random))"
        case 6: return "sentiment < -0.\(Int.random(in: 1...7, using: &random))"
        case 7: return ["channel is instagram", "kind is text", "outside open", "message is \"thanks\""].randomElement(using: &random)!
        case 8: return "message matches /pri?ce|\\d{3}/i"
        case 9: return "not (\(condition(&random, depth: depth + 1)))"
        case 10: return "(\(condition(&random, depth: depth + 1)) and \(condition(&random, depth: depth + 1)))"
        default: return "(\(condition(&random, depth: depth + 1)) or \(condition(&random, depth: depth + 1)))"
        }
    }

    static func action(_ random: inout SeededGenerator, rule: Int) -> String {
        switch Int.random(in: 0..<10, using: &random) {
        case 0...3: "reply \"answer \(rule) for {{contact.name or \\\"you\\\"}}\""
        case 4, 5: "tag \"\(tags.randomElement(using: &random)!)\""
        case 6: "untag \"\(tags.randomElement(using: &random)!)\""
        case 7: "forward to crm"
        case 8: "pause \(Int.random(in: 1...30, using: &random))m"
        default: "stop"
        }
    }

    /// A customer's message of a few words, now and then the seller's own answer or a non-text kind.
    static func message(_ random: inout SeededGenerator, index: Int, at: Date, contact: String) -> Message {
        let count = Int.random(in: 1...8, using: &random)
        let text = (0..<count).map { _ in
            Bool.random(using: &random) ? words.randomElement(using: &random)!.replacingOccurrences(of: "*", with: "ing") : fillers.randomElement(using: &random)!
        }.joined(separator: " ")
        let from: Sender = Int.random(in: 0..<15, using: &random) == 0 ? .business : .customer
        let kind: MessageKind = Int.random(in: 0..<12, using: &random) == 0 ? .media : .text
        let channel: Channel = Bool.random(using: &random) ? .instagram : .whatsapp
        return Message(
            id: "m\(index)", at: at, channel: channel, account: "acct", contact: contact, name: index % 3 == 0 ? "Ana" : nil,
            kind: kind, text: text, from: from)
    }
}
