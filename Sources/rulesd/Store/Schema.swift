/// The store's schema, as numbered migrations applied in order; `PRAGMA user_version` remembers how many
/// ran. Never edit a migration that has shipped: add a new one.
enum Schema {
    static let migrations: [String] = [
        // 1: journal, raw bodies, contacts, outbox.
        """
        CREATE TABLE journal (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            contact_key TEXT NOT NULL,
            at REAL NOT NULL,
            message TEXT NOT NULL,
            received_at REAL NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending'
        );
        CREATE INDEX journal_pending ON journal (status, seq);
        CREATE INDEX journal_at ON journal (at);
        CREATE TABLE raw_bodies (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            received_at REAL NOT NULL,
            channel TEXT NOT NULL,
            reason TEXT NOT NULL,
            body BLOB NOT NULL
        );
        CREATE TABLE contacts (
            key TEXT PRIMARY KEY,
            state TEXT NOT NULL,
            updated_at REAL NOT NULL
        );
        CREATE TABLE outbox (
            key TEXT PRIMARY KEY,
            message_id TEXT NOT NULL,
            contact_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt REAL NOT NULL,
            first_attempt REAL,
            last_error TEXT,
            platform_id TEXT,
            created_at REAL NOT NULL
        );
        CREATE INDEX outbox_due ON outbox (status, next_attempt);
        """,
        // 2: WhatsApp delivery statuses (the most advanced one per sent message), and echo correlation.
        """
        CREATE TABLE deliveries (
            platform_id TEXT PRIMARY KEY,
            status TEXT NOT NULL,
            rank INTEGER NOT NULL,
            at REAL NOT NULL,
            error TEXT
        );
        CREATE INDEX outbox_platform_id ON outbox (platform_id);
        CREATE INDEX outbox_contact ON outbox (contact_key, created_at);
        """,
        // 3: the rule behind each outbox entry (an unheard reply releases its rule's cooldown), and what was
        // decided for each evaluated message (`rulesd simulate` reads it back).
        """
        ALTER TABLE outbox ADD COLUMN rule TEXT;
        CREATE TABLE decisions (
            message_id TEXT PRIMARY KEY,
            contact_key TEXT NOT NULL,
            decided_at REAL NOT NULL,
            fired TEXT NOT NULL,
            actions TEXT NOT NULL
        );
        """,
        // 4: one row rewritten to check that the file can be written (at start, and while writes fail).
        """
        CREATE TABLE health_probe (id INTEGER PRIMARY KEY, at REAL NOT NULL);
        """,
        // 5: a reply's buttons, and the approved WhatsApp template it is (or falls back to once the window has
        // closed); follow-ups scheduled for contacts, until they fire, are skipped or are cancelled; which Instagram comments were answered, privately or publicly, and by whom (Meta takes one
        // private reply per comment, and nothing stops a second public one); WhatsApp templates' status as
        // Meta last reported it.
        """
        ALTER TABLE outbox ADD COLUMN choices TEXT;
        ALTER TABLE outbox ADD COLUMN approved_template TEXT;
        ALTER TABLE outbox ADD COLUMN fallback TEXT;
        CREATE TABLE comment_answers (
            comment_id TEXT NOT NULL,
            way TEXT NOT NULL,
            account TEXT NOT NULL,
            answered_by TEXT NOT NULL,
            at REAL NOT NULL,
            PRIMARY KEY (comment_id, way)
        );
        CREATE INDEX comment_answers_recent ON comment_answers (account, way, at);
        CREATE TABLE followups (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            contact_key TEXT NOT NULL,
            name TEXT NOT NULL,
            message_id TEXT NOT NULL,
            message TEXT NOT NULL,
            scheduled_at REAL NOT NULL,
            due_at REAL NOT NULL,
            keep INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            outcome TEXT,
            done_at REAL
        );
        CREATE INDEX followups_due ON followups (status, due_at);
        CREATE INDEX followups_contact ON followups (contact_key, status);
        CREATE TABLE whatsapp_templates (
            account TEXT NOT NULL,
            name TEXT NOT NULL,
            language TEXT NOT NULL,
            status TEXT,
            category TEXT,
            reason TEXT,
            updated_at REAL NOT NULL,
            PRIMARY KEY (account, name, language)
        );
        """,
        // 6: the seller's console. Why each decision was taken (the fired rules' reasons and the notes), so
        // the journal of decisions explains itself; what the seller (or an operator on the command line) did
        // to a contact by hand; the console's settings (which tags need attention); indexes for reading one
        // contact's conversation and for pruning by age.
        """
        ALTER TABLE decisions ADD COLUMN why TEXT;
        CREATE INDEX decisions_at ON decisions (decided_at);
        CREATE INDEX journal_contact ON journal (contact_key, seq);
        CREATE TABLE contact_actions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            contact_key TEXT NOT NULL,
            at REAL NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL,
            by TEXT NOT NULL
        );
        CREATE INDEX contact_actions_contact ON contact_actions (contact_key, seq);
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """,
    ]

    /// Brings a database up to the newest schema.
    static func migrate(_ connection: SQLiteConnection) throws {
        let version = try connection.query("PRAGMA user_version") { Int($0.integer(0)) }.first ?? 0
        for (index, migration) in migrations.enumerated() where index >= version {
            try connection.transaction {
                try connection.execute(migration)
                try connection.execute("PRAGMA user_version = \(index + 1)")
            }
        }
    }
}
