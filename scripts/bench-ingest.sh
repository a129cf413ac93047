#!/usr/bin/env bash
# Ingestion benchmark: durable webhooks accepted per second by `rulesd serve` (release build), with p50/p99
# latency, next to the same server's /healthz throughput (the HTTP ceiling of the machine), and the ratio.
# The server runs the examples' rules and sends its replies to a fake Graph API (fake-meta) on loopback.
#
#   scripts/bench-ingest.sh            # DURATION=10 CONNECTIONS=64 THREADS=2 BODIES_COUNT=300000
#   DB=postgres PROCESSES=2 scripts/bench-ingest.sh
#
# DB=postgres puts the store on a throwaway PostgreSQL server (scripts/test-postgres.sh; or the one
# RULESD_DATABASE_URL names, emptied first); PROCESSES=N runs N `serve` processes on it, each driven by a
# wrk of its own (THREADS threads, CONNECTIONS connections), and adds up what they accepted.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
BODIES_COUNT=${BODIES_COUNT:-300000}
PORT=${PORT:-18080}
FAKE_PORT=${FAKE_PORT:-19090}
RULES=${RULES:-examples/rules}   # a directory of .rules files
DB=${DB:-sqlite}
PROCESSES=${PROCESSES:-1}
SECRET=bench-secret

command -v wrk > /dev/null || { echo "bench-ingest: needs wrk (apt-get install wrk)" >&2; exit 2; }
source scripts/lib.sh
build_release

make_workspace

# The examples' rules, with their CRM endpoints pointed at the fake.
mkdir -p "$work/rules"
for file in "$RULES"/*.rules; do
  sed -E "s#https://[a-z.]+\.example#http://127.0.0.1:$FAKE_PORT#g" "$file" > "$work/rules/$(basename "$file")"
done
for index in $(seq 0 $((PROCESSES - 1))); do
  python3 scripts/webhooks.py bodies --count "$BODIES_COUNT" --secret "$SECRET" --run "bench$index" > "$work/bodies-$index.tsv"
done

database="$work/bench.sqlite"
if [ "$DB" = postgres ]; then postgres_database; fi

"$BIN/fake-meta" "$FAKE_PORT" > "$work/fake.log" 2>&1 &
pids=()
for index in $(seq 0 $((PROCESSES - 1))); do
  WHATSAPP_APP_SECRET=$SECRET WHATSAPP_ACCESS_TOKEN=bench-token WHATSAPP_PHONE_NUMBER_ID=106540352200001 \
    GRAPH_API_BASE="http://127.0.0.1:$FAKE_PORT" LOG_LEVEL=warning \
    "$BIN/rulesd" serve --rules "$work/rules" --db "$database" --port $((PORT + index)) > "$work/serve-$index.log" 2>&1 &
  pids+=($!)
  wait_for_healthz $((PORT + index))
done

machine_line
echo "store: $DB, $PROCESSES serve process(es); wrk per process: $THREADS threads, $CONNECTIONS connections, ${DURATION}s each"

for index in $(seq 0 $((PROCESSES - 1))); do
  BODIES="$work/bodies-$index.tsv" THREADS=$THREADS wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" \
    -s scripts/wrk-post-webhooks.lua "http://127.0.0.1:$((PORT + index))/webhooks/whatsapp" | tail -1 > "$work/wrk-$index.txt" &
done
wait_for_wrk() { while pgrep -x wrk > /dev/null; do sleep 0.2; done; }
wait_for_wrk
ingest=$(python3 - "$work"/wrk-*.txt << 'PY'
import sys
total = {"requests": 0, "non2xx": 0, "connect_errors": 0, "timeouts": 0}
seconds, p50, p99 = 0.0, 0.0, 0.0
for path in sys.argv[1:]:
    fields = dict(item.split("=") for item in open(path).read().split())
    for key in total: total[key] += int(fields[key])
    seconds = max(seconds, float(fields["seconds"]))
    p50, p99 = max(p50, float(fields["p50_ms"])), max(p99, float(fields["p99_ms"]))
print(" ".join(f"{k}={v}" for k, v in total.items()) + f" seconds={seconds} p50_ms={p50:.2f} p99_ms={p99:.2f}")
PY
)
rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/${pids[0]}/status")
# Let the worker finish evaluating what was accepted, so /healthz is measured on an idle server.
sleep 2
health=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://127.0.0.1:$PORT/healthz")
health_rate=$(echo "$health" | awk '/Requests\/sec/ {print $2}')
journal=$("$BIN/rulesd" export --db "$database" --since 3650d | wc -l)

python3 - "$ingest" "$health_rate" "$journal" "$rss_kb" << 'PY'
import sys
fields = dict(item.split("=") for item in sys.argv[1].split())
accepted = int(fields["requests"]) - int(fields["non2xx"])
rate = accepted / float(fields["seconds"])
ceiling = float(sys.argv[2])
print(f"webhooks: {accepted} accepted (200) in {fields['seconds']} s = {rate:,.0f}/s; "
      f"p50 {fields['p50_ms']} ms, p99 {fields['p99_ms']} ms; non-2xx {fields['non2xx']}, "
      f"connect errors {fields['connect_errors']}, timeouts {fields['timeouts']}")
print(f"journal: {sys.argv[3]} messages stored (every accepted id exactly once)")
print(f"healthz: {ceiling:,.0f}/s (the HTTP ceiling)")
print(f"ratio: {rate / ceiling:.2f} of the ceiling")
print(f"peak RSS of rulesd serve (the first): {int(sys.argv[4]) / 1024:.0f} MB")
PY
