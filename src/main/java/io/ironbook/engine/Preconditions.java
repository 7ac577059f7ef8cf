package io.ironbook.engine;

import io.ironbook.cluster.ClusterException;
import io.ironbook.cluster.ControlPlaneStatus;
import io.ironbook.cluster.NodeReadiness;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.remote.RemoteException;
import io.ironbook.runbook.Precondition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Checks a runbook's preconditions before its first step; nothing has changed when one fails. */
final class Preconditions {

    private Preconditions() {
    }

    /**
     * @param targets every node the run acts on, for {@code otherControlPlanesReady}
     * @throws RunRefusedException naming the first condition that does not hold
     */
    static void check(List<Precondition> preconditions, RunContext run, Collection<String> targets) throws InterruptedException {
        for (Precondition precondition : preconditions) {
            List<String> nodes = precondition.target()
                    .map(t -> new TargetExpander(run.deps().cluster()).expand(t, name -> StepNodes.list(run.params(), name)))
                    .orElse(List.of());
            try {
                check(precondition, nodes, run, targets);
            } catch (ClusterException e) {
                throw new RunRefusedException(RunRefusedException.Reason.NOT_NOW, "precondition '" + precondition
                        + "' could not be checked: " + e.getMessage());
            }
        }
    }

    private static void check(Precondition precondition, List<String> nodes, RunContext run, Collection<String> targets)
            throws InterruptedException {
        switch (precondition.kind()) {
            case NODE_EXISTS -> {
                for (String node : nodes) {
                    if (!run.deps().cluster().nodeExists(node)) {
                        throw new RunRefusedException(RunRefusedException.Reason.BAD_INPUT,
                                "unknown node '" + node + "': the cluster has no such node");
                    }
                }
            }
            case NODE_READY -> {
                for (String node : nodes) {
                    Optional<NodeSummary> summary = run.deps().cluster().node(node);
                    if (summary.isEmpty() || summary.get().readiness() != NodeReadiness.READY) {
                        throw refused("node " + node + " is not Ready" + summary.map(s -> " (" + s.statusText()
                                + (s.reasonText().isEmpty() ? "" : ": " + s.reasonText()) + ")").orElse(" (unknown to the API)"));
                    }
                }
            }
            case SSH_REACHABLE -> {
                for (String node : nodes) {
                    try {
                        run.deps().shell().connect(run.deps().targets().apply(node));
                    } catch (RemoteException e) {
                        throw refused("node " + node + " does not answer over SSH: " + e.getMessage());
                    }
                }
            }
            case OTHER_CONTROL_PLANES_READY -> {
                ControlPlaneStatus status = run.deps().cluster().controlPlane();
                List<String> notReady = new ArrayList<>();
                for (NodeSummary node : status.controlPlaneNodes()) {
                    if (!targets.contains(node.name()) && node.readiness() != NodeReadiness.READY) {
                        notReady.add(node.name() + " (" + node.statusText() + ")");
                    }
                }
                if (!notReady.isEmpty()) {
                    throw refused("other control-plane nodes are not Ready: " + String.join(", ", notReady)
                            + "; taking another one down could cost etcd its quorum");
                }
            }
            case API_REACHABLE -> {
                ControlPlaneStatus status = run.deps().cluster().controlPlane();
                if (!status.apiReady()) {
                    throw refused("the Kubernetes API is not ready: " + status.apiDetail());
                }
            }
            default -> throw new IllegalStateException(precondition.kind().name());
        }
    }

    private static RunRefusedException refused(String message) {
        return new RunRefusedException(RunRefusedException.Reason.NOT_NOW, "precondition failed: " + message);
    }
}
