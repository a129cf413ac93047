#!/usr/bin/env bash
# Dry-run at size, whole process, against a Python peer that decides the same rules (issue 30): MESSAGES chat
# lines of ~30 words from CONTACTS contacts, replayed through RULES keyword rules with KEYWORDS keywords
# (`rulesd bench`'s shape). Runs `rulesd dry-run --format json` and scripts/dry-run-peer.py (ahocorasick-rs, in a
# virtual environment this script makes from PyPI), checks that both decide the same rules and reply on every
# message, and prints each one's time and peak memory (GNU time).
#
#   scripts/bench-dry-run.sh          # MESSAGES=100000 RULES=1000 KEYWORDS=10000 CONTACTS=5000
set -euo pipefail
cd "$(dirname "$0")/.."
MESSAGES=${MESSAGES:-100000}
RULE_COUNT=${RULES:-1000}
KEYWORD_COUNT=${KEYWORDS:-10000}
CONTACT_COUNT=${CONTACTS:-5000}

source scripts/lib.sh
swift build -c release --product rulesd > /dev/null
BIN=$(swift build -c release --show-bin-path)
make_workspace

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet ahocorasick-rs
python3 scripts/dry-run-workload.py "$work" --rules "$RULE_COUNT" --keywords "$KEYWORD_COUNT" --messages "$MESSAGES" --contacts "$CONTACT_COUNT"

machine_line
echo "workload: $MESSAGES messages ($(du -h "$work/chat.jsonl" | cut -f1)) from $CONTACT_COUNT contacts; $RULE_COUNT rules, $KEYWORD_COUNT keywords"
timed() {  # timed LABEL OUTPUT COMMAND...: runs it, prints wall time and peak RSS
  local label=$1 output=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$output"
  read -r seconds kilobytes < "$work/time.txt"
  printf '%-28s %8.2f s   peak RSS %5d MB   output %s\n' "$label" "$seconds" "$((kilobytes / 1024))" "$(du -h "$output" | cut -f1)"
}
timed "rulesd dry-run --format json" "$work/rulesd.jsonl" "$BIN/rulesd" dry-run --quiet --format json --rules "$work/rules" "$work/chat.jsonl"
timed "python peer (ahocorasick-rs)" "$work/peer.jsonl" "$work/venv/bin/python" scripts/dry-run-peer.py "$work/rules/bench.rules" "$work/chat.jsonl"
timed "rulesd dry-run (text)" "$work/rulesd.txt" "$BIN/rulesd" dry-run --quiet --rules "$work/rules" "$work/chat.jsonl"

python3 - "$work/rulesd.jsonl" "$work/peer.jsonl" << 'PY'
import json, sys
ours = {}
for line in open(sys.argv[1]):
    o = json.loads(line)
    if "summary" in o: continue
    ours[o["message"]["id"]] = ([f["rule"] for f in o["fired"]], [r["text"] for r in o["replies"]])
differ = 0
for line in open(sys.argv[2]):
    p = json.loads(line)
    fired, replies = ours.get(p["id"], (None, None))
    if fired != p["fired"] or replies != ([p["reply"]] if p["reply"] else []):
        differ += 1
        if differ <= 3: print("differs:", p["id"], "rulesd", fired, replies, "peer", p["fired"], p["reply"])
print(f"decisions compared: {len(ours)} messages, {differ} differ")
sys.exit(1 if differ else 0)
PY
