package io.ironbook.engine;

import io.ironbook.cluster.ClusterException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The node locks one run holds. They are taken when the run starts, for every node its kube and ssh steps
 * name; a lock that cannot be taken because the API does not answer (a cluster starting up, its control
 * plane still down) is taken later, before the first step that acts on that node, and that step is refused
 * if it still cannot be. Nodes a step acts on that were not known at the start (nested runbooks, role
 * targets) are locked the same way. No kube or ssh step acts on a node the run has not locked.
 */
final class RunLocks {
    private final NodeLocks locks;
    private final NodeLocks.Holder holder;
    private final List<String> held = new CopyOnWriteArrayList<>();

    RunLocks(NodeLocks locks, NodeLocks.Holder holder) {
        this.locks = locks;
        this.holder = holder;
    }

    /** The nodes locked so far (live: the lock keeper renews what it finds here). */
    List<String> held() {
        return held;
    }

    /**
     * At the start of a run: locks every node it can; empty when no one else holds one, else why the run
     * is refused. Nodes whose lock the unreachable API cannot give now are left for later.
     */
    Optional<String> acquireAtStart(Collection<String> nodes, RunContext run) {
        for (String node : nodes) {
            try {
                Optional<String> refusal = acquire(node);
                if (refusal.isPresent()) {
                    return refusal;
                }
            } catch (ClusterException e) {
                if (e.kind() != ClusterException.Kind.UNREACHABLE) {
                    throw e;
                }
                run.output("", node, "stderr", "cannot lock " + node + " yet (" + e.getMessage()
                        + "); it is locked before the first step that acts on it");
            }
        }
        return Optional.empty();
    }

    /** Before a kube or ssh step: locks the step's nodes this run does not hold yet, or refuses the step. */
    void ensure(String stepId, Collection<String> nodes) {
        for (String node : nodes) {
            if (held.contains(node)) {
                continue;
            }
            Optional<String> refusal;
            try {
                refusal = acquire(node);
            } catch (ClusterException e) {
                throw new RunRefusedException(RunRefusedException.Reason.NOT_NOW, "refusing step '" + stepId
                        + "': cannot lock " + node + " (" + e.getMessage() + ")");
            }
            if (refusal.isPresent()) {
                throw new RunRefusedException(RunRefusedException.Reason.NOT_NOW, "refusing step '" + stepId + "': " + refusal.get());
            }
        }
    }

    private Optional<String> acquire(String node) {
        Optional<NodeLocks.Holder> other = locks.tryAcquire(node, holder);
        if (other.isPresent()) {
            return Optional.of("node " + node + " is locked by run " + other.get().runId() + " of " + other.get().operator()
                    + " since " + other.get().since());
        }
        held.add(node);
        return Optional.empty();
    }
}
