#!/usr/bin/env bash
# End-to-end latency: signed webhooks in at a steady RATE per second, replies out at a fake Graph API
# (fake-meta), which measures webhook-sent to reply-received from a "t=<unix ms>" stamp the reply echoes.
# The rule set is the benchmark's 1,000 rules and 10,000 keywords plus one rule that answers every
# message with its own text; prints p50/p99 latency and rulesd's peak resident memory.
#
#   scripts/bench-latency.sh         # RATE=500 SECONDS_TO_RUN=20 RULES=1000 KEYWORDS=10000 CONTACTS=50000
#                                    # API_LATENCY_MS=0 REPLY_CONCURRENCY=16
#   RATE=50 CONTACTS=1000 API_LATENCY_MS=150 scripts/bench-latency.sh
#                                    # a Graph API answering in 150 ms: replies must go out concurrently
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${RATE:-500}
DURATION=${SECONDS_TO_RUN:-20}
RULE_COUNT=${RULES:-1000}
KEYWORD_COUNT=${KEYWORDS:-10000}
PORT=${PORT:-18280}
FAKE_PORT=${FAKE_PORT:-19290}
SECRET=latency-secret

source scripts/lib.sh
build_release
make_workspace

mkdir -p "$work/rules"
"$BIN/rulesd" bench --rules "$RULE_COUNT" --keywords "$KEYWORD_COUNT" --write-rules "$work/rules/bench.rules"
cat > "$work/rules/stamp.rules" << 'RULES'
rule "stamp" priority 99 when true then reply "{{message.text}}" end
RULES

FAKE_META_LATENCY_MS=${API_LATENCY_MS:-0} "$BIN/fake-meta" "$FAKE_PORT" > "$work/fake.log" 2>&1 &
# WhatsApp numbers start at 80 sends/s; 1,000 is the throughput Meta grants on request. Without it the
# platform's pace, not rulesd, would set the latency.
WHATSAPP_APP_SECRET=$SECRET WHATSAPP_ACCESS_TOKEN=latency-token WHATSAPP_PHONE_NUMBER_ID=106540352200001 \
  WHATSAPP_SENDS_PER_SECOND=1000 RULESD_REPLY_CONCURRENCY=${REPLY_CONCURRENCY:-16} GRAPH_API_BASE="http://127.0.0.1:$FAKE_PORT" LOG_LEVEL=warning \
  "$BIN/rulesd" serve --rules "$work/rules" --db "$work/latency.sqlite" --port "$PORT" > "$work/serve.log" 2>&1 &
serve_pid=$!
wait_for_healthz "$PORT"

machine_line
echo "rules: $RULE_COUNT rules, $KEYWORD_COUNT keywords (+1 answering every message); $RATE messages/s from ${CONTACTS:-50000} contacts; Graph API latency ${API_LATENCY_MS:-0} ms; reply concurrency ${REPLY_CONCURRENCY:-16}; RSS at start: $(awk '/VmRSS/ {print int($2/1024)}' /proc/$serve_pid/status) MB"
count=$((RATE * DURATION))
cpu_ticks() { awk '{print $14 + $15}' "/proc/$serve_pid/stat"; }
ticks_before=$(cpu_ticks)
python3 scripts/webhooks.py send --url "http://127.0.0.1:$PORT/webhooks/whatsapp" --secret "$SECRET" \
  --count "$count" --rate "$RATE" --contacts "${CONTACTS:-50000}" --stamp --threads 16 > "$work/driver.json"
echo "driver: $(cat "$work/driver.json")"
# Let the last replies arrive.
for _ in $(seq 100); do
  replies=$(curl -sf "http://127.0.0.1:$FAKE_PORT/_stats" | python3 -c "import json,sys; print(json.load(sys.stdin)['stamped_replies'])")
  [ "$replies" -ge "$count" ] && break
  sleep 0.2
done
echo "latency (webhook sent → reply received at the fake Graph API): $(curl -sf "http://127.0.0.1:$FAKE_PORT/_stats")"
ticks=$(( $(cpu_ticks) - ticks_before ))
echo "CPU used by rulesd serve: $(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" -v n="$count" 'BEGIN { printf "%.1f s, %.0f µs per message", t / hz, t / hz / n * 1e6 }')"
echo "peak RSS of rulesd serve: $(awk '/VmHWM/ {print int($2/1024)}' /proc/$serve_pid/status) MB"
