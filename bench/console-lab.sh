#!/usr/bin/env bash
# Console speed on a lab of N nodes (default 5000): the lab runs in its own JVM (ironbook lab --no-console, the
# shaded jar, bin/ironbook's JVM flags); each repetition is a fresh console JVM with the real Fabric8ClusterGateway
# and informer-backed node store on the lab's kubeconfig, headless on Lanterna's virtual terminal (ConsoleLabBench).
# Prints every run and the medians over the runs of: the first full screen after the node list is synced, one
# node's Ready condition changed over the API until the screen shows it, a full redraw (200x60; wall and CPU time),
# and the console JVM's RSS (the lab's JVM is measured apart).
# Usage: bench/console-lab.sh [NODES] [RUNS] [ROUNDS]   (defaults 5000, 5, 40)
# The console JVM's flags are bin/ironbook's (IRONBOOK_JAVA_OPTS overrides them, as it does for bin/ironbook).
set -euo pipefail
cd "$(dirname "$0")/.."
nodes=${1:-5000}
runs=${2:-5}
rounds=${3:-40}
launcher_opts=$(sed -n 's/.*IRONBOOK_JAVA_OPTS:-\([^}]*\)}.*/\1/p' bin/ironbook)
jvm=${IRONBOOK_JAVA_OPTS:-$launcher_opts}

if [ ! -f target/ironbook.jar ] || [ -n "$(find src/main pom.xml -newer target/ironbook.jar -print -quit)" ]; then
  mvn -q -o -DskipTests package
fi
mvn -q -o test-compile

work=$(mktemp -d)
lab_pid=
cleanup() {
  if [ -n "$lab_pid" ]; then kill "$lab_pid" 2>/dev/null || true; wait "$lab_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck disable=SC2086
XDG_STATE_HOME="$work/state" java $launcher_opts -jar target/ironbook.jar \
  lab --nodes "$nodes" --no-console --dir "$work/lab" </dev/null >"$work/lab.out" 2>&1 &
lab_pid=$!
for _ in $(seq 600); do
  grep -q 'ready in' "$work/lab.out" && break
  kill -0 "$lab_pid" 2>/dev/null || { cat "$work/lab.out"; exit 1; }
  sleep 1
done
grep -q 'ready in' "$work/lab.out" || { echo "the lab did not start within 10 minutes"; exit 1; }
head -1 "$work/lab.out"
sleep 10 # let the lab's first controller passes settle

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else if (NR % 2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
field() { sed -E "s/.* $1=([0-9.]+).*/\1/"; }

results="$work/runs.txt"
: >"$results"
echo "console JVM: java $jvm; $runs runs of $rounds status changes each; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$runs"); do
  # shellcheck disable=SC2086
  line=$(java $jvm -cp target/test-classes:target/ironbook.jar io.ironbook.tui.view.ConsoleLabBench \
    "$work/lab/kubeconfig" "$nodes" "$rounds" | grep '^run ' || true)
  echo "  $line"
  [ -n "$line" ] && echo "$line" >>"$results"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); lab JVM RSS $(awk '/VmRSS/ {printf "%d MB", $2/1024}' /proc/$lab_pid/status)"

m() { field "$1" <"$results" | median; }
echo "medians over $(wc -l <"$results") runs, $nodes nodes:"
echo "  node list synced (informers, from start)   $(m sync_ms) ms"
echo "  first full screen after the sync           $(m first_screen_ms) ms   (target <= 1000)"
echo "  status change over the API -> on screen    $(m change_ms) ms median of run medians, p95 $(m change_p95_ms) ms (target <= 200)"
echo "    (from the PATCH's answer: $(m change_after_ack_ms) ms; PATCH round trip $(m patch_ms) ms)"
echo "  full redraw 200x60                         $(m redraw_ms) ms wall, $(m redraw_cpu_ms) ms CPU (target <= 20)"
echo "  console JVM RSS                            $(m rss_mb) MB at the end, peak $(m peak_rss_mb) MB (target <= 300)"
