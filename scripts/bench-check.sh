#!/usr/bin/env bash
# Times `rulesd check` (release build) on the examples, a generated 1,000-rule file and a 10 MB file.
# Needs hyperfine (Debian package `hyperfine`). Prints hyperfine's table.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product rulesd >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import sys
out = sys.argv[1]
rules = []
for i in range(1000):
    rules.append(f'rule "r{i}" priority {i % 7} cooldown {i % 5 + 1}h\n'
                 f'  when message contains any "w{i}a", "w{i}b*", "phrase {i} here" and not tagged "t{i}"\n'
                 f'  then\n    reply "Answer {i} {{{{contact.name or "friend"}}}}"\n    tag "t{i}"\nend\n')
open(f"{out}/thousand.rules", "w").write("\n".join(rules))
body = open("examples/rules/20-sales.rules").read()
big, i = "", 0
while len(big) < 10_000_000:
    big += body.replace('rule "', f'rule "{i} ')
    i += 1
open(f"{out}/ten-megabytes.rules", "w").write(big)
PY
hyperfine -N --warmup 2 -i --export-markdown /dev/stdout \
    "./.build/release/rulesd check examples/rules" \
    "./.build/release/rulesd check $work/thousand.rules" \
    "./.build/release/rulesd check $work/ten-megabytes.rules"
