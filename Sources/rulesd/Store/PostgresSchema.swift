/// The store's schema on PostgreSQL: the same tables as ``Schema`` (SQLite's), in PostgreSQL's types, with
/// a `seq` column where the store's SQL says `rowid`, and the three functions its SQL uses that SQLite has
/// (`json_extract`, `instr`) or rulesd gives it (`rulesd_fold`). Numbered migrations, as for SQLite; the
/// table `rulesd_schema` remembers how many ran. Never edit one that has shipped: add a new one, here and
/// in ``Schema`` alike.
enum PostgresSchema {
    static let migrations: [String] = [
        // 1: everything SQLite's migrations 1 to 6 made.
        #"""
        CREATE TABLE journal (
            seq BIGSERIAL PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            contact_key TEXT NOT NULL,
            at DOUBLE PRECISION NOT NULL,
            message TEXT NOT NULL,
            received_at DOUBLE PRECISION NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending'
        );
        CREATE INDEX journal_pending ON journal (status, seq);
        CREATE INDEX journal_at ON journal (at);
        CREATE INDEX journal_contact ON journal (contact_key, seq);
        CREATE TABLE raw_bodies (
            seq BIGSERIAL PRIMARY KEY,
            received_at DOUBLE PRECISION NOT NULL,
            channel TEXT NOT NULL,
            reason TEXT NOT NULL,
            body BYTEA NOT NULL
        );
        CREATE TABLE contacts (
            key TEXT PRIMARY KEY,
            state TEXT NOT NULL,
            updated_at DOUBLE PRECISION NOT NULL
        );
        CREATE TABLE outbox (
            seq BIGSERIAL UNIQUE,
            key TEXT PRIMARY KEY,
            message_id TEXT NOT NULL,
            contact_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            attempts BIGINT NOT NULL DEFAULT 0,
            next_attempt DOUBLE PRECISION NOT NULL,
            first_attempt DOUBLE PRECISION,
            last_error TEXT,
            platform_id TEXT,
            created_at DOUBLE PRECISION NOT NULL,
            rule TEXT,
            choices TEXT,
            approved_template TEXT,
            fallback TEXT
        );
        CREATE INDEX outbox_due ON outbox (status, next_attempt);
        CREATE INDEX outbox_platform_id ON outbox (platform_id);
        CREATE INDEX outbox_contact ON outbox (contact_key, created_at);
        CREATE TABLE deliveries (
            seq BIGSERIAL UNIQUE,
            platform_id TEXT PRIMARY KEY,
            status TEXT NOT NULL,
            rank BIGINT NOT NULL,
            at DOUBLE PRECISION NOT NULL,
            error TEXT
        );
        CREATE TABLE decisions (
            seq BIGSERIAL UNIQUE,
            message_id TEXT PRIMARY KEY,
            contact_key TEXT NOT NULL,
            decided_at DOUBLE PRECISION NOT NULL,
            fired TEXT NOT NULL,
            actions TEXT NOT NULL,
            why TEXT
        );
        CREATE INDEX decisions_at ON decisions (decided_at);
        CREATE TABLE health_probe (id BIGINT PRIMARY KEY, at DOUBLE PRECISION NOT NULL);
        CREATE TABLE comment_answers (
            comment_id TEXT NOT NULL,
            way TEXT NOT NULL,
            account TEXT NOT NULL,
            answered_by TEXT NOT NULL,
            at DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (comment_id, way)
        );
        CREATE INDEX comment_answers_recent ON comment_answers (account, way, at);
        CREATE TABLE followups (
            id BIGSERIAL PRIMARY KEY,
            contact_key TEXT NOT NULL,
            name TEXT NOT NULL,
            message_id TEXT NOT NULL,
            message TEXT NOT NULL,
            scheduled_at DOUBLE PRECISION NOT NULL,
            due_at DOUBLE PRECISION NOT NULL,
            keep BIGINT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            outcome TEXT,
            done_at DOUBLE PRECISION
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
            updated_at DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (account, name, language)
        );
        CREATE TABLE contact_actions (
            seq BIGSERIAL PRIMARY KEY,
            contact_key TEXT NOT NULL,
            at DOUBLE PRECISION NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL,
            by TEXT NOT NULL
        );
        CREATE INDEX contact_actions_contact ON contact_actions (contact_key, seq);
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        -- SQLite's json_extract, as the store uses it: a string's text, true and false as 1 and 0 (SQLite's
        -- integers), null as NULL, anything else as its JSON.
        CREATE FUNCTION json_extract(document TEXT, path TEXT) RETURNS TEXT LANGUAGE SQL IMMUTABLE AS $$
            SELECT CASE jsonb_typeof(value)
                WHEN 'string' THEN value #>> '{}'
                WHEN 'boolean' THEN CASE WHEN value = 'true'::jsonb THEN '1' ELSE '0' END
                WHEN 'null' THEN NULL
                ELSE value::text END
            FROM (SELECT jsonb_path_query_first(document::jsonb, path::jsonpath) AS value) AS found
        $$;
        CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER LANGUAGE SQL IMMUTABLE AS $$
            SELECT strpos(haystack, needle)
        $$;
        -- Case and the accents of Latin letters folded away, as rulesd's rulesd_fold does for SQLite.
        CREATE FUNCTION rulesd_fold(text TEXT) RETURNS TEXT LANGUAGE SQL IMMUTABLE AS $$
            SELECT lower(translate(text,
                'ÁÀÂÄÃÅáàâäãåÉÈÊËéèêëÍÌÎÏíìîïÓÒÔÖÕóòôöõÚÙÛÜúùûüÑñÇçÝýÿ',
                'AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuNnCcYyy'))
        $$;
        """#,
        // 2: claims with a lease, for several processes: a contact's evaluation, a contact's send lane
        // (see MessageStore+Claims). SQLite has one process and no claims.
        """
        CREATE TABLE contact_claims (
            contact_key TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            expires_at DOUBLE PRECISION NOT NULL
        );
        """,
    ]

    /// Brings a PostgreSQL database up to the newest schema. Processes starting together take turns (an
    /// advisory lock): one migrates, the others find it done.
    static func migrate(_ connection: any SQLDatabase) throws {
        try connection.transaction {
            // "rulesd" in ASCII: the lock's number, the same in every rulesd process. Taken before anything is
            // created: PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe against another running at once.
            try connection.query("SELECT pg_advisory_xact_lock(114117108101115100)") { _ in () }
            try connection.execute("CREATE TABLE IF NOT EXISTS rulesd_schema (version INTEGER NOT NULL)")
            let version = try connection.query("SELECT MAX(version) FROM rulesd_schema") { Int($0.integer(0)) }.first ?? 0
            for (index, migration) in migrations.enumerated() where index >= version {
                try connection.execute(migration)
                try connection.run("INSERT INTO rulesd_schema (version) VALUES (?)", [.integer(Int64(index + 1))])
            }
        }
    }
}
