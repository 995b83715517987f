#!/usr/bin/env bash
# The scenario catalog's wall time, serial (--parallel 1) against the default --parallel, in one sitting:
# the two modes alternate so background load hits both alike; medians at the end.
#   ./bench/catalog.sh [--runs N] [--strategy S] [--db embedded|container|auto] [--parallel N]
# Writes bench/results/catalog.md (not committed). About 2-4 minutes per run pair on a 2-core machine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=3 strategy=single-user db=embedded parallel=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --strategy) strategy="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    --parallel) parallel="$2"; shift 2 ;;
    *) echo "catalog.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$ROOT/bench/results"
out="$ROOT/bench/results/catalog.md"
logs="$ROOT/bench/results/catalog-logs"
mkdir -p "$logs"
"$ROOT/rotor" --version >/dev/null   # builds the CLI first, so no run pays for it

# One run: prints "wall-seconds cpu-seconds verdict" (CPU: user + system of the run and every process it started and
# waited for: the function processes, the embedded mysqld); the log stays in bench/results/catalog-logs.
one() {
  local mode="$1" i="$2" log times TIMEFORMAT='%R %U %S'
  log="$logs/$mode-$i.txt"
  local args=(run --db "$db" --strategy "$strategy")
  if [ "$mode" = serial ]; then args+=(--parallel 1); elif [ -n "$parallel" ]; then args+=(--parallel "$parallel"); fi
  times=$( { time (cd "$ROOT" && ./rotor "${args[@]}" >"$log" 2>&1); } 2>&1 ) || true
  printf '%s %s\n' "$(echo "$times" | awk '{ printf "%.1f %.1f", $1, $2 + $3 }')" \
    "$(grep -E '^[0-9]+ passed' "$log" | tail -1 | tr ' ' '_')"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

{
  echo "# Catalog: serial against --parallel ${parallel:-default}"
  echo
  echo "- Date: $(date -u +%FT%TZ)"
  echo "- Machine: $(nproc) cores, $(awk '/MemAvailable/ { printf "%.1f GiB available", $2 / 1048576 }' /proc/meminfo)"
  echo "- Command: \`./rotor run --db $db --strategy $strategy --parallel 1\` against the same without --parallel${parallel:+ (--parallel $parallel)}"
  echo
  echo "| run | mode | wall s | CPU s | verdicts | load average before |"
  echo "|---:|---|---:|---:|---|---|"
} >"$out"
serial=() parallel_times=()
for i in $(seq 1 "$runs"); do
  for mode in serial parallel; do
    load="$(cut -d' ' -f1-3 /proc/loadavg)"
    read -r seconds cpu verdict < <(one "$mode" "$i")
    echo "| $i | $mode | $seconds | $cpu | ${verdict//_/ } | $load |" >>"$out"
    if [ "$mode" = serial ]; then serial+=("$seconds"); else parallel_times+=("$seconds"); fi
    echo "run $i $mode: $seconds s, CPU $cpu s (${verdict//_/ }), load before $load" >&2
  done
done
s=$(printf '%s\n' "${serial[@]}" | median)
p=$(printf '%s\n' "${parallel_times[@]}" | median)
{
  echo
  echo "Median serial $s s, median parallel $p s: ratio $(awk -v p="$p" -v s="$s" 'BEGIN { printf "%.2f", p / s }')"
  echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} >>"$out"
cat "$out"
