#!/usr/bin/env python3
"""Checks a crash test's outcome: crash-check.py DB ACCEPTED_IDS FAKE_RECORD KILLS [LANES]

DB is a SQLite file, or a PostgreSQL address (postgres://..., read with psql). Prints each check and exits
1 if any fails:
  - every distinct accepted message is in the journal exactly once (and nothing else is);
  - nothing is left pending (journal and outbox);
  - every decided reply was delivered at least once, and duplicate deliveries are at most those that can be
    in flight at the kills: LANES per kill (the reply lanes of the killed process, RULESD_REPLY_CONCURRENCY;
    default 1, the bound the single-process test holds to);
  - every contact's message count equals its journaled messages (each state change applied exactly once);
  - each contact's replies were delivered in the order of its messages.
"""
import collections, json, re, sqlite3, subprocess, sys

db_path, accepted_path, record_path, kills = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
lanes = int(sys.argv[5]) if len(sys.argv) > 5 else 1
accepted = set(line.strip() for line in open(accepted_path) if line.strip())
failures = 0

class Postgres:
    """The few reads below, through psql: rows of text, fields split at the unit separator."""
    def __init__(self, url):
        self.url = url
    def execute(self, sql):
        out = subprocess.run(["psql", self.url, "-X", "-A", "-t", "-F", "\x1f", "-c", sql], check=True, capture_output=True, text=True).stdout
        rows = [tuple(line.split("\x1f")) for line in out.split("\n") if line]
        return Rows([tuple(int(v) if v.isdigit() else v for v in row) for row in rows])

class Rows(list):
    def fetchone(self):
        return self[0]

db = Postgres(db_path) if db_path.startswith(("postgres://", "postgresql://")) else sqlite3.connect(db_path)

def check(ok, text):
    global failures
    print(("ok    " if ok else "FAIL  ") + text)
    failures += 0 if ok else 1

journal = collections.Counter(row[0] for row in db.execute("SELECT id FROM journal"))
check(all(journal[mid] == 1 for mid in accepted) and set(journal) == accepted,
      f"journal: {len(accepted)} accepted messages, {sum(journal.values())} rows, "
      f"missing {len(accepted - set(journal))}, unexpected {len(set(journal) - accepted)}")

pending_journal = db.execute("SELECT COUNT(*) FROM journal WHERE status = 'pending'").fetchone()[0]
pending_outbox = db.execute("SELECT COUNT(*) FROM outbox WHERE status = 'pending'").fetchone()[0]
check(pending_journal == 0 and pending_outbox == 0, f"pending: {pending_journal} messages, {pending_outbox} outbox entries")

token = re.compile(r"n=(\d+)")
decided = {}
for payload, status in db.execute("SELECT payload, status FROM outbox WHERE kind = 'reply'"):
    match = token.search(payload)
    if match:
        decided[match.group(1)] = status
delivered = collections.Counter()
for line in open(record_path):
    request = json.loads(line)
    if request["method"] == "POST" and request["path"].endswith("/messages") and request.get("text"):
        match = token.search(request["text"])
        if match:
            delivered[match.group(1)] += 1
undelivered = [t for t in decided if delivered[t] == 0]
duplicates = sum(count - 1 for count in delivered.values() if count > 1)
check(not undelivered and all(status == "sent" for status in decided.values()),
      f"replies: {len(decided)} decided, {len(decided) - len(undelivered)} delivered, "
      f"{sum(1 for s in decided.values() if s != 'sent')} not marked sent")
check(duplicates <= kills * lanes,
      f"duplicate reply deliveries: {duplicates} (at most {kills * lanes}: {lanes} reply lane{'s' if lanes > 1 else ''} in flight at each of {kills} kills)")

per_contact = collections.Counter(row[0] for row in db.execute("SELECT contact_key FROM journal"))
wrong = []
for key, state in db.execute("SELECT key, state FROM contacts"):
    count = json.loads(state).get("count", json.loads(state).get("messageCount"))
    if count != per_contact[key]:
        wrong.append((key, count, per_contact[key]))
check(not wrong and len(per_contact) == db.execute("SELECT COUNT(*) FROM contacts").fetchone()[0],
      f"contact state: {len(per_contact)} contacts, {len(wrong)} with a message count different from their journal")
tagged = db.execute("SELECT COUNT(*) FROM contacts WHERE state LIKE '%\"seen\"%'").fetchone()[0]
check(tagged == len(per_contact), f"tags: {tagged} of {len(per_contact)} contacts carry the tag every message adds")
# Each contact's replies in the order of its messages: the first delivery of each, by recipient.
first_seen = {}
order = collections.defaultdict(list)
for line in open(record_path):
    request = json.loads(line)
    if request["method"] == "POST" and request["path"].endswith("/messages") and request.get("text"):
        match = token.search(request["text"])
        if match and match.group(1) not in first_seen:
            first_seen[match.group(1)] = True
            order[request.get("recipient")].append(int(match.group(1)))
out_of_order = [recipient for recipient, ns in order.items() if ns != sorted(ns)]
check(not out_of_order, f"order: {len(order)} contacts, {len(out_of_order)} whose replies went out of the order of their messages")
sys.exit(1 if failures else 0)
