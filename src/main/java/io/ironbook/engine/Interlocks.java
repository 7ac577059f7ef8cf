package io.ironbook.engine;

import io.ironbook.cluster.NodeReadiness;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.runbook.CommandSafety;
import io.ironbook.runbook.KubeAction;
import io.ironbook.runbook.Step;
import io.ironbook.runbook.StepAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the world before a step that takes nodes out of service (a drain, a halt, a reboot): it
 * refuses to take down the last Ready control-plane node, unless the step deliberately acts on every
 * control plane at once (a whole-cluster shutdown, behind its typed gate), refuses while kured holds
 * its reboot lock ({@link KuredInterlock}), and it warns when nodes other than
 * the step's and the run's own are already cordoned.
 */
final class Interlocks {

    private Interlocks() {
    }

    static boolean takesNodesDown(Step step) {
        if (step.action() instanceof StepAction.Kube kube) {
            return kube.action() == KubeAction.DRAIN;
        }
        if (step.action() instanceof StepAction.Ssh ssh) {
            return CommandSafety.assess(ssh.run()).map(v -> v.what().startsWith("halts or reboots")).orElse(false);
        }
        return false;
    }

    /** @throws RunRefusedException when the step would leave no Ready control plane */
    static void check(Step step, List<String> nodes, RunContext run) {
        if (!takesNodesDown(step) || nodes.isEmpty()) {
            return;
        }
        KuredInterlock.beforeStep(step, nodes, run, step.id());
        List<NodeSummary> all = run.deps().cluster().nodes();
        List<NodeSummary> controlPlanes = all.stream().filter(Interlocks::isControlPlane).toList();
        boolean everyControlPlane = !controlPlanes.isEmpty()
                && controlPlanes.stream().allMatch(cp -> nodes.contains(cp.name()));
        List<String> hit = controlPlanes.stream().map(NodeSummary::name).filter(nodes::contains).toList();
        if (!hit.isEmpty() && !everyControlPlane) {
            long readyLeft = controlPlanes.stream()
                    .filter(cp -> !nodes.contains(cp.name()) && cp.readiness() == NodeReadiness.READY).count();
            if (readyLeft == 0) {
                throw new RunRefusedException(RunRefusedException.Reason.NOT_NOW, "refusing step '" + step.id() + "': "
                        + String.join(", ", hit) + " would leave no Ready control-plane node (the API and etcd would go down)");
            }
        }
        List<String> cordoned = new ArrayList<>();
        for (NodeSummary node : all) {
            boolean byThisRun = node.cordonMark().map(m -> run.runId().equals(m.runId())).orElse(false);
            if (node.cordoned() && !nodes.contains(node.name()) && !byThisRun) {
                cordoned.add(node.name() + node.cordonMark().map(m -> " (by " + m.by() + ")").orElse(" (by hand)"));
            }
        }
        if (!cordoned.isEmpty()) {
            run.output(step.id(), "", "stderr", "warning: other nodes are already cordoned: " + String.join(", ", cordoned)
                    + "; capacity is lower than it looks");
        }
    }

    static boolean isControlPlane(NodeSummary node) {
        return TargetExpander.hasRole(node, "control-plane");
    }
}
