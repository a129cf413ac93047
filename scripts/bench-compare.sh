#!/usr/bin/env bash
# Compares two release builds of rulesd on the engine benchmark, run alternately (ABBA order) so that the
# machine's drift in speed falls on both alike. Prints each build's mean evaluations per second and the
# mean ratio NEW/OLD of the pairs, with its standard error.
#
#   scripts/bench-compare.sh OLD_BINARY NEW_BINARY [PAIRS] [SECONDS]
#
# RULES and KEYWORDS (default 1000 and 10000) pick the workload; AS_SERVED=1 compares the figure with each
# message and state decoded just before evaluation, as serve hands them over (bench --as-served).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
old=$1
new=$2
pairs=${3:-16}
seconds=${4:-1}

for i in $(seq "$pairs"); do
  if [ $((i % 2)) = 1 ]; then a=$(bench_figure "$old" "$seconds"); b=$(bench_figure "$new" "$seconds"); else b=$(bench_figure "$new" "$seconds"); a=$(bench_figure "$old" "$seconds"); fi
  echo "$a $b"
done | python3 -c '
import statistics, sys
rows = [tuple(map(float, line.split())) for line in sys.stdin if line.strip()]
ratios = [new / old for old, new in rows]
print("old %.0f/s  new %.0f/s  new/old %.3f (standard error %.3f, median %.3f, %d pairs)" % (
    statistics.mean(o for o, _ in rows), statistics.mean(n for _, n in rows), statistics.mean(ratios),
    statistics.stdev(ratios) / len(ratios) ** 0.5, statistics.median(ratios), len(ratios)))
'
