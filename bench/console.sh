#!/usr/bin/env bash
# Console speed on a fake cluster of N nodes (default 5000), headless on Lanterna's virtual terminal:
# first full screen after the node list is synced, one node's change to the screen, redraw and scroll cost
# (medians), and RSS. The JVM gets -Xmx256m so the RSS figure stays honest for the 300 MB budget.
set -euo pipefail
cd "$(dirname "$0")/.."
nodes="${1:-5000}"
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx256m -XX:+UseSerialGC -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.ironbook.tui.view.ConsoleBench "$nodes"
