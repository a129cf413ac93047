#!/usr/bin/env bash
# Compares several release builds of rulesd on the engine benchmark in rounds: each round runs every build
# once, the order rotated from round to round, so that the machine's drift in speed falls on all alike.
# Prints, for each build, its mean evaluations per second and its mean ratio to the first build (with the
# standard error and the median of the per-round ratios).
#
#   scripts/bench-rounds.sh ROUNDS SECONDS BASE_BINARY OTHER_BINARY...
#
# A build may carry more bench options after its path, in one quoted word, to compare workloads on one
# binary: scripts/bench-rounds.sh 6 1 .build/release/rulesd ".build/release/rulesd --leave-out angry"
#
# Give a change a control: a third build with the change's code in place but its effect removed (an empty
# body, a hint that does nothing). On this project's VM, moving code about shifts the figure by up to 3%
# on its own; a change is only worth keeping if it beats its control, not just the base.
#
# RULES and KEYWORDS (default 1000 and 10000) pick the workload; AS_SERVED=1 compares the figure with each
# message and state decoded just before evaluation, as serve hands them over (bench --as-served).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
rounds=$1
seconds=$2
shift 2
builds=("$@")
count=${#builds[@]}

for round in $(seq "$rounds"); do
  declare -A figures=()
  for step in $(seq 0 $((count - 1))); do
    build=$(((step + round) % count))
    figures[$build]=$(bench_figure "${builds[$build]}" "$seconds")
  done
  line=""
  for build in $(seq 0 $((count - 1))); do line="$line ${figures[$build]}"; done
  echo "$line"
done | python3 -c '
import statistics, sys
rows = [list(map(float, line.split())) for line in sys.stdin if line.strip()]
for column, name in enumerate(sys.argv[1:]):
    ratios = [row[column] / row[0] for row in rows]
    error = statistics.stdev(ratios) / len(ratios) ** 0.5 if len(ratios) > 1 else 0
    print("%-40s %8.0f/s  ratio to the first %.3f (standard error %.3f, median %.3f, %d rounds)" % (
        name, statistics.mean(row[column] for row in rows), statistics.mean(ratios), error,
        statistics.median(ratios), len(ratios)))
' "${builds[@]}"
