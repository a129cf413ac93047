#!/usr/bin/env bash
# Crash test: signed webhooks (10% duplicate deliveries) while `rulesd serve` is killed with SIGKILL at
# random moments and restarted; then checks that nothing accepted was lost or applied twice
# (scripts/crash-check.py). Replies go to a fake Graph API (fake-meta) that records them.
#
#   scripts/crash-test.sh            # MESSAGES=5000 KILLS=5 RATE=250
set -euo pipefail
cd "$(dirname "$0")/.."
MESSAGES=${MESSAGES:-5000}
KILLS=${KILLS:-5}
RATE=${RATE:-250}
PORT=${PORT:-18180}
FAKE_PORT=${FAKE_PORT:-19190}
SECRET=crash-secret

source scripts/lib.sh
build_release
make_workspace

mkdir -p "$work/rules"
cat > "$work/rules/crash.rules" << 'RULES'
rule "welcome" cooldown 1h when first contact then tag "new" end
rule "ack" when true then
    tag "seen"
    reply "ack {{message.text}}"
end
RULES

"$BIN/fake-meta" "$FAKE_PORT" "$work/record.jsonl" > "$work/fake.log" 2>&1 &

start_serve() {
  WHATSAPP_APP_SECRET=$SECRET WHATSAPP_ACCESS_TOKEN=crash-token WHATSAPP_PHONE_NUMBER_ID=106540352200001 \
    WHATSAPP_SENDS_PER_SECOND=1000 GRAPH_API_BASE="http://127.0.0.1:$FAKE_PORT" LOG_LEVEL=warning \
    "$BIN/rulesd" serve --rules "$work/rules" --db "$work/crash.sqlite" --port "$PORT" >> "$work/serve.log" 2>&1 &
  serve_pid=$!
  wait_for_healthz "$PORT"
}
start_serve

python3 scripts/webhooks.py send --url "http://127.0.0.1:$PORT/webhooks/whatsapp" --secret "$SECRET" \
  --count "$MESSAGES" --rate "$RATE" --duplicates 0.1 --contacts $((MESSAGES / 2)) --threads 8 \
  --accepted "$work/accepted.txt" > "$work/driver.json" &
driver_pid=$!

duration=$(python3 -c "print($MESSAGES / $RATE)")
for kill_number in $(seq "$KILLS"); do
  sleep "$(python3 -c "import random; print(round(random.uniform(0.3, $duration / ($KILLS + 1) * 1.6), 2))")"
  kill -KILL "$serve_pid"
  wait "$serve_pid" 2> /dev/null || true
  echo "kill $kill_number: SIGKILL at $(date +%T.%N | cut -c1-12), restarting"
  start_serve
done
wait "$driver_pid"
echo "driver: $(cat "$work/driver.json")"

# Let the restarted server finish: nothing pending in the journal or the outbox.
for _ in $(seq 600); do
  backlog=$(curl -sf "http://127.0.0.1:$PORT/healthz" | python3 -c "import json,sys; print(json.load(sys.stdin)['outbox_backlog'])" || echo 1)
  [ "$backlog" = "0" ] && sleep 2 && break
  sleep 0.5
done
kill -TERM "$serve_pid"
wait "$serve_pid" 2> /dev/null || true
python3 scripts/crash-check.py "$work/crash.sqlite" "$work/accepted.txt" "$work/record.jsonl" "$KILLS"
