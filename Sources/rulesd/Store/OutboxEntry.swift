import Foundation

/// One action waiting to be carried out: a reply or a CRM delivery, keyed for idempotency.
struct OutboxEntry: Sendable, Equatable, Codable {
    enum Kind: String, Sendable, Codable {
        /// A message to the customer; to a comment, the private reply (a direct message tied to it).
        case reply
        /// A delivery to a CRM endpoint.
        case forward
        /// An answer under a customer's Instagram comment.
        case publicReply = "public_reply"
    }
    enum Status: String, Sendable, Codable { case pending, sent, failed, expired }

    /// `message id:rule:action index`: the same decision always makes the same key, so a repeated
    /// evaluation can never enqueue an action twice.
    var key: String
    var messageID: String
    var contactKey: String
    var kind: Kind
    /// What to send: the reply text, or the endpoint name (the forward's body is built at send time).
    var payload: String
    var status: Status = .pending
    var attempts = 0
    var nextAttempt: Date
    var firstAttempt: Date?
    var lastError: String?
    var platformID: String?
    /// The rule that decided it (nil for entries stored before schema 3).
    var rule: String?
    /// A reply's buttons, link or one-tap question (``ReplyChoices/json``); nil for text alone.
    var choices: String?
    /// The approved WhatsApp template this reply is (``WhatsAppTemplateMessage/json``): sent as it is,
    /// whether or not the window is open.
    var approvedTemplate: String?
    /// The approved WhatsApp template to send instead should the window close before the reply goes out.
    var fallback: String?
}
