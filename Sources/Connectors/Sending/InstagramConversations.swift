import Engine
import Foundation

/// Instagram's Conversations API: the account's existing conversations and who is in them, for
/// `rulesd contacts import instagram` (so regulars are not "first contacts" on launch day).
///
/// `GET {base}/{version}/me/conversations?platform=instagram&fields=participants&limit=100`, paged with
/// `paging.cursors.after` (followed against the same base, never the absolute `paging.next` URL, so a
/// test's fake Graph API stays the only host asked).
public enum InstagramConversations {
    /// One customer in the account's conversations.
    public struct Participant: Sendable, Equatable {
        /// The customer's Instagram-scoped id (IGSID): the contact id webhooks carry.
        public var id: String
        public var username: String?
    }

    /// One page of the conversation list.
    public struct Page: Sendable, Equatable {
        public var participants: [Participant]
        /// The cursor of the next page; nil on the last one.
        public var after: String?
    }

    /// The request for the page after `cursor` (the first page when nil).
    public static func request(after cursor: String?, token: String, api: GraphAPI) -> OutboundRequest {
        var path = "me/conversations?platform=instagram&fields=participants&limit=100"
        if let cursor { path += "&after=" + (cursor.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(["&", "=", "+"])) ?? cursor) }
        return OutboundRequest(method: "GET", url: api.url(path), headers: ["Authorization": "Bearer \(token)"])
    }

    /// Reads a page: every participant but the account itself (`account`), once each.
    public static func parse(_ body: Data, account: String) -> Page? {
        guard let json = try? JSONValue.parse(body), let conversations = json["data"]?.array else { return nil }
        var participants: [Participant] = []
        for conversation in conversations {
            for person in conversation["participants"]?["data"]?.array ?? [] {
                guard let id = person["id"]?.nonEmptyString, id != account, !participants.contains(where: { $0.id == id }) else { continue }
                participants.append(Participant(id: id, username: person["username"]?.nonEmptyString))
            }
        }
        let hasNext = json["paging"]?["next"]?.nonEmptyString != nil
        let after = hasNext ? json["paging"]?["cursors"]?["after"]?.nonEmptyString : nil
        return Page(participants: participants, after: after)
    }
}

extension MetaClient {
    /// The Instagram account's id and every customer it has a conversation with, page after page (at most
    /// `maximumPages`), or the classified failure. The account is `knownAccount` when given (the seller's
    /// `INSTAGRAM_ACCOUNT_ID`), else the token's `user_id`: the id webhooks carry as `entry.id`.
    public func instagramParticipants(
        knownAccount: String? = nil, maximumPages: Int = 1000, now: Date
    ) async -> Result<(account: String, participants: [InstagramConversations.Participant]), DeliveryFailure> {
        guard let token = credentials.instagramAccessToken else { return .failure(Self.missing("INSTAGRAM_ACCESS_TOKEN")) }
        let account: String
        switch await instagramAccountID(knownAccount: knownAccount, now: now) {
        case .failure(let failure): return .failure(failure)
        case .success(let id): account = id
        }
        var participants: [InstagramConversations.Participant] = []
        var cursor: String?
        for _ in 0..<maximumPages {
            switch await get(InstagramConversations.request(after: cursor, token: token, api: api), now: now) {
            case .failure(let failure): return .failure(failure)
            case .success(let body):
                guard let page = InstagramConversations.parse(body, account: account) else {
                    return .failure(.permanent("the Graph API's conversation list could not be read: \(String(decoding: body.prefix(200), as: UTF8.self))"))
                }
                for participant in page.participants where !participants.contains(where: { $0.id == participant.id }) {
                    participants.append(participant)
                }
                guard let next = page.after else { return .success((account, participants)) }
                cursor = next
            }
        }
        return .success((account, participants))
    }
}
