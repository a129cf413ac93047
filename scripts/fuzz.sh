#!/usr/bin/env bash
# Fuzzes the rule language front end and the webhook parsers with libFuzzer (Swift's -sanitize=fuzzer).
#
#   scripts/fuzz.sh [rules|webhooks|all] [SECONDS]     # default: all, 600 seconds each
#
# Builds in .build-fuzz, seeds each corpus from the repository (example rules, golden diagnostics,
# webhook fixtures), and keeps the corpus in fuzz/corpus-NAME (not committed). A crash is saved as
# fuzz/crash-*: replay it with `swift run fuzz-rules FILE` or `swift run fuzz-webhooks FILE`, fix it, and
# turn it into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}
seconds=${2:-600}
mkdir -p fuzz

run() {
  local name=$1 seeds=$2
  swift build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING \
    -Xswiftc -parse-as-library --product "fuzz-$name" > "fuzz/build-$name.log" 2>&1 \
    || { tail -20 "fuzz/build-$name.log"; exit 2; }
  mkdir -p "fuzz/corpus-$name"
  local bin
  bin=$(swift build -c release --scratch-path .build-fuzz --show-bin-path)
  echo "fuzz-$name: ${seconds}s, seeds from $seeds"
  # Swift's own crash reporter off, so libFuzzer's handler saves the crashing input.
  local status=0
  SWIFT_BACKTRACE=enable=no "$bin/fuzz-$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="fuzz/crash-$name-" -print_final_stats=1 "fuzz/corpus-$name" $seeds > "fuzz/run-$name.log" 2>&1 || status=$?
  grep -E "^#[0-9]+ +(INITED|DONE)|stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)|Precondition|Fatal error|deadly signal|Test unit written" \
    "fuzz/run-$name.log" || true
  [ "$status" = 0 ] || echo "fuzz-$name stopped with status $status (see fuzz/run-$name.log)"
}

[ "$which" = all ] || [ "$which" = rules ] && run rules "examples/rules Tests/EngineTests/Fixtures/Diagnostics"
[ "$which" = all ] || [ "$which" = webhooks ] && run webhooks "Tests/ConnectorsTests/Fixtures/webhooks"
ls fuzz/crash-* 2> /dev/null && { echo "crashes found (above)"; exit 1; } || echo "no crashes"
