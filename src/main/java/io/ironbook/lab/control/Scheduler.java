package io.ironbook.lab.control;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.Toleration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The default scheduler's essentials: Ready, schedulable, taints tolerated, then the least loaded node. */
final class Scheduler {

    private Scheduler() {
    }

    static Optional<String> pick(List<Toleration> tolerations, Map<String, String> nodeSelector, List<Node> nodes,
            Map<String, Integer> load) {
        return nodes.stream().filter(n -> fits(tolerations, n) && selected(nodeSelector, n))
                .min(Comparator.<Node>comparingInt(n -> load.getOrDefault(n.getMetadata().getName(), 0))
                        .thenComparing(n -> n.getMetadata().getName()))
                .map(n -> n.getMetadata().getName());
    }

    private static boolean selected(Map<String, String> nodeSelector, Node node) {
        Map<String, String> labels = node.getMetadata().getLabels() == null ? Map.of() : node.getMetadata().getLabels();
        return nodeSelector.entrySet().stream().allMatch(entry -> entry.getValue().equals(labels.get(entry.getKey())));
    }

    static boolean fits(List<Toleration> tolerations, Node node) {
        if (Boolean.TRUE.equals(node.getSpec().getUnschedulable())) {
            return false;
        }
        if (!"True".equals(Conditions.readyStatus(node.getStatus().getConditions()))) {
            return false;
        }
        List<Taint> taints = node.getSpec().getTaints() == null ? List.of() : node.getSpec().getTaints();
        for (Taint t : taints) {
            if (t.getEffect().equals("PreferNoSchedule")) {
                continue;
            }
            boolean tolerated = tolerations.stream().anyMatch(tol -> ("Exists".equals(tol.getOperator()) && tol.getKey() == null)
                    || (t.getKey().equals(tol.getKey()) && (tol.getEffect() == null || tol.getEffect().equals(t.getEffect()))));
            if (!tolerated) {
                return false;
            }
        }
        return true;
    }

    static String unschedulableMessage(List<Node> nodes) {
        long cordoned = nodes.stream().filter(n -> Boolean.TRUE.equals(n.getSpec().getUnschedulable())).count();
        long other = nodes.size() - cordoned;
        int n = nodes.size();
        return "0/" + n + " nodes are available: " + (other > 0 ? other + " node(s) had untolerated taint(s)" : "")
                + (other > 0 && cordoned > 0 ? ", " : "") + (cordoned > 0 ? cordoned + " node(s) were unschedulable" : "")
                + ". preemption: 0/" + n + " nodes are available: " + n + " Preemption is not helpful for scheduling.";
    }

    static boolean active(Pod pod) {
        return pod.getMetadata().getDeletionTimestamp() == null;
    }
}
