#!/usr/bin/env bash
# Lab benchmark: time-to-ready (median of fresh JVMs) and heap for a 4-node and a 500-node lab.
# the JIT and GC flags bin/ironbook runs it with (-XX:TieredStopAtLevel=1 -XX:+UseSerialGC; the heap as given below). cpu_ms is the process CPU time until
# ready, which the machine load does not inflate; ready_ms is wall time.
# Usage: bench/lab.sh [RUNS_SMALL] [RUNS_LARGE]   (defaults 5 and 3). Builds the jar if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/ironbook.jar ] || [ -n "$(find src pom.xml -newer target/ironbook.jar -print -quit)" ]; then
  mvn -q -o -DskipTests package
fi
small=${1:-5}
large=${2:-3}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

measure() { # nodes runs heap
  local nodes=$1 runs=$2 heap=$3 out ready=() jvm=() mem=() cpu=()
  for _ in $(seq "$runs"); do
    out=$(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx"$heap" -cp target/ironbook.jar bench/LabBench.java "$nodes" 2>/dev/null | grep '^nodes=')
    echo "  $out"
    ready+=("$(sed -E 's/.*ready_ms=([0-9]+).*/\1/' <<<"$out")")
    jvm+=("$(sed -E 's/.*since_jvm_start_ms=([0-9]+).*/\1/' <<<"$out")")
    cpu+=("$(sed -E 's/.*cpu_ms=([0-9]+).*/\1/' <<<"$out")")
    mem+=("$(sed -E 's/.*heap_used_mb=([0-9]+).*/\1/' <<<"$out")")
  done
  echo "lab nodes=$nodes runs=$runs -Xmx$heap: median ready $(printf '%s\n' "${ready[@]}" | median) ms, median cpu $(printf '%s\n' "${cpu[@]}" | median) ms" \
       "(median since JVM start $(printf '%s\n' "${jvm[@]}" | median) ms), median heap used $(printf '%s\n' "${mem[@]}" | median) MB"
}

measure 4 "$small" 1g
measure 500 "$large" 1g
