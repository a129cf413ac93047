import ArgumentParser
import Connectors
import Engine
import Foundation

/// `rulesd simulate TEXT`: posts a signed, real-shaped webhook for one customer message to a running
/// `serve`, then prints what the server answered and what was decided for that message (read back from
/// the store), so a seller can try the bot without Meta.
struct Simulate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Send a customer message to a running `rulesd serve` as Meta would, and show what the bot did.",
        discussion: """
            The body is signed with INSTAGRAM_APP_SECRET or WHATSAPP_APP_SECRET from the environment (the same \
            values serve has). The account is INSTAGRAM_ACCOUNT_ID or WHATSAPP_PHONE_NUMBER_ID when set. What was \
            decided is read from the database serve writes (--db, as given to serve).

            Exit status: 0 the server accepted the message, 1 it refused it (the reason is printed), \
            2 usage, 3 the server could not be reached.
            """)

    @Argument(help: "What the customer writes (with --payload: the title of the button they tap).")
    var text: String

    @Option(help: "The running server's address.")
    var url = "http://127.0.0.1:8080"

    @Option(help: "instagram or whatsapp.")
    var channel: Channel = .instagram

    @Option(help: "The customer's id (an Instagram-scoped id, or a WhatsApp number).")
    var from: String?

    @Option(help: "The customer's name.")
    var name: String?

    @Option(help: "A button payload: the message is a button tap (Instagram quick reply, WhatsApp reply button).")
    var payload: String?

    @Option(help: "The database serve writes, to read back what was decided.")
    var db = "rulesd.sqlite"

    @Option(help: "How many seconds to wait for the decision and the sends.")
    var wait: Double = 10

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let secretName = channel == .instagram ? "INSTAGRAM_APP_SECRET" : "WHATSAPP_APP_SECRET"
        guard let secret = environment[secretName], !secret.isEmpty else {
            fail(UsageError(description: "\(secretName) is not set; give it the value serve has, so the message is signed as Meta signs it"))
        }
        let accountName = channel == .instagram ? "INSTAGRAM_ACCOUNT_ID" : "WHATSAPP_PHONE_NUMBER_ID"
        let webhook = SimulatedWebhook(
            channel: channel, account: environment[accountName].flatMap { $0.isEmpty ? nil : $0 } ?? SimulatedWebhook.defaultAccount(channel),
            sender: from ?? SimulatedWebhook.defaultSender(channel), name: name, text: text, payload: payload,
            messageID: SimulatedWebhook.newMessageID(channel), at: Date())
        if channel == .instagram, let name { try await rememberInstagramName(name, of: webhook) }

        var base = url
        while base.hasSuffix("/") { base.removeLast() }
        let body = webhook.body
        let request = OutboundRequest(
            method: "POST", url: "\(base)/webhooks/\(channel.rawValue)",
            headers: ["Content-Type": "application/json", WebhookSignature.header: WebhookSignature.sign(body: body, secret: secret)],
            body: body)
        let transport = AsyncHTTPTransport()
        let answer: HTTPResult
        do {
            answer = try await transport.execute(request, timeout: .seconds(10))
        } catch {
            try? await transport.shutdown()
            printError("rulesd: could not reach rulesd serve at \(base) (\(FailureClassifier.plainTransportReason(String(describing: error)))); is it running? (--url)")
            throw ExitCode(ExitStatus.unreachable)
        }
        try? await transport.shutdown()
        let answerText = String(decoding: answer.body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        print("\(channel.rawValue) message \(webhook.messageID) from \(webhook.sender): \"\(text)\"")
        print("server answered \(answer.status) \(answerText)")
        guard answer.status == 200 else {
            if answer.status == 401 { print("the server refused the signature: give \(secretName) the same value as serve's") }
            throw ExitCode(ExitStatus.problems)
        }
        await printDecision(of: webhook.messageID)
    }

    /// Instagram webhooks carry no names (serve looks them up on the Graph API): the name is written to the
    /// contact in the store, as that lookup would have.
    private func rememberInstagramName(_ name: String, of webhook: SimulatedWebhook) async throws {
        guard PostgresLocation.isAddress(db) || FileManager.default.fileExists(atPath: db), let store = try? await MessageStore.open(path: db) else { return }
        let key = ContactKey(channel: .instagram, account: webhook.account, contact: webhook.sender)
        var state = try await store.state(for: key)
        guard state.name == nil else { return }
        state.name = name
        try await store.save(state, for: key)
    }

    /// Waits for the worker's decision and the sends, then prints them.
    private func printDecision(of id: String) async {
        guard PostgresLocation.isAddress(db) || FileManager.default.fileExists(atPath: db), let store = try? await MessageStore.open(path: db) else {
            print("(what was decided cannot be shown: no database at \(PostgresLocation.redacted(db)); pass --db with the path serve uses)")
            return
        }
        let deadline = Date().addingTimeInterval(wait)
        var status = try? await store.journalStatus(ofMessage: id)
        while status == "pending" || status == nil, Date() < deadline {
            try? await Task.sleep(for: .milliseconds(100))
            status = try? await store.journalStatus(ofMessage: id)
        }
        guard status == "done" else {
            print(status == nil
                ? "(the message is not in \(PostgresLocation.redacted(db)): is it the database serve uses?)"
                : "(not evaluated yet after \(Int(wait)) s; see serve's log)")
            return
        }
        guard let record = try? await store.decision(ofMessage: id) else {
            print("not evaluated (only customers' messages run rules)")
            return
        }
        print(record.firedRules.isEmpty ? "no rule fired" : "fired: " + record.firedRules.joined(separator: ", "))
        var entries = (try? await store.outboxEntries(ofMessage: id)) ?? []
        while entries.contains(where: { $0.status == .pending && $0.attempts == 0 }), Date() < deadline {
            try? await Task.sleep(for: .milliseconds(100))
            entries = (try? await store.outboxEntries(ofMessage: id)) ?? entries
        }
        var replyIndex = 0, forwardIndex = 0, publicIndex = 0
        let replies = entries.filter { $0.kind == .reply }, forwards = entries.filter { $0.kind == .forward }
        let publicReplies = entries.filter { $0.kind == .publicReply }
        for action in record.actions {
            let rule = action["rule"] as? String ?? "?"
            switch action["type"] as? String {
            case "reply":
                let template = (action["template"] as? String).map { " (\($0))" } ?? ""
                let entry = replyIndex < replies.count ? replies[replyIndex] : nil
                replyIndex += 1
                print("  reply\(template) from \"\(rule)\": \(action["text"] as? String ?? "")")
                print("    \(Self.describe(entry))")
            case "public_reply":
                let template = (action["template"] as? String).map { " (\($0))" } ?? ""
                let entry = publicIndex < publicReplies.count ? publicReplies[publicIndex] : nil
                publicIndex += 1
                print("  public reply\(template) from \"\(rule)\": \(action["text"] as? String ?? "")")
                print("    \(Self.describe(entry))")
            case "forward":
                let entry = forwardIndex < forwards.count ? forwards[forwardIndex] : nil
                forwardIndex += 1
                print("  forward to \(action["endpoint"] as? String ?? "?") from \"\(rule)\": \(Self.describe(entry))")
            case "tag": print("  tag \"\(action["tag"] as? String ?? "")\" from \"\(rule)\"")
            case "untag": print("  untag \"\(action["tag"] as? String ?? "")\" from \"\(rule)\"")
            case "pause": print("  pause until \(action["until"] as? String ?? "?") from \"\(rule)\"")
            default: break
            }
        }
    }

    /// Where an outbox entry stands, in a few words.
    static func describe(_ entry: OutboxEntry?) -> String {
        guard let entry else { return "not queued" }
        switch entry.status {
        case .sent where entry.platformID == "dry-run": return "recorded, not sent (dry mode: no access token)"
        case .sent: return "sent" + (entry.platformID.map { " (id \($0))" } ?? "")
        case .pending where entry.attempts == 0: return "waiting to be sent"
        case .pending: return "waiting to retry after \(entry.attempts) attempt\(entry.attempts == 1 ? "" : "s"): \(entry.lastError ?? "")"
        case .failed: return "failed: \(entry.lastError ?? "no reason given")"
        case .expired: return "not sent: \(entry.lastError ?? "the messaging window closed")"
        }
    }
}
