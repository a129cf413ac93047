import ArgumentParser
import Connectors
import Engine
import Foundation

/// `rulesd contacts ...`: the shop's customers in the store.
struct Contacts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work with the shop's customers in the store: import, list, show, tag, untag, pause, resume.",
        subcommands: [
            ContactsImport.self, ContactsList.self, ContactsShow.self, ContactsTag.self, ContactsUntag.self, ContactsPause.self, ContactsResume.self,
        ])
}

/// `rulesd contacts import [--db PATH] FILE.csv | instagram`: the seller's existing customers, so that on
/// launch day every regular is not greeted as a first contact.
struct ContactsImport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import existing customers: known contacts are never a \"first contact\" and carry their tags.",
        discussion: """
            FILE.csv has the header channel,id,name,tags (tags separated by ;) and optionally account and \
            username columns. Without an account column, Instagram rows belong to INSTAGRAM_ACCOUNT_ID and WhatsApp \
            rows to WHATSAPP_PHONE_NUMBER_ID. WhatsApp ids are phone numbers with their country code.

            `rulesd contacts import instagram` imports everyone the Instagram account has a conversation with, \
            through the Graph API (INSTAGRAM_ACCESS_TOKEN; GRAPH_API_BASE as for serve).

            Importing twice changes nothing. A bad row is reported with its line and skipped; the rest is imported.

            Exit status: 0 all imported, 1 some rows skipped or the platform refused, 2 usage or I/O errors, \
            3 the Graph API could not be reached.
            """)

    @Argument(help: "A CSV file, or instagram.")
    var source: String

    @Option(help: "The SQLite database file (created when missing).")
    var db = "rulesd.sqlite"

    @Option(name: .customLong("tag"), help: "A tag to give every imported contact (repeatable).")
    var tags: [String] = []

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        var contacts: [ImportedContact]
        var skipped: [SkippedRow] = []
        var origin = source
        if source == "instagram" {
            contacts = try await instagramContacts(environment: environment)
            origin = "the Instagram account's conversations"
        } else {
            guard let data = FileManager.default.contents(atPath: source) else { fail(UsageError(description: "cannot read \(source)")) }
            guard let text = String(data: data, encoding: .utf8) else {
                fail(UsageError(description: "\(source) is not UTF-8 text; save it as \"CSV UTF-8\" and try again"))
            }
            do {
                (contacts, skipped) = try ContactImportFile(environment: environment).read(text)
            } catch {
                fail(UsageError(description: "\(source):\(error.line): \(error.reason)"))
            }
        }
        for index in contacts.indices { contacts[index].tags += tags }
        let store: MessageStore
        do { store = try await MessageStore.open(path: db) } catch { fail(UsageError(description: "cannot open the database \(PostgresLocation.redacted(db)): \(error)")) }
        let summary = try await store.importContacts(contacts, now: Date())
        for row in skipped { printError("\(source):\(row.line): \(row.reason); skipped") }
        let rows = skipped.isEmpty ? "" : "; \(skipped.count) row\(skipped.count == 1 ? "" : "s") skipped"
        print("imported \(contacts.count) contact\(contacts.count == 1 ? "" : "s") from \(origin) into \(PostgresLocation.redacted(db)): \(summary.added) new, \(summary.updated) updated, \(summary.unchanged) unchanged\(rows)")
        if !skipped.isEmpty { throw ExitCode(ExitStatus.problems) }
    }

    private func instagramContacts(environment: [String: String]) async throws -> [ImportedContact] {
        let credentials = MetaCredentials(environment: environment)
        guard credentials.instagramAccessToken != nil else {
            fail(UsageError(description: ConnectorError.missingConfiguration("INSTAGRAM_ACCESS_TOKEN").description))
        }
        let api = GraphAPI(environment: environment)
        let transport = AsyncHTTPTransport()
        let knownAccount = environment["INSTAGRAM_ACCOUNT_ID"].flatMap { $0.isEmpty ? nil : $0 }
        let result = await MetaClient(transport: transport, api: api, credentials: credentials)
            .instagramParticipants(knownAccount: knownAccount, now: Date())
        try? await transport.shutdown()
        switch result {
        case .success(let (account, participants)):
            return participants.map { participant in
                ImportedContact(
                    key: ContactKey(channel: .instagram, account: account, contact: participant.id), name: nil,
                    username: participant.username, tags: [])
            }
        case .failure(let failure) where failure.isNoAnswer:
            printError("rulesd: " + ConnectTest.unreachable(api, failure, environment: environment))
            throw ExitCode(ExitStatus.unreachable)
        case .failure(let failure):
            printError("rulesd: the Graph API refused the conversation list: \(failure)")
            throw ExitCode(ExitStatus.problems)
        }
    }
}
