package io.ironbook.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a drain of one node would do right now: the pods to evict, the ones skipped and why, the ones that
 * refuse the drain (with the flag that would allow them), and the disruption budgets that cover the pods
 * to evict. This is what a confirmation gate shows before a drain.
 */
public record DrainPlan(String node, List<PodDecision> toEvict, List<PodDecision> skipped,
        List<PodDecision> refused, List<BudgetStatus> budgets) {

    public DrainPlan {
        toEvict = List.copyOf(toEvict);
        skipped = List.copyOf(skipped);
        refused = List.copyOf(refused);
        budgets = List.copyOf(budgets);
    }

    /** Whether the drain may go on: no pod refuses it. */
    public boolean permitted() {
        return refused.isEmpty();
    }

    /** The budgets that allow no disruption now: evicting their pods will wait until they do. */
    public List<BudgetStatus> blockingBudgets() {
        return budgets.stream().filter(budget -> budget.disruptionsAllowed() <= 0).toList();
    }

    /**
     * kubectl's error lines, one per message, naming the pods: {@code cannot delete DaemonSet-managed Pods
     * (use --ignore-daemonsets to ignore): kube-system/kube-proxy-x, ...}.
     */
    public List<String> errors() {
        return grouped(refused);
    }

    /** kubectl's warning lines, grouped the same way: {@code ignoring DaemonSet-managed Pods: ...}. */
    public List<String> warnings() {
        List<PodDecision> withWarnings = new ArrayList<>();
        for (PodDecision decision : skipped) {
            if (!decision.message().isEmpty() && decision.message().startsWith(DrainFilters.DAEMONSET_WARNING)) {
                withWarnings.add(decision);
            }
        }
        for (PodDecision decision : toEvict) {
            if (!decision.message().isEmpty()) {
                withWarnings.add(decision);
            }
        }
        return grouped(withWarnings);
    }

    private static List<String> grouped(List<PodDecision> decisions) {
        Map<String, List<String>> byMessage = new LinkedHashMap<>();
        for (PodDecision decision : decisions) {
            byMessage.computeIfAbsent(decision.message(), key -> new ArrayList<>()).add(decision.pod().toString());
        }
        List<String> lines = new ArrayList<>();
        byMessage.forEach((message, pods) -> lines.add(message + ": " + String.join(", ", pods)));
        return lines;
    }
}
