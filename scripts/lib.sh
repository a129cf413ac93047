# Shared by scripts/bench-ingest.sh, bench-latency.sh, crash-test.sh, bench-compare.sh and bench-rounds.sh.

# Builds rulesd and fake-meta in release mode and sets BIN to their folder.
build_release() {
  swift build -c release --product rulesd > /dev/null
  swift build -c release --product fake-meta > /dev/null
  BIN=$(swift build -c release --show-bin-path)
}

# Makes a scratch folder, $work; when the script exits, the background processes it started are stopped
# and the folder is removed.
make_workspace() {
  work=$(mktemp -d)
  trap 'kill $(jobs -p) 2> /dev/null || true; wait 2> /dev/null || true; rm -rf "$work"' EXIT
}

# Waits (up to 10 s) until rulesd answers /healthz on 127.0.0.1:PORT; fails with a message otherwise.
wait_for_healthz() {
  for _ in $(seq 200); do
    curl -sf "http://127.0.0.1:$1/healthz" > /dev/null && return 0
    sleep 0.05
  done
  echo "rulesd did not answer on port $1" >&2
  return 1
}

# The machine, for the figures' record.
machine_line() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -sr)"
}

# One engine figure of a rulesd binary: `bench_figure BUILD SECONDS` prints its evaluations per second at
# RULES rules and KEYWORDS keywords (default 1000 and 10000), with inputs cold, or with AS_SERVED=1 with
# each message and state decoded just before evaluation, as serve hands them over (bench --as-served).
# BUILD is a binary's path, optionally followed by more bench options in the same word
# (".build/release/rulesd --leave-out angry"); the path itself must hold no space.
bench_figure() {
  local rules=${RULES:-1000} keywords=${KEYWORDS:-10000} build mode=() column='$4'
  read -ra build <<< "$1"
  # As served, the figure is the row's second-to-last column; with inputs cold, its fourth.
  if [ "${AS_SERVED:-0}" = 1 ]; then mode=(--as-served) column='$(NF - 1)'; fi
  "${build[0]}" bench --rules "$rules" --keywords "$keywords" --seconds "$2" --evaluations-only "${mode[@]}" "${build[@]:1}" \
    | awk "NR == 2 { print $column }"
}

# Sets `database` to a PostgreSQL address for a benchmark or crash test: RULESD_DATABASE_URL's (its public
# schema emptied first: give a scratch database), or a throwaway server's (scripts/test-postgres.sh), stopped
# with the workspace when the script exits. Call it after make_workspace.
postgres_database() {
  if [ -n "${RULESD_DATABASE_URL:-}" ]; then
    database=$RULESD_DATABASE_URL
    psql "$database" -X -q -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"
  else
    read -r database pg_folder < <(scripts/test-postgres.sh start)
    trap 'kill $(jobs -p) 2> /dev/null || true; wait 2> /dev/null || true; scripts/test-postgres.sh stop "$pg_folder"; rm -rf "$work"' EXIT
  fi
}
