#!/usr/bin/env bash
# The emulator benchmark in one command: builds the rotor CLI jar and the benchmark, then measures Rotor against
# moto_server and a bare Javalin endpoint. Needs wrk and moto_server on PATH for the startup and throughput parts.
# Options: --curve S --cold S --warmup S --window S --reps N --startups N --secrets N --versions N
#          --only startup,throughput,restart,memory   (e.g. --only memory: Rotor alone, ~1 min)
# Writes bench/results/latest.md and bench/results/warmup.svg (not committed). Takes about twelve minutes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
only="startup,throughput,restart,memory"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  [ "${args[$i]}" = "--only" ] && only="${args[$((i + 1))]:-}"
done
if [[ ",$only," == *",startup,"* || ",$only," == *",throughput,"* ]]; then
  command -v moto_server >/dev/null || { echo "bench: moto_server not found (pip install 'moto[server]')" >&2; exit 2; }
fi
if [[ ",$only," == *",throughput,"* ]]; then
  command -v wrk >/dev/null || { echo "bench: wrk not found (apt-get install wrk)" >&2; exit 2; }
fi
mvn -B -q -DskipTests package -pl harness,bench -am >&2
# Let the launcher make its class-data archive for the fresh jar, as a user's first ./rotor call would.
"$ROOT/rotor" --version >/dev/null
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$JAVA" -Xmx512m -jar bench/target/rotor-bench.jar --root "$ROOT" "$@"
