import ArgumentParser
import Engine
import Foundation
import RulesDSL

/// What every `contacts` command that reads or changes the store takes: the database, and optionally the
/// rules (for the shop's time zone and the takeover time; UTC and one hour without them).
struct ContactsStoreOptions: ParsableArguments {
    @Option(help: "The SQLite database file (the one serve uses; safe while it runs).")
    var db = "rulesd.sqlite"

    @Option(help: "The rule files or directory, for the shop's time zone and takeover time (optional).")
    var rules: [String] = []

    func open() async throws -> MessageStore {
        guard PostgresLocation.isAddress(db) || FileManager.default.fileExists(atPath: db) else { throw UsageError(description: "no such database: \(PostgresLocation.redacted(db))") }
        do { return try await MessageStore.open(path: db) } catch { throw UsageError(description: "cannot open the database \(PostgresLocation.redacted(db)): \(error)") }
    }

    func pages(store: MessageStore, now: Date) async throws -> ConversationPages {
        var clock = DisplayTime(timeZone: TimeZone(identifier: "UTC")!)
        var takeover: Duration = .seconds(3600)
        if !rules.isEmpty {
            let program = try RuleSetLoading.load(rules)
            clock = DisplayTime(program.ruleSet)
            takeover = program.ruleSet.options.takeover
        }
        return ConversationPages(clock: clock, takeover: takeover, attentionTags: try await store.attentionTags(), now: now)
    }

    /// The one contact `reference` names (its key, its id or its @username).
    func contact(_ reference: String, in store: MessageStore) async throws -> String {
        let keys = try await store.contactKeys(matching: reference)
        guard let key = keys.first else {
            throw UsageError(description: "no contact matches '\(reference)' in \(PostgresLocation.redacted(db)); `rulesd contacts list` shows them")
        }
        guard keys.count == 1 else {
            throw UsageError(description: "'\(reference)' matches \(keys.count) contacts (\(keys.joined(separator: ", "))); give the whole key")
        }
        return key
    }
}

/// `rulesd contacts list`: the conversations, as the console lists them.
struct ContactsList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List contacts, the most recently active first, with their tags, status and last message.")

    @OptionGroup var store: ContactsStoreOptions

    @Option(help: "Only contacts with this tag.")
    var tag: String?

    @Option(help: "Only contacts in this status: active, paused, takeover or attention.")
    var status: String?

    @Option(help: "Only this channel: instagram or whatsapp.")
    var channel: String?

    @Option(help: "Only contacts whose name, username, id or messages contain this text.")
    var search: String?

    func run() async throws {
        var filter = ConversationFilter(search: search, tag: tag)
        if let status {
            guard let kind = ConversationStatus.Kind(rawValue: status) else {
                fail(UsageError(description: "--status is one of \(ConversationStatus.Kind.allCases.map(\.rawValue).joined(separator: ", ")), not '\(status)'"))
            }
            filter.status = kind
        }
        if let channel {
            guard let known = Channel(rawValue: channel) else { fail(UsageError(description: "--channel is instagram or whatsapp, not '\(channel)'")) }
            filter.channel = known
        }
        do {
            let database = try await store.open()
            let pages = try await store.pages(store: database, now: Date())
            let view = pages.list(try await database.conversations(search: search), filter: filter, allTags: [], csrf: "")
            for row in view.rows {
                let who = [row.name, row.username.map { "@" + $0 }].compactMap(\.self).joined(separator: " ")
                let tags = row.tags.isEmpty ? "" : "  [" + row.tags.joined(separator: ", ") + "]"
                print("\(row.key)  \(who)  \(row.status)\(tags)")
                if !row.lastText.isEmpty { print("    \(row.lastTime) \(row.lastFrom ?? ""): \(ConversationPages.shorten(row.lastText))") }
            }
            print(view.countText)
        } catch let error as UsageError {
            fail(error)
        }
    }
}

/// `rulesd contacts show ID`: one conversation with what fired and why, and how each reply went.
struct ContactsShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one contact's conversation: each message, what fired and why, each reply's delivery.")

    @OptionGroup var store: ContactsStoreOptions

    @Argument(help: "The contact: its key (channel:account:id), its id or its @username.")
    var contact: String

    func run() async throws {
        do {
            let database = try await store.open()
            let key = try await store.contact(contact, in: database)
            guard let record = try await database.conversationRecord(key) else { fail(UsageError(description: "no contact \(key)")) }
            let view = try await store.pages(store: database, now: Date()).conversation(record, csrf: "")
            print("\(view.name)\(view.username.map { " @" + $0 } ?? "") · \(view.channelName) · \(key)")
            print("status: \(view.status)" + (view.tags.isEmpty ? "" : " · tags: " + view.tags.map(\.name).joined(separator: ", ")))
            if let window = view.window { print(window) }
            for event in view.events {
                print("")
                print("[\(event.time)] \(event.who)" + (event.state.map { " — \($0)" } ?? ""))
                if let text = event.text { print("  > " + text.replacingOccurrences(of: "\n", with: "\n    ")) }
                for line in event.lines { print("  \(line)") }
                for why in event.fired?.rules ?? [] { print("  fired \(why.rule)" + (why.reasons.isEmpty ? "" : ": \(why.reasons)")) }
                for note in event.notes { print("  (\(note))") }
            }
            if !view.pending.isEmpty {
                print("")
                print("still to come:")
                for line in view.pending { print("  \(line)") }
            }
        } catch let error as UsageError {
            fail(error)
        }
    }
}

/// `rulesd contacts tag|untag ID TAG...`, `pause ID [--for]`, `resume ID`: the console's controls, on the
/// command line; each is recorded as done from the "command line".
struct ContactChangeRequest {
    enum What: String { case tag, untag, pause, resume }

    var store: ContactsStoreOptions
    var what: What
    var contact: String
    var tags: [String] = []
    var duration = "forever"

    func apply() async throws {
        let database = try await store.open()
        let key = try await store.contact(contact, in: database)
        let now = Date()
        var changes: [ContactChange]
        switch what {
        case .tag, .untag:
            guard !tags.isEmpty else { throw UsageError(description: "name the tags to \(what == .tag ? "add" : "remove")") }
            changes = tags.map { what == .tag ? .tag($0) : .untag($0) }
        case .pause:
            if duration == "forever" {
                changes = [.pause(until: ContactChange.untilResumed)]
            } else if let seconds = DurationLiteral.seconds(in: duration), seconds > 0 {
                changes = [.pause(until: now.addingTimeInterval(TimeInterval(seconds)))]
            } else {
                throw UsageError(description: "--for takes a duration such as 1h, 1d or 7d, or forever; not '\(duration)'")
            }
        case .resume:
            changes = [.resume]
        }
        for change in changes {
            let state: ContactState
            do {
                state = try await database.change(key, change, by: "command line", now: now, clock: .utc)
            } catch let refused as ContactChangeError {
                throw UsageError(description: refused.description)
            }
            // A pause never shortens a longer one: say the pause that holds.
            let done = if case .pause = change, let until = state.pausedUntil { ContactChange.pause(until: until) } else { change }
            print("\(key): \(done.detail(.utc))")
        }
    }
}

extension ParsableCommand {
    /// Applies a change by hand; a refusal is a usage error (exit 2) with the reason.
    func run(_ request: ContactChangeRequest) async throws {
        do { try await request.apply() } catch let error as UsageError { fail(error) }
    }
}

struct ContactsTag: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tag", abstract: "Add tags to a contact.")
    @OptionGroup var store: ContactsStoreOptions
    @Argument(help: "The contact: its key (channel:account:id), its id or its @username.") var contact: String
    @Argument(help: "The tags to add.") var tags: [String] = []
    func run() async throws { try await run(ContactChangeRequest(store: store, what: .tag, contact: contact, tags: tags)) }
}

struct ContactsUntag: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "untag", abstract: "Remove tags from a contact.")
    @OptionGroup var store: ContactsStoreOptions
    @Argument(help: "The contact: its key (channel:account:id), its id or its @username.") var contact: String
    @Argument(help: "The tags to remove.") var tags: [String] = []
    func run() async throws { try await run(ContactChangeRequest(store: store, what: .untag, contact: contact, tags: tags)) }
}

struct ContactsPause: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pause", abstract: "Pause automatic replies to a contact.")
    @OptionGroup var store: ContactsStoreOptions
    @Argument(help: "The contact: its key (channel:account:id), its id or its @username.") var contact: String
    @Option(name: .customLong("for"), help: "How long: a duration such as 1h, 1d or 7d, or forever (until resumed).") var duration = "forever"
    func run() async throws { try await run(ContactChangeRequest(store: store, what: .pause, contact: contact, duration: duration)) }
}

struct ContactsResume: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume", abstract: "Resume automatic replies to a contact (after a pause, or the shop taking over).")
    @OptionGroup var store: ContactsStoreOptions
    @Argument(help: "The contact: its key (channel:account:id), its id or its @username.") var contact: String
    func run() async throws { try await run(ContactChangeRequest(store: store, what: .resume, contact: contact)) }
}

