#!/usr/bin/env bash
# Crash test of several `serve` processes on one PostgreSQL store: signed webhooks (10% duplicate
# deliveries) spread over three processes, as a load balancer would, while each in turn is killed with
# SIGKILL at a random moment and restarted; then checks that nothing accepted was lost or applied twice,
# that each contact's replies went out in order, and that duplicate replies are at most one per kill
# (scripts/crash-check.py). Replies go to a fake Graph API (fake-meta) that records them.
#
# A killed process may have one reply on its way per reply lane (RULESD_REPLY_CONCURRENCY, 4 here): that
# reply is sent again by whichever process takes the contact over. The check allows that many per kill.
#
#   scripts/crash-test-shared.sh     # MESSAGES=5000 KILLS=6 RATE=250 PROCESSES=3
#
# The server is a throwaway one (scripts/test-postgres.sh), or the one RULESD_DATABASE_URL names (its
# database is emptied first: use a scratch database).
set -euo pipefail
cd "$(dirname "$0")/.."
MESSAGES=${MESSAGES:-5000}
KILLS=${KILLS:-6}
RATE=${RATE:-250}
PROCESSES=${PROCESSES:-3}
LANES=${LANES:-4}
PORT=${PORT:-18280}
FAKE_PORT=${FAKE_PORT:-19290}
SECRET=crash-secret

source scripts/lib.sh
build_release
make_workspace

postgres_database

mkdir -p "$work/rules"
cat > "$work/rules/crash.rules" << 'RULES'
rule "welcome" cooldown 1h when first contact then tag "new" end
rule "ack" when true then
    tag "seen"
    reply "ack {{message.text}}"
end
RULES

"$BIN/fake-meta" "$FAKE_PORT" "$work/record.jsonl" > "$work/fake.log" 2>&1 &

declare -a pids
start_serve() {
  local index=$1 port=$((PORT + $1))
  WHATSAPP_APP_SECRET=$SECRET WHATSAPP_ACCESS_TOKEN=crash-token WHATSAPP_PHONE_NUMBER_ID=106540352200001 \
    WHATSAPP_SENDS_PER_SECOND=1000 RULESD_REPLY_CONCURRENCY=$LANES GRAPH_API_BASE="http://127.0.0.1:$FAKE_PORT" LOG_LEVEL=warning \
    "$BIN/rulesd" serve --rules "$work/rules" --db "$database" --port "$port" >> "$work/serve-$index.log" 2>&1 &
  pids[index]=$!
  wait_for_healthz "$port"
}
urls=()
for index in $(seq 0 $((PROCESSES - 1))); do
  start_serve "$index"
  urls+=("http://127.0.0.1:$((PORT + index))/webhooks/whatsapp")
done
echo "$PROCESSES serve processes on one PostgreSQL database"

python3 scripts/webhooks.py send --url "$(IFS=,; echo "${urls[*]}")" --secret "$SECRET" \
  --count "$MESSAGES" --rate "$RATE" --duplicates 0.1 --contacts $((MESSAGES / 2)) --threads 8 \
  --accepted "$work/accepted.txt" > "$work/driver.json" &
driver_pid=$!

duration=$(python3 -c "print($MESSAGES / $RATE)")
for kill_number in $(seq "$KILLS"); do
  sleep "$(python3 -c "import random; print(round(random.uniform(0.3, $duration / ($KILLS + 1) * 1.6), 2))")"
  victim=$(( (kill_number - 1) % PROCESSES ))
  kill -KILL "${pids[victim]}"
  wait "${pids[victim]}" 2> /dev/null || true
  echo "kill $kill_number: SIGKILL of process $victim at $(date +%T.%N | cut -c1-12), restarting"
  start_serve "$victim"
done
wait "$driver_pid"
echo "driver: $(cat "$work/driver.json")"

# Let the processes finish: nothing pending in the journal or the outbox (a dead process's claims run out
# after their lease: 30 s for evaluation, 120 s for a send lane).
for _ in $(seq 600); do
  left=$(psql "$database" -X -A -t -c "SELECT (SELECT COUNT(*) FROM journal WHERE status = 'pending') + (SELECT COUNT(*) FROM outbox WHERE status = 'pending')")
  [ "$left" = "0" ] && sleep 2 && break
  sleep 0.5
done
for pid in "${pids[@]}"; do kill -TERM "$pid"; done
wait "${pids[@]}" 2> /dev/null || true
python3 scripts/crash-check.py "$database" "$work/accepted.txt" "$work/record.jsonl" "$KILLS" "$LANES"
