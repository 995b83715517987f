#!/usr/bin/env bash
# The rotation benchmark in one command: builds the emulator, the fixture functions and the benchmark, then runs
# warm rotations, the Runtime API round trip and cold starts (with and without AppCDS) with the emulator in-process.
# Options: --rotations N (50) --warmup N (15) --colds N (5). Writes bench/results/rotation-latest.md (not committed).
# Takes about a minute.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mvn -B -q -DskipTests package -pl test-functions,bench -am >&2
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# The emulator runs inside the benchmark's JVM, with the launcher's heap and collector settings.
exec "$JAVA" -XX:+UseSerialGC -Xss512k -XX:MaxRAM=1g -Xmx256m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp bench/target/rotor-bench.jar \
    dev.rotor.bench.RotationBenchmark --root "$ROOT" "$@"
