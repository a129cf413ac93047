import Foundation

/// What the engine decided for one message: the actions to carry out, the contact's new state, and why.
///
/// It does not repeat the message: the caller has it, and a copy retained and released each of its dozen
/// strings on every evaluation.
public struct Decision: Sendable, Equatable {
    /// Whether rules ran (false for echoes, reactions, reads, statuses and deletions).
    public var evaluated: Bool
    public var actions: [DecidedAction]
    /// The contact's state after this message.
    public var state: ContactState
    public var trace: Trace
    /// Names of the rules that fired, in order.
    public var firedRules: [String]
    /// The language the message was read in (its own when rulesd was sure, else the contact's last); nil
    /// when neither is known, or the message was not evaluated.
    public var language: Language? = nil

    /// The first reply to send, if any.
    public var reply: DecidedAction.Reply? {
        for action in actions { if case .reply(let reply) = action { return reply } }
        return nil
    }

    /// Every reply to send, in order (more than one with `option replies_per_message`).
    public var replies: [DecidedAction.Reply] {
        actions.compactMap { if case .reply(let reply) = $0 { reply } else { nil } }
    }
}

/// An action decided by a rule.
public enum DecidedAction: Sendable, Equatable {
    /// A reply to send to the contact.
    public struct Reply: Sendable, Equatable {
        public var text: String
        /// The template's name, or nil for an inline `reply "text"`.
        public var template: String?
        public var rule: String
        /// Whether the text was cut to the channel's limit.
        public var truncated: Bool
        /// The buttons, link or one-tap question sent with the text.
        public var choices: ReplyChoices? = nil
        /// When the reply is an approved WhatsApp template (`reply T`, or `reply A else T` once the window
        /// has closed): what to send instead of `text`, which then only describes it.
        public var whatsappTemplate: WhatsAppTemplateMessage? {
            get { templates?.approved }
            set { templates = ReplyTemplates(approved: newValue, fallback: fallback) }
        }
        /// `reply A else T` on WhatsApp: the template to send instead should the customer's window close
        /// before the reply goes out.
        public var fallback: WhatsAppTemplateMessage? {
            get { templates?.fallback }
            set { templates = ReplyTemplates(approved: whatsappTemplate, fallback: newValue) }
        }
        /// Both, boxed: most replies have neither, and a reply (so every decided action) stays small.
        private var templates: ReplyTemplates?

        public init(
            text: String, template: String?, rule: String, truncated: Bool, choices: ReplyChoices? = nil,
            whatsappTemplate: WhatsAppTemplateMessage? = nil, fallback: WhatsAppTemplateMessage? = nil
        ) {
            self.text = text
            self.template = template
            self.rule = rule
            self.truncated = truncated
            self.choices = choices
            if whatsappTemplate != nil || fallback != nil { templates = ReplyTemplates(approved: whatsappTemplate, fallback: fallback) }
        }
    }

    /// A reply's approved WhatsApp templates, in one allocation.
    final class ReplyTemplates: Sendable, Equatable {
        let approved: WhatsAppTemplateMessage?
        let fallback: WhatsAppTemplateMessage?

        init(approved: WhatsAppTemplateMessage?, fallback: WhatsAppTemplateMessage?) {
            self.approved = approved
            self.fallback = fallback
        }

        static func == (lhs: ReplyTemplates, rhs: ReplyTemplates) -> Bool { lhs.approved == rhs.approved && lhs.fallback == rhs.fallback }
    }

    case reply(Reply)
    /// An answer under the customer's comment, visible to everyone (`reply publicly`).
    case publicReply(Reply)
    case tag(String, rule: String)
    case untag(String, rule: String)
    case forward(endpoint: String, rule: String)
    case pause(until: Date, rule: String)
    /// `follow up "NAME"`: the follow-up is due for this contact then (scheduling it again restarts it);
    /// `keep`: the customer's next message does not cancel it.
    case followUp(name: String, due: Date, keep: Bool, rule: String)

    /// The rule that decided it.
    public var rule: String {
        switch self {
        case .reply(let reply), .publicReply(let reply): reply.rule
        case .tag(_, let rule), .untag(_, let rule), .forward(_, let rule), .pause(_, let rule): rule
        case .followUp(_, _, _, let rule): rule
        }
    }
}

/// Why the engine decided what it did: notes about the message, and per rule whether it fired and why.
public struct Trace: Sendable, Equatable, Codable {
    public var notes: [String] = []
    public var rules: [RuleTrace] = []

    public init() {}
}

/// One rule's part in a decision.
public struct RuleTrace: Sendable, Equatable, Codable {
    public var rule: String
    public var fired: Bool
    /// What made it fire (the matched word, the score...) or the reason it did not.
    public var reasons: [String]
}

/// How much of the trace to build: all of it for dry-runs, less on the hot path.
public enum TraceLevel: Sendable {
    /// Every rule, fired or not, with reasons.
    case full
    /// Only the rules that fired, with reasons, and the notes.
    case fired
    /// As `fired`, but nothing is read for the explanation alone: the message's language and sentiment
    /// are told only when a rule reads them. What `serve` keeps in its journal of decisions, at a cost close
    /// to `none` (a fired rule is evaluated a second time, with its reasons).
    case journal
    /// Nothing.
    case none
}
