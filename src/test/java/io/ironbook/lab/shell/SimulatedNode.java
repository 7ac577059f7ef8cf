package io.ironbook.lab.shell;

import io.ironbook.lab.node.ClusterLink;
import io.ironbook.lab.node.NodeOs;
import java.time.Duration;
import java.time.Instant;

/** One simulated worker and its shell, on a clock of the test's own: time moves only when a test or a command says. */
final class SimulatedNode {
    private Instant now = Instant.parse("2026-11-26T06:00:00Z");
    private final NodeOs node = NodeOs.create("worker-1", false, "10.0.0.11", new ClusterLink("10.0.0.100:6443"), 1, now);

    /** Runs one command line as root on the node. */
    ShellResult run(String line) {
        return new Interpreter(node, () -> now, this::advance).run(line);
    }

    /** Moves the node's clock on (a command that sleeps does the same). */
    void advance(Duration d) {
        now = now.plus(d);
        node.tick(now);
    }

    NodeOs node() {
        return node;
    }

    Instant now() {
        return now;
    }
}
