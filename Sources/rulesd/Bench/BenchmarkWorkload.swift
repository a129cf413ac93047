import Engine
import Foundation
import RulesDSL

/// Generated rule sets and messages for `rulesd bench`: N rules sharing K keywords, and 200-byte messages
/// that mention about two of those keywords among ordinary words. Deterministic for a given seed.
///
/// The ordinary words are neutral or friendly, as most messages are, so `sentiment < -0.6` is settled
/// without scoring them; `complaining` starts every message with a complaint, which must be scored.
///
/// Four of the rules are ones every real set has and that no keyword guards (``UnguardedRule``); `leavingOut`
/// drops some of them (keyword rules take their places, so the set keeps its size), to show what each costs.
struct BenchmarkWorkload {
    /// The rules of the set that no keyword guards, evaluated for every message.
    enum UnguardedRule: String, CaseIterable, Sendable {
        /// `when first contact`: a welcome reply.
        case welcome
        /// `when message matches /order.../`: a PCRE2 regex.
        case order
        /// `when sentiment < -0.6`.
        case angry
        /// `when outside open and not tagged "vip"`: opening hours in a time zone.
        case closed

        /// The rule's text in the rule language.
        var ruleText: String {
            switch self {
            case .welcome: "rule \"welcome\" when first contact then reply welcome tag \"new\" end\n"
            case .order: "rule \"order number\" priority 5 when message matches /\\border\\s*#?\\d{4,}/i then tag \"order\" end\n"
            case .angry: "rule \"angry\" priority 9 when sentiment < -0.6 then tag \"angry\" end\n"
            case .closed: "rule \"closed\" priority -1 when outside open and not tagged \"vip\" then reply \"We're closed.\" end\n"
            }
        }
    }

    let ruleCount: Int
    let keywordCount: Int
    let ruleText: String
    let messages: [Message]

    init(
        rules ruleCount: Int, keywords keywordCount: Int, messageCount: Int = 2_000, complaining: Bool = false, seed: UInt64 = 42,
        leavingOut left: Set<UnguardedRule> = []
    ) {
        self.ruleCount = ruleCount
        self.keywordCount = keywordCount
        var random = SeededGenerator(seed: seed)
        let keywords = (0..<keywordCount).map { Self.keyword($0) }
        var text = "hours open = mon-fri 09:00-18:00 in \"Europe/Madrid\"\noption max_replies = 5 per 1h\n"
        // A few rules every real set has, evaluated for every message: no keyword guards them.
        let unguarded = UnguardedRule.allCases.filter { !left.contains($0) }
        if unguarded.contains(.welcome) { text += "template welcome = \"Hi {{contact.name or \\\"there\\\"}}! Welcome.\"\n" }
        for rule in unguarded { text += rule.ruleText }
        let keywordRules = max(0, ruleCount - unguarded.count)
        let perRule = max(1, keywordCount / max(1, keywordRules))
        for index in 0..<keywordRules {
            let words = (0..<perRule).map { offset in keywords[(index * perRule + offset) % keywords.count] }
            let listed = words.map { "\"\($0)\"" }.joined(separator: ", ")
            let guardTag = index % 3 == 0 ? " and not tagged \"t\(index % 50)\"" : ""
            text += "rule \"r\(index)\" priority \(index % 7) cooldown \(index % 4 + 1)h\n"
            text += "  when message contains any \(listed)\(guardTag)\n"
            text += "  then\n    reply \"Answer \(index) for {{contact.name or \\\"you\\\"}}\"\n    tag \"t\(index % 50)\"\nend\n"
        }
        self.ruleText = text

        let filler = [
            "hello", "hi", "there", "i", "would", "like", "to", "know", "if", "you", "have", "the", "dress", "in",
            "blue", "and", "what", "is", "your", "best", "offer", "for", "two", "of", "them", "please", "thanks",
            "also", "when", "can", "it", "arrive", "my", "city", "tomorrow", "or", "next", "week", "ok", "great",
            "¿", "envío", "señora", "😊", "👍🏽", "so", "nice",
        ]
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        self.messages = (0..<messageCount).map { index in
            var words: [String] = complaining ? [Self.complaints[index % Self.complaints.count]] : []
            var length = words.first.map { $0.utf8.count + 1 } ?? 0
            var mentions = 0
            while length < 200 {
                let word: String
                if mentions < 2, random.next() % 12 == 0 {
                    word = keywords[Int(random.next() % UInt64(keywords.count))]
                    mentions += 1
                } else {
                    word = filler[Int(random.next() % UInt64(filler.count))]
                }
                words.append(word)
                length += word.utf8.count + 1
            }
            let text = String(words.joined(separator: " ").utf8.prefix(200)) ?? ""
            return Message(
                id: "bench-\(index)", at: start.addingTimeInterval(Double(index) * 37), channel: index % 2 == 0 ? .instagram : .whatsapp,
                account: "acct", contact: "contact-\(index % 300)", name: index % 3 == 0 ? "Ana" : nil, kind: .text, text: text)
        }
    }

    static let complaints = [
        "still waiting for my refund!", "not happy at all,", "this is awful.", "where is my order??", "I can't believe it,",
        "kinda disappointed tbh", "worst service ever", "the zipper broke :(",
    ]

    /// A keyword: one word, a two-word phrase or a prefix, all distinct.
    static func keyword(_ index: Int) -> String {
        switch index % 10 {
        case 0: "kw\(index) phrase"
        case 1: "pre\(index)*"
        default: "kw\(index)"
        }
    }
}
