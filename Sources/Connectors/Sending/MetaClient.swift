import Engine
import Foundation

/// The seller's Meta credentials, read from the environment at the edge (ARCHITECTURE.md). The tokens are
/// held as ``Secret``s: describing, dumping or mirroring the credentials shows no token.
public struct MetaCredentials: Sendable, Equatable, CustomStringConvertible, CustomReflectable {
    private let instagramToken: Secret?
    private let whatsappToken: Secret?
    /// Not a secret: the WhatsApp phone number id.
    public let whatsappPhoneNumberID: String?

    public var instagramAccessToken: String? { instagramToken?.value }
    public var whatsappAccessToken: String? { whatsappToken?.value }

    public init(instagramAccessToken: String? = nil, whatsappAccessToken: String? = nil, whatsappPhoneNumberID: String? = nil) {
        self.instagramToken = instagramAccessToken.map(Secret.init)
        self.whatsappToken = whatsappAccessToken.map(Secret.init)
        self.whatsappPhoneNumberID = whatsappPhoneNumberID
    }

    /// From `INSTAGRAM_ACCESS_TOKEN`, `WHATSAPP_ACCESS_TOKEN` and `WHATSAPP_PHONE_NUMBER_ID`; empty values
    /// count as unset.
    public init(environment: [String: String]) {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        self.init(
            instagramAccessToken: value("INSTAGRAM_ACCESS_TOKEN"), whatsappAccessToken: value("WHATSAPP_ACCESS_TOKEN"),
            whatsappPhoneNumberID: value("WHATSAPP_PHONE_NUMBER_ID"))
    }

    public var description: String {
        let instagram = instagramToken == nil ? "unset" : "set", whatsapp = whatsappToken == nil ? "unset" : "set"
        return "MetaCredentials(instagram token: \(instagram), whatsapp token: \(whatsapp), phone number id: \(whatsappPhoneNumberID ?? "unset"))"
    }

    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}

/// Talks to the Instagram and WhatsApp APIs: replies, profile lookups and token checks, every failure
/// classified by ``FailureClassifier``.
public struct MetaClient: Sendable {
    public let transport: any HTTPTransport
    public let api: GraphAPI
    public let credentials: MetaCredentials
    /// How long a send may take.
    public var sendTimeout: Duration = .seconds(10)
    /// How long a profile lookup may take; a reply never waits longer than this for a name.
    public var profileTimeout: Duration = .seconds(1)

    public init(transport: any HTTPTransport, api: GraphAPI = GraphAPI(), credentials: MetaCredentials) {
        self.transport = transport
        self.api = api
        self.credentials = credentials
    }

    /// The same client (transport, API, timeouts) with other credentials: one shop's tokens among several.
    public func with(_ credentials: MetaCredentials) -> MetaClient {
        var client = MetaClient(transport: transport, api: api, credentials: credentials)
        client.sendTimeout = sendTimeout
        client.profileTimeout = profileTimeout
        return client
    }

    /// Sends a text reply to the contact of `message` on its channel.
    /// - Returns: the platform's id of the sent message (nil when a success answer carried none: the reply
    ///   went out, and sending it again would repeat it), or the classified failure.
    public func sendReply(
        _ text: String, choices: ReplyChoices? = nil, listButton: String = "Options", answering message: Message, now: Date
    ) async -> Result<String?, DeliveryFailure> {
        let request: OutboundRequest
        switch message.channel {
        case .instagram:
            guard let token = credentials.instagramAccessToken else { return .failure(Self.missing("INSTAGRAM_ACCESS_TOKEN")) }
            request = message.kind.isComment
                // A private reply: a direct message tied to the comment (PLATFORMS.md §9.5).
                ? InstagramComments.privateReply(text: text, choices: choices, commentID: message.id, account: nil, token: token, api: api)
                : InstagramMessaging.reply(text: text, choices: choices, to: message.contact, account: nil, token: token, api: api)
        case .whatsapp:
            guard let token = credentials.whatsappAccessToken else { return .failure(Self.missing("WHATSAPP_ACCESS_TOKEN")) }
            let phoneNumberID = credentials.whatsappPhoneNumberID ?? message.account
            let context = message.kind.isEvaluated && message.from == .customer ? message.id : nil
            request = WhatsAppMessaging.reply(
                text: text, choices: choices, listButton: listButton, to: message.contact, phoneNumberID: phoneNumberID,
                inReplyTo: context, token: token, api: api)
        }
        return await get(request, now: now, timeout: sendTimeout).map { body in
            message.channel == .instagram ? InstagramMessaging.messageID(in: body) : WhatsAppMessaging.messageID(in: body)
        }
    }

    /// Sends an approved WhatsApp template to the contact of `message` (PLATFORMS.md §11.1); a marketing
    /// template goes to `/marketing_messages` when `marketing` says the number takes it there (§11.2).
    /// - Returns: the wamid, or the classified failure, told with the template's name and language.
    public func sendTemplate(_ template: WhatsAppTemplateMessage, answering message: Message, marketing: Bool = false, now: Date) async
        -> Result<String?, DeliveryFailure>
    {
        guard let token = credentials.whatsappAccessToken else { return .failure(Self.missing("WHATSAPP_ACCESS_TOKEN")) }
        let phoneNumberID = credentials.whatsappPhoneNumberID ?? message.account
        let request = WhatsAppTemplates.send(template, to: message.contact, phoneNumberID: phoneNumberID, marketing: marketing, token: token, api: api)
        return await get(request, now: now, timeout: sendTimeout)
            .map(WhatsAppMessaging.messageID(in:))
            .mapError { WhatsAppTemplateError.naming($0, template: template.name, language: template.language) }
    }

    /// Answers under an Instagram comment (`POST /{comment-id}/replies`, PLATFORMS.md §9.6).
    /// - Returns: the new comment's id, or the classified failure.
    public func sendPublicReply(_ text: String, toComment commentID: String, now: Date) async -> Result<String?, DeliveryFailure> {
        guard let token = credentials.instagramAccessToken else { return .failure(Self.missing("INSTAGRAM_ACCESS_TOKEN")) }
        let request = InstagramComments.publicReply(text: text, commentID: commentID, token: token, api: api)
        return await get(request, now: now, timeout: sendTimeout).map(InstagramComments.commentID(in:))
    }

    /// An Instagram contact's name and username, or nil when the lookup fails or takes too long.
    public func profile(ofInstagramUser user: String) async -> (name: String?, username: String?)? {
        guard let token = credentials.instagramAccessToken else { return nil }
        guard let result = try? await transport.execute(InstagramMessaging.profile(of: user, token: token, api: api), timeout: profileTimeout),
            (200..<300).contains(result.status)
        else { return nil }
        let profile = InstagramMessaging.parseProfile(result.body)
        return profile.name == nil && profile.username == nil ? nil : profile
    }

    /// Whom the configured token of a channel belongs to, for `rulesd connect-test`.
    public func identify(_ channel: Channel, now: Date) async -> Result<String, DeliveryFailure> {
        switch channel {
        case .instagram:
            guard let token = credentials.instagramAccessToken else { return .failure(Self.missing("INSTAGRAM_ACCESS_TOKEN")) }
            return await send(InstagramMessaging.whoAmI(token: token, api: api), timeout: sendTimeout, now: now) { body in
                let json = try? JSONValue.parse(body)
                guard let id = json?["user_id"]?.nonEmptyString ?? json?["id"]?.nonEmptyString else { return nil }
                return json?["username"]?.nonEmptyString.map { "@\($0) (account id \(id))" } ?? "account id \(id)"
            }
        case .whatsapp:
            guard let token = credentials.whatsappAccessToken else { return .failure(Self.missing("WHATSAPP_ACCESS_TOKEN")) }
            guard let phoneNumberID = credentials.whatsappPhoneNumberID else { return .failure(Self.missing("WHATSAPP_PHONE_NUMBER_ID")) }
            return await send(WhatsAppMessaging.phoneNumber(phoneNumberID, token: token, api: api), timeout: sendTimeout, now: now) { body in
                let json = try? JSONValue.parse(body)
                guard let number = json?["display_phone_number"]?.nonEmptyString else { return nil }
                return [json?["verified_name"]?.string, number].compactMap(\.self).joined(separator: ", ")
            }
        }
    }

    /// A request's answer body on success (any 2xx), or the classified failure.
    func get(_ request: OutboundRequest, now: Date, timeout: Duration? = nil) async -> Result<Data, DeliveryFailure> {
        let result: HTTPResult
        do { result = try await transport.execute(request, timeout: timeout ?? sendTimeout) } catch { return .failure(FailureClassifier.transport(error.description)) }
        guard (200..<300).contains(result.status) else {
            return .failure(FailureClassifier.graph(status: result.status, body: result.body, retryAfter: result.headers["retry-after"], now: now))
        }
        return .success(result.body)
    }

    private func send(_ request: OutboundRequest, timeout: Duration, now: Date, read: (Data) -> String?) async -> Result<String, DeliveryFailure> {
        let result: HTTPResult
        do { result = try await transport.execute(request, timeout: timeout) } catch { return .failure(FailureClassifier.transport(error.description)) }
        guard (200..<300).contains(result.status) else {
            return .failure(FailureClassifier.graph(status: result.status, body: result.body, retryAfter: result.headers["retry-after"], now: now))
        }
        guard let value = read(result.body) else {
            var failure = FailureClassifier.graph(status: 502, body: nil, retryAfter: nil, now: now)
            failure.explanation = "the platform answered 200 without the expected fields"
            failure.message = String(decoding: result.body.prefix(200), as: UTF8.self)
            return .failure(failure)
        }
        return .success(value)
    }

    static func missing(_ variable: String) -> DeliveryFailure {
        .permanent(ConnectorError.missingConfiguration(variable).description)
    }
}
