#!/usr/bin/env bash
# Benchmark of `ironbook diagnose --bundle` on a bundle whose journals hold 200,000 lines.
# Prints, for RUNS fresh JVMs, the median time from main() and from JVM start to a finished text
# report (the default output; the JSON form's extra time is printed too), plus the median wall time of the whole `java -jar target/ironbook.jar diagnose` command.
# Usage: bench/diagnose-bench.sh [LINES] [RUNS]   (needs `mvn -q -DskipTests package` first)
set -euo pipefail
cd "$(dirname "$0")/.."
lines="${1:-200000}"
runs="${2:-7}"
jar=target/ironbook.jar
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work/classes" -cp "$jar" bench/src/DiagnoseBench.java
cp="$work/classes:$jar"
java -cp "$cp" DiagnoseBench generate "$work/bundle" "$lines"
echo "bundle: $(cat "$work"/bundle/journal-*.log | wc -l) journal lines, $(du -sh "$work/bundle" | cut -f1)"
opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
main=(); jvm=(); cpu=(); outs=()
for i in $(seq "$runs"); do
  out=$(java $opts -cp "$cp" DiagnoseBench run "$work/bundle")
  outs+=("$out")
  main+=("$(sed -E 's/.*fromMain=([0-9]+).*/\1/' <<<"$out")")
  jvm+=("$(sed -E 's/.*fromJvmStart=([0-9]+).*/\1/' <<<"$out")")
  cpu+=("$(sed -E 's/.*processCpu=([0-9]+).*/\1/' <<<"$out")")
done
echo "last run: $out"
json=(); for o in "${outs[@]}"; do json+=("$(sed -E 's/.*thenJson=([0-9]+).*/\1/' <<<"$o")"); done
echo "then the JSON form on top, median of $runs: $(printf '%s\n' "${json[@]}" | median) ms"
echo "analysis after JVM start (from main), median of $runs: $(printf '%s\n' "${main[@]}" | median) ms  [runs: ${main[*]}]"
echo "CPU time of the whole process (all threads, JIT and GC included), median of $runs: $(printf '%s\n' "${cpu[@]}" | median) ms  (wall time suffers when other processes load the machine: load $(cut -d' ' -f1 /proc/loadavg))"
echo "from JVM start (incl. JVM boot), median of $runs: $(printf '%s\n' "${jvm[@]}" | median) ms"
wall=()
for i in $(seq "$runs"); do
  s=$(date +%s%N)
  java $opts -jar "$jar" diagnose --bundle "$work/bundle" >/dev/null || true
  e=$(date +%s%N)
  wall+=("$(( (e - s) / 1000000 ))")
done
echo "whole command 'java -jar ironbook.jar diagnose --bundle' wall time, median of $runs: $(printf '%s\n' "${wall[@]}" | median) ms"
