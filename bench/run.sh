#!/usr/bin/env bash
# The emulator benchmark in one command: builds the rotor CLI jar and the benchmark, then runs Rotor against
# moto_server (which must be on PATH unless only memory is measured). Options: --warmup S --window S --reps N
# --startups N --secrets N --versions N --only startup,throughput,memory (e.g. --only memory: Rotor alone, ~1 min)
# Writes bench/results/latest.md (not committed). Takes about three minutes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if [[ " $* " != *" --only memory "* ]]; then
  command -v moto_server >/dev/null || { echo "bench: moto_server not found (pip install 'moto[server]')" >&2; exit 2; }
fi
mvn -B -q -DskipTests package -pl harness,bench -am >&2
# Let the launcher make its class-data archive for the fresh jar, as a user's first ./rotor call would.
"$ROOT/rotor" --version >/dev/null
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$JAVA" -Xmx512m -jar bench/target/rotor-bench.jar --root "$ROOT" "$@"
