#!/usr/bin/env bash
# Benchmark of `ironbook collect` of one lab node over SSH on loopback: a 4-node lab (worker-1 after a power
# loss), then RUNS collections, each with a new SSH connection and API client. Prints the cold first run and
# the median of the warm runs. JVM flags as bin/ironbook runs it.
# Usage: bench/collect-bench.sh [RUNS]   (default 9). Builds the jar if missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/ironbook.jar ] || [ -n "$(find src pom.xml -newer target/ironbook.jar -print -quit)" ]; then
  mvn -q -o -DskipTests package
fi
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/ironbook.jar bench/CollectBench.java "${1:-9}" 2>/dev/null
