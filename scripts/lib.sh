# Shared by scripts/bench-ingest.sh, bench-latency.sh and crash-test.sh; sourced from the repository root.

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
