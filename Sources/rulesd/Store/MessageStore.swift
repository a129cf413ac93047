import Connectors
import Engine
import Foundation

/// The durable store of `serve`, in SQLite: the journal of every message received (deduplicated by id),
/// raw bodies that could not be parsed, contact state, and the outbox.
///
/// Journal appends use group commit: appends arriving while a commit is under way wait and then share the
/// next transaction, so many concurrent webhooks cost one disk flush, and each caller returns only once
/// its messages are committed.
///
/// The actor runs on a thread of its own (``StoreThread``): its calls block on the disk or the network,
/// and never hold a thread of the cooperative pool.
actor MessageStore: ContactStateStore {
    /// The thread the actor runs on.
    private nonisolated let thread = StoreThread(name: "rulesd store")
    nonisolated var unownedExecutor: UnownedSerialExecutor { thread.asUnownedSerialExecutor() }
    /// The one connection; only this actor and its extensions use it.
    let connection: any SQLDatabase
    /// Which engine holds the store.
    nonisolated let backend: StoreBackend
    private var waiting: [(messages: [EncodedMessage], receivedAt: Date, continuation: CheckedContinuation<[Bool], any Error>)] = []
    private var flushScheduled = false
    /// How many transactions the journal appends took, for tests of group commit.
    private(set) var appendTransactions = 0
    /// The database file's path, as given (a PostgreSQL address without its password).
    nonisolated let path: String
    /// The file opened: a different file at `path` later means it was deleted or replaced.
    private let identity: FileIdentity?
    /// Why the store cannot keep what it is given now; nil when it can.
    private(set) var fault: StoreFault?

    /// Opens the store at `path`: a SQLite file (created when missing), or a PostgreSQL server's database
    /// (`postgres://...`), its schema brought up to date.
    /// - Parameter probe: write a row to check that the database can be written (serve's start), so one
    ///   that cannot be written is a clear error at once rather than a failure of every webhook.
    static func open(path: String, probe: Bool = false) async throws -> MessageStore {
        guard PostgresLocation.isAddress(path) else { return try MessageStore(path: path, probe: probe) }
        let shown = PostgresLocation.redacted(path)
        do {
            let location = try PostgresLocation(path)
            // Leased here, asynchronously: a thread of the cooperative pool must not block waiting for the pool.
            let lease = try await PostgresClients.shared.lease(location)
            let store = MessageStore(postgres: PostgresStoreConnection(location: location, lease: lease), shownAs: shown)
            // On the store's own thread: the round trips of the migrations hold no thread of the cooperative pool.
            try await store.prepare(probe: probe)
            return store
        } catch let error as StoreOpenError {
            throw error
        } catch {
            throw StoreOpenError(path: shown, detail: "\(error)")
        }
    }

    /// Opens (creating when missing) the SQLite database file at `path` and brings its schema up to date.
    init(path: String, probe: Bool = false) throws {
        precondition(!PostgresLocation.isAddress(path), "a PostgreSQL store is opened with MessageStore.open(path:)")
        self.path = path
        backend = .sqlite
        do {
            let sqlite = try SQLiteConnection(path: path)
            try Schema.migrate(sqlite)
            connection = sqlite
            // Only what Meta was told is stored must survive a power cut: journal appends commit with
            // synchronous=FULL (see `durably`). The rest (decisions, send outcomes) commits with NORMAL, which
            // in WAL mode survives any crash of the process, and on a power cut can lose only the last
            // commits, in order: their evaluations and sends then happen again.
            try connection.execute("PRAGMA synchronous=NORMAL")
            if probe { try Self.writeProbe(connection) }
        } catch {
            thread.stop()
            let folder = (path as NSString).deletingLastPathComponent
            let detail: String
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                detail = "the folder \(folder) does not exist"
            } else {
                detail = StoreFault.writeFailure(error, path: path)?.reason ?? "\(error)"
            }
            throw StoreOpenError(path: path, detail: detail)
        }
        identity = FileIdentity.of(path)
    }

    /// A store on a PostgreSQL connection, not yet ready: ``prepare(probe:)`` brings its schema up to date.
    private init(postgres: PostgresStoreConnection, shownAs path: String) {
        self.path = path
        identity = nil
        backend = .postgres
        connection = postgres
    }

    /// Brings a PostgreSQL store's schema up to date (several processes starting at once take turns), and
    /// with `probe` writes a row to check that it can be written.
    private func prepare(probe: Bool) throws {
        do {
            try PostgresSchema.migrate(connection)
            if probe { try Self.writeProbe(connection) }
        } catch {
            throw StoreOpenError(path: path, detail: "\(error)")
        }
    }

    deinit { thread.stop() }

    // MARK: Faults

    /// Checks that the file at `path` is still the one open; a deleted or replaced file is a lasting fault.
    @discardableResult
    func verifyFile() -> StoreFault? {
        if let fault, fault.kind == .fileLost { return fault }
        guard let identity else { return nil }
        let now = FileIdentity.of(path)
        guard now != identity else { return nil }
        let lost = StoreFault.fileLost(path, deleted: now == nil)
        fault = lost
        return lost
    }

    /// The store's health now: the file checked, and while writes were failing, a small write tried (so the
    /// fault clears by itself once the disk has room or the file is writable again).
    func healthCheck() -> StoreFault? {
        if let lost = verifyFile() { return lost }
        guard fault != nil else { return nil }
        do {
            try Self.writeProbe(connection)
            fault = nil
        } catch {
            fault = StoreFault.writeFailure(error, path: path) ?? fault
        }
        return fault
    }

    /// Records a failed write as the store's fault, when it is one; returns the error to throw.
    private func noting(_ error: any Error) -> any Error {
        note(error) ?? error
    }

    /// Records a failed write (of the worker, the dispatcher, a webhook) as the store's fault, so that
    /// `/healthz` reports it and the probe looks for its end; returns the fault, or nil for another error.
    @discardableResult
    func note(_ error: any Error) -> StoreFault? {
        if let fault = error as? StoreFault { return fault }
        guard let writeFault = StoreFault.writeFailure(error, path: path) else { return nil }
        if fault?.kind != .fileLost { fault = writeFault }
        return fault ?? writeFault
    }

    /// Makes the connection refuse every write (`PRAGMA query_only`), as a read-only file would: tests of
    /// a store that cannot write.
    func setReadOnly(_ readOnly: Bool) throws {
        try connection.setReadOnly(readOnly)
    }

    /// Writes and commits one small row.
    private static func writeProbe(_ connection: any SQLDatabase) throws {
        try connection.run("INSERT INTO health_probe (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at", [.date(Date())])
    }

    // MARK: Journal

    /// A message with its JSON, encoded before it reaches the actor so that work runs in parallel.
    struct EncodedMessage: Sendable {
        var message: Message
        var json: String
        /// Whether a shop answers the message's account; one no shop answers is kept, never evaluated.
        var routed = true
    }

    /// Stores messages durably; for each, whether it was new (false: a duplicate delivery). Messages for
    /// an account no shop answers (`unrouted`, by id) are kept with the status `unrouted`: never evaluated.
    nonisolated func append(_ messages: [Message], receivedAt: Date, unrouted: Set<String> = []) async throws -> [Bool] {
        let encoded = messages.map { EncodedMessage(message: $0, json: $0.normalizedJSON, routed: !unrouted.contains($0.id)) }
        return try await enqueue(encoded, receivedAt: receivedAt)
    }

    private func enqueue(_ messages: [EncodedMessage], receivedAt: Date) async throws -> [Bool] {
        try await withCheckedThrowingContinuation { continuation in
            waiting.append((messages, receivedAt, continuation))
            if !flushScheduled {
                flushScheduled = true
                Task { self.flush() }
            }
        }
    }

    private func flush() {
        let batch = waiting
        waiting = []
        flushScheduled = false
        guard !batch.isEmpty else { return }
        do {
            if let lost = verifyFile() { throw lost }
            // Inserted in the order of their ids: two processes sharing a PostgreSQL store, each given the same
            // deliveries, then wait for each other in one order and never deadlock.
            let order = batch.indices.flatMap { request in batch[request].messages.indices.map { (request, $0) } }
                .sorted { batch[$0.0].messages[$0.1].message.id < batch[$1.0].messages[$1.1].message.id }
            var results = batch.map { [Bool](repeating: false, count: $0.messages.count) }
            try durably {
                try connection.transaction {
                    for (request, index) in order {
                        results[request][index] = try insert(batch[request].messages[index], receivedAt: batch[request].receivedAt)
                    }
                }
            }
            // Committed, but to the file the next start opens? A file deleted or replaced meanwhile says no.
            if let lost = verifyFile() { throw lost }
            appendTransactions += 1
            if fault?.kind == .cannotWrite { fault = nil }
            for (request, inserted) in zip(batch, results) { request.continuation.resume(returning: inserted) }
        } catch {
            let thrown = noting(error)
            for request in batch { request.continuation.resume(throwing: thrown) }
        }
    }

    private func insert(_ encoded: EncodedMessage, receivedAt: Date) throws -> Bool {
        let message = encoded.message
        let changed = try connection.run(
            "INSERT OR IGNORE INTO journal (id, contact_key, at, message, received_at, status) VALUES (?, ?, ?, ?, ?, ?)",
            [.text(message.id), .text(message.contactKey.description), .date(message.at), .text(encoded.json), .date(receivedAt),
             .text(!encoded.routed ? "unrouted" : message.isEvaluated || message.from == .business || message.standby ? "pending" : "done")])
        return changed == 1
    }

    /// A journaled message's JSON back into a message: the fast reader first, `Codable` (with its precise
    /// error) for anything it does not take.
    static func decodeMessage(_ json: String) throws -> Message {
        if let value = try? JSONReader.parse(Data(json.utf8)), let message = Message(normalized: value) { return message }
        return try JSONDecoder().decode(Message.self, from: Data(json.utf8))
    }

    /// Keeps a signed body that could not be parsed, so nothing accepted is lost.
    func appendRaw(_ body: Data, channel: String, reason: String, receivedAt: Date) throws {
        if let lost = verifyFile() { throw lost }
        do {
            _ = try durably {
                try connection.run(
                    "INSERT INTO raw_bodies (received_at, channel, reason, body) VALUES (?, ?, ?, ?)",
                    [.date(receivedAt), .text(channel), .text(reason), .blob(body)])
            }
        } catch {
            throw noting(error)
        }
        if let lost = verifyFile() { throw lost }
    }

    /// Runs `body` so that its commit reaches the disk before it returns.
    func durably<T>(_ body: () throws -> T) throws -> T {
        try connection.durably(body)
    }

    /// Messages not yet handled by the worker, oldest first (of the contacts in `scope`).
    /// With `contacts`, only theirs (read again once they are claimed).
    func pending(limit: Int, scope: ContactScope = .everyone, contacts: Set<String>? = nil) throws -> [Message] {
        var only = ""
        var parameters: [SQLValue] = [.integer(Int64(limit))]
        if let contacts {
            guard !contacts.isEmpty else { return [] }
            only = " AND contact_key IN (" + contacts.indices.map { _ in "?" }.joined(separator: ",") + ")"
            parameters = contacts.sorted().map(SQLValue.text) + parameters
        }
        return try connection.query(
            "SELECT message FROM journal WHERE status = 'pending'\(scope.condition())\(only) ORDER BY seq LIMIT ?", parameters
        ) { row in
            try Self.decodeMessage(row.text(0) ?? "")
        }
    }

    /// Moves an entry's next attempt without counting an attempt (a rate limit said wait).
    func postpone(_ key: String, until: Date) throws {
        try connection.run("UPDATE outbox SET next_attempt = ? WHERE key = ?", [.date(until), .text(key)])
    }

    /// Marks the pending messages of accounts no shop answers any more (one dropped from a shop's rules)
    /// `unrouted`: kept, never evaluated. Returns how many.
    @discardableResult
    func markUnrouted(answered scopes: [ContactScope]) throws -> Int {
        guard !scopes.contains(.everyone) else { return 0 }
        let answered = scopes.map { $0.expression() }.joined(separator: " OR ")
        return try connection.run("UPDATE journal SET status = 'unrouted' WHERE status = 'pending' AND NOT (\(answered.isEmpty ? "FALSE" : answered))")
    }

    /// The journal from a time on, in arrival order: what `rulesd export` writes. Echoes of rulesd's own
    /// replies are left out: replaying them would look like the seller taking over.
    func journal(since: Date) throws -> [Message] {
        try connection.query("SELECT message FROM journal WHERE at >= ? AND status != 'own_echo' ORDER BY seq", [.date(since)]) { row in
            try Self.decodeMessage(row.text(0) ?? "")
        }
    }

    /// What the worker decided for one journaled message.
    enum Completion: Sendable {
        /// Evaluated (or recorded without rules): the contact's new state, the actions to carry out, and what
        /// was decided (nil for messages no rule ran on).
        case decided(
            Message, state: ContactState, outbox: [OutboxEntry], record: DecisionRecord? = nil, base: ContactState? = nil,
            scheduling: [DecidedAction] = [])
        /// A follow-up that came due: fired (its actions' outbox entries and the follow-ups they schedule)
        /// or skipped, with why. Completed only if still pending, so it fires once even when two workers
        /// raced for it.
        case followUp(
            StoredFollowUp, message: Message, state: ContactState, outbox: [OutboxEntry], status: StoredFollowUp.Status, outcome: String,
            base: ContactState?, scheduling: [DecidedAction])
        /// An earlier text of a burst (`option debounce`), evaluated within the merged message: marked done.
        case merged(Message)
        /// A follow-up that cannot be fired (its message is gone): marked skipped with why.
        case followUpSkipped(StoredFollowUp, outcome: String)
        /// The platform's echo of a reply rulesd sent: marked, nothing else changes.
        case ownEcho(Message)
        /// The shop's own comment, typed in the Instagram app (rulesd's own answers are recognised by their
        /// id first, as ``ownEcho(_:)``): marked, and the comment it answers counts as answered publicly, so
        /// rulesd does not answer it a second time.
        case ownComment(Message)

        /// The contact it belongs to, as the store writes it.
        var contactKey: String {
            switch self {
            case .decided(let message, _, _, _, _, _), .merged(let message), .ownEcho(let message), .ownComment(let message):
                message.contactKey.description
            case .followUp(let followUp, _, _, _, _, _, _, _), .followUpSkipped(let followUp, _):
                followUp.contactKey
            }
        }
    }

    /// Records a decision in one transaction: the contact's new state, its outbox entries, and the
    /// message marked done. A crash before the commit repeats the evaluation; after it, nothing repeats.
    func complete(_ message: Message, state: ContactState, outbox: [OutboxEntry], now: Date) throws {
        try complete([.decided(message, state: state, outbox: outbox, record: nil)], now: now)
    }

    /// Records several decisions in one transaction (one disk flush): each is whole or absent, as with
    /// one decision per transaction, but a busy worker no longer waits for a flush per message.
    ///
    /// With `owner` (several processes share the store), the completions of a contact whose claim `owner` no
    /// longer holds are left out: another process took the contact over, and does its work again.
    /// - Returns: how many completions were left out.
    @discardableResult
    func complete(_ completions: [Completion], now: Date, owner: String? = nil) throws -> Int {
        try connection.transaction {
            var held: Set<String>?
            if let owner, isShared {
                held = try stillClaimed(Set(completions.map(\.contactKey)), owner: owner)
            }
            var skipped = 0
            for completion in completions {
                if let held, !held.contains(completion.contactKey) {
                    skipped += 1
                    continue
                }
                switch completion {
                case .ownEcho(let message):
                    try connection.run("UPDATE journal SET status = 'own_echo' WHERE id = ?", [.text(message.id)])
                case .ownComment(let message):
                    if let parent = message.inReplyTo {
                        try recordCommentAnswer(parent, account: message.account, way: .publicly, by: "the seller", at: message.at)
                    }
                    try connection.run("UPDATE journal SET status = 'done' WHERE id = ?", [.text(message.id)])
                case .merged(let message):
                    try connection.run("UPDATE journal SET status = 'done' WHERE id = ?", [.text(message.id)])
                case .followUpSkipped(let followUp, let outcome):
                    try connection.run(
                        "UPDATE followups SET status = 'skipped', outcome = ?, done_at = ? WHERE id = ? AND status = 'pending'",
                        [.text(outcome), .date(now), .integer(followUp.id)])
                case .followUp(let followUp, let message, var state, let outbox, let status, let outcome, let base, let scheduling):
                    let claimed = try connection.run(
                        "UPDATE followups SET status = ?, outcome = ?, done_at = ? WHERE id = ? AND status = 'pending'",
                        [.text(status.rawValue), .text(outcome), .date(now), .integer(followUp.id)])
                    guard claimed == 1 else { continue }
                    if let base, let stored = try storedState(message.contactKey), stored != base {
                        state = state.carrying(changesFrom: base, to: stored)
                    }
                    try saveState(state, for: message.contactKey, now: now)
                    try insert(outbox, now: now)
                    try recordFollowUps(after: message, scheduling: scheduling, now: now, cancelling: false)
                case .decided(let message, var state, let outbox, let record, let base, let scheduling):
                    // Another writer (an import, a lifted cooldown) may have changed the contact since the
                    // worker read it: its changes are kept.
                    if let base, let stored = try storedState(message.contactKey), stored != base {
                        state = state.carrying(changesFrom: base, to: stored)
                    }
                    try saveState(state, for: message.contactKey, now: now)
                    // The customer writing (on standby too: another app may answer it) cancels what was waiting.
                    try recordFollowUps(after: message, scheduling: scheduling, now: now, cancelling: message.isEvaluated || message.standby)
                    try insert(outbox, now: now)
                    if let record {
                        try connection.run(
                            """
                            INSERT INTO decisions (message_id, contact_key, decided_at, fired, actions, why) VALUES (?, ?, ?, ?, ?, ?)
                            ON CONFLICT (message_id) DO UPDATE SET contact_key = excluded.contact_key, decided_at = excluded.decided_at,
                                fired = excluded.fired, actions = excluded.actions, why = excluded.why
                            """,
                            [.text(message.id), .text(message.contactKey.description), .date(now), .text(record.firedJSON), .text(record.actionsJSON),
                             .optional(record.whyJSON)])
                    }
                    try connection.run("UPDATE journal SET status = 'done' WHERE id = ?", [.text(message.id)])
                }
            }
            return skipped
        }
    }

    /// Inserts outbox entries (an entry already there, by key, is kept).
    private func insert(_ outbox: [OutboxEntry], now: Date) throws {
        for entry in outbox {
            try connection.run(
                """
                INSERT OR IGNORE INTO outbox (key, message_id, contact_key, kind, payload, status, attempts, next_attempt, created_at, rule,
                    choices, approved_template, fallback)
                VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?, ?, ?)
                """,
                [.text(entry.key), .text(entry.messageID), .text(entry.contactKey), .text(entry.kind.rawValue), .text(entry.payload),
                 .date(entry.nextAttempt), .date(now), .optional(entry.rule), .optional(entry.choices), .optional(entry.approvedTemplate),
                 .optional(entry.fallback)])
        }
    }

    // MARK: Contact state

    func state(for contact: ContactKey) throws -> ContactState {
        try storedState(contact) ?? ContactState()
    }

    /// The stored state of a contact; nil for one never stored.
    func storedState(_ contact: ContactKey) throws -> ContactState? {
        try storedState(key: contact.description)
    }

    /// The stored state of a contact by its key as the store writes it (`channel:account:contact`).
    func storedState(key: String) throws -> ContactState? {
        try connection.query("SELECT state FROM contacts WHERE key = ?", [.text(key)]) { row in
            try Self.decodeState(row.text(0) ?? "")
        }.first
    }

    /// A stored contact state: written by hand since schema 2; states written before by `Codable` are
    /// still read.
    static func decodeState(_ json: String) throws -> ContactState {
        try ContactState(storedJSON: json) ?? JSONDecoder().decode(ContactState.self, from: Data(json.utf8))
    }

    func save(_ state: ContactState, for contact: ContactKey) throws {
        try saveState(state, for: contact, now: Date(timeIntervalSince1970: 0))
    }

    private func saveState(_ state: ContactState, for contact: ContactKey, now: Date) throws {
        try saveState(state, key: contact.description, now: now)
    }

    /// Writes a contact's state by its key as the store writes it.
    func saveState(_ state: ContactState, key: String, now: Date) throws {
        try connection.run(
            "INSERT INTO contacts (key, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
            [.text(key), .text(state.storedJSON), .date(now)])
    }

    // MARK: Outbox

    /// Pending entries due at `now`, oldest first, of one kind or of both.
    func due(at now: Date, limit: Int, kind: OutboxEntry.Kind? = nil) throws -> [OutboxEntry] {
        try dueForSending(at: now, limit: limit, kind: kind).map(\.entry)
    }

    /// Records an attempt's outcome: sent, retry at `nextAttempt`, or finished as failed or expired.
    func record(_ key: String, status: OutboxEntry.Status, attemptAt: Date, nextAttempt: Date? = nil, error: String? = nil, platformID: String? = nil) throws {
        try connection.run(
            """
            UPDATE outbox SET status = ?, attempts = attempts + 1, first_attempt = COALESCE(first_attempt, ?),
                next_attempt = COALESCE(?, next_attempt), last_error = ?, platform_id = COALESCE(?, platform_id)
            WHERE key = ?
            """,
            [.text(status.rawValue), .date(attemptAt), nextAttempt.map(SQLValue.date) ?? .null, .optional(error), .optional(platformID), .text(key)])
    }

    /// An outbox entry by key.
    func entry(_ key: String) throws -> OutboxEntry? {
        try connection.query("SELECT status, attempts, last_error, platform_id, next_attempt FROM outbox WHERE key = ?", [.text(key)]) { row in
            OutboxEntry(
                key: key, messageID: "", contactKey: "", kind: .reply, payload: "",
                status: OutboxEntry.Status(rawValue: row.text(0) ?? "") ?? .pending, attempts: Int(row.integer(1)),
                nextAttempt: Date(timeIntervalSince1970: row.real(4)), lastError: row.text(2), platformID: row.text(3))
        }.first
    }

    /// Entries still waiting to be sent (of the contacts in `scope`).
    func outboxBacklog(scope: ContactScope = .everyone) throws -> Int {
        try connection.query("SELECT COUNT(*) FROM outbox WHERE status = 'pending'\(scope.condition())") { Int($0.integer(0)) }.first ?? 0
    }

    /// The raw bodies kept, oldest first.
    func rawBodies() throws -> [(channel: String, reason: String, body: Data)] {
        try connection.query("SELECT channel, reason, body FROM raw_bodies ORDER BY seq") { ($0.text(0) ?? "", $0.text(1) ?? "", $0.blob(2)) }
    }

    /// Each journaled message's status, in arrival order (tests, and a look at what waits).
    func journalStatuses() throws -> [String] {
        try connection.query("SELECT status FROM journal ORDER BY seq") { $0.text(0) ?? "" }
    }

    /// How many messages the journal holds.
    func journalCount() throws -> Int {
        try connection.query("SELECT COUNT(*) FROM journal") { Int($0.integer(0)) }.first ?? 0
    }
}
