import Foundation

/// The messaging platform a message came through.
public enum Channel: String, Sendable, Hashable, Codable, CaseIterable {
    case instagram
    case whatsapp
}

/// What a message is. Only customers' text, media, story, postback and comment messages are evaluated.
public enum MessageKind: String, Sendable, Hashable, Codable, CaseIterable {
    case text
    case media
    case storyReply = "story_reply"
    case storyMention = "story_mention"
    case postback
    /// A comment on an Instagram post, reel or ad (webhook field `comments`).
    case comment
    /// A comment during an Instagram Live (webhook field `live_comments`).
    case liveComment = "live_comment"
    case echo
    case reaction
    case read
    case status
    case deleted

    /// Whether rules run on messages of this kind (when a customer sent them).
    public var isEvaluated: Bool {
        switch self {
        case .text, .media, .storyReply, .storyMention, .postback, .comment, .liveComment: true
        case .echo, .reaction, .read, .status, .deleted: false
        }
    }

    /// Whether it is a comment (only rules `on comments` see those).
    public var isComment: Bool { self == .comment || self == .liveComment }
}

/// Who wrote a message: the customer, or the business (the seller or this program).
public enum Sender: String, Sendable, Hashable, Codable {
    case customer
    case business
}

/// A platform-neutral message: what the webhook parsers produce, the journal stores and the engine evaluates.
///
/// Its JSON form is the normalized message of ARCHITECTURE.md, one per line in recordings:
/// ```json
/// {"id":"m_1","at":"2026-11-24T09:15:00Z","channel":"instagram","account":"17841400000001",
///  "contact":"5512345","name":"Ana","username":"ana.shop","kind":"text","text":"How much?"}
/// ```
public struct Message: Sendable, Hashable {
    /// The platform's message id (`mid`, `wamid`) or a key derived for events without one; the dedup key.
    public var id: String
    /// When the platform says the message was sent.
    public var at: Date
    public var channel: Channel
    /// The business account: the Instagram professional account id or the WhatsApp phone number id.
    public var account: String
    /// The customer: IGSID, WhatsApp number (wa_id) or business-scoped user id.
    public var contact: String
    public var name: String?
    public var username: String?
    public var kind: MessageKind
    /// The text, caption or button title.
    public var text: String?
    /// A button, quick reply or postback payload.
    public var payload: String?
    public var from: Sender
    /// The id of the message this one replies to, when the platform says.
    public var inReplyTo: String?
    /// Whether it arrived on Instagram's standby channel (another app owns the thread): kept, never answered.
    public var standby: Bool
    /// For a comment: the post, reel, ad or live it is on (`media.id`).
    public var postID: String?
    /// For a comment: where the post is shown (`FEED`, `REELS`, `AD`, `STORY`, `LIVE`, as Meta says).
    public var surface: String?

    public init(
        id: String, at: Date, channel: Channel, account: String, contact: String, name: String? = nil,
        username: String? = nil, kind: MessageKind, text: String? = nil, payload: String? = nil,
        from: Sender = .customer, inReplyTo: String? = nil, standby: Bool = false, postID: String? = nil, surface: String? = nil
    ) {
        self.id = id
        self.at = at
        self.channel = channel
        self.account = account
        self.contact = contact
        self.name = name
        self.username = username
        self.kind = kind
        self.text = text
        self.payload = payload
        self.from = kind == .echo ? .business : from
        self.inReplyTo = inReplyTo
        self.standby = standby
        self.postID = postID
        self.surface = surface
    }

    /// Whether rules run on this message: a customer's message of an evaluated kind.
    public var isEvaluated: Bool { from == .customer && kind.isEvaluated && !standby }

    /// Whether this is the shop itself writing to the customer (an Instagram echo, a WhatsApp Business app
    /// message, a reaction the seller sent): a person is in the conversation, so `option takeover` pauses
    /// the bot. Delivery statuses and read receipts are never that.
    public var isShopOwnMessage: Bool { from == .business && (kind == .echo || kind == .reaction) }

    /// The contact this message belongs to.
    public var contactKey: ContactKey { ContactKey(channel: channel, account: account, contact: contact) }
}

/// Identifies one customer of one business account on one channel.
public struct ContactKey: Sendable, Hashable, Codable, CustomStringConvertible {
    public var channel: Channel
    public var account: String
    public var contact: String

    public init(channel: Channel, account: String, contact: String) {
        self.channel = channel
        self.account = account
        self.contact = contact
    }

    public var description: String { "\(channel.rawValue):\(account):\(contact)" }
}
