#!/usr/bin/env sh
# Cluster benchmark: node-store sync and watch latency with 5,000 nodes, `ironbook nodes -o json` against
# `kubectl get nodes -o json` (when kubectl is installed and can talk to the mock), and a drain of a node
# with 110 pods whose grace period is 1 s. Everything runs against fabric8's mock API server over HTTP on
# 127.0.0.1. Prints medians. Options: -Dbench.nodes=N -Dbench.rounds=R via BENCH_OPTS.
set -eu
cd "$(dirname -- "$0")/.."
mvn -q -o -DskipTests package
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java ${BENCH_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  io.ironbook.cluster.ClusterBenchmark target/ironbook.jar
