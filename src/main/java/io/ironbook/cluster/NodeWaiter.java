package io.ironbook.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Waits for a node to reach a state by reading it every poll interval, without fabric8's retries so that
 * every check stays short. An unreachable API server or a node that is briefly missing (re-registering
 * after a reboot) is progress to report, not a failure; a refusal (401, 403) ends the wait.
 */
final class NodeWaiter {
    private final Fabric8ClusterGateway gateway;
    private final Duration interval;

    NodeWaiter(Fabric8ClusterGateway gateway, Duration interval) {
        this.gateway = gateway;
        this.interval = interval;
    }

    NodeSummary waitFor(String node, Predicate<NodeSummary> done, String what, Duration timeout,
            WaitListener listener) {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        Optional<NodeSummary> last = Optional.empty();
        String lastNote = "";
        while (true) {
            Duration elapsed = Duration.between(start, Instant.now());
            try {
                Optional<NodeSummary> seen = gateway.readNodeOnce(node);
                if (seen.isPresent()) {
                    last = seen;
                    if (done.test(seen.get())) {
                        listener.progress(seen, elapsed, "done: " + what);
                        return seen.get();
                    }
                    lastNote = "waiting for " + what + "; now " + describe(seen.get());
                } else {
                    lastNote = "waiting for " + what + "; node " + node + " not found";
                }
                listener.progress(seen, elapsed, lastNote);
            } catch (ClusterException e) {
                if (e.kind() == ClusterException.Kind.FORBIDDEN || e.kind() == ClusterException.Kind.UNAUTHORIZED) {
                    throw e;
                }
                lastNote = "waiting for " + what + "; " + e.getMessage();
                listener.progress(Optional.empty(), elapsed, lastNote);
            }
            if (!Instant.now().isBefore(deadline)) {
                throw new ClusterException(ClusterException.Kind.TIMEOUT, "timed out after "
                        + HumanDuration.format(timeout) + " waiting for " + what + "; last seen: "
                        + last.map(NodeWaiter::describe).orElse(lastNote));
            }
            Drainer.sleep(Drainer.min(interval, Duration.between(Instant.now(), deadline)));
        }
    }

    static String describe(NodeSummary node) {
        String reason = node.reasonText();
        return node.statusText() + (reason.isEmpty() ? "" : " (" + reason + ")")
                + (node.bootId().isEmpty() ? "" : ", boot id " + node.bootId());
    }
}
