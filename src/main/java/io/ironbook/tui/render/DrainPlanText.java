package io.ironbook.tui.render;

import io.ironbook.cluster.BudgetStatus;
import io.ironbook.cluster.DrainPlan;
import io.ironbook.cluster.PodDecision;
import java.util.ArrayList;
import java.util.List;

/** What a drain gate shows: the dry run of the drain, pod by pod, and the budgets that will hold it up. */
public final class DrainPlanText {
    /** At most this many pods are listed per group; the rest are counted. */
    static final int MAX_PODS = 12;

    private DrainPlanText() {
    }

    public static List<String> lines(DrainPlan plan, Glyphs glyphs) {
        List<String> lines = new ArrayList<>();
        lines.add("Cordons " + plan.node() + ", then evicts " + plan.toEvict().size() + " pod"
                + (plan.toEvict().size() == 1 ? "" : "s") + " through the eviction API:");
        listPods(lines, plan.toEvict(), false);
        if (!plan.skipped().isEmpty()) {
            lines.add("Leaves " + plan.skipped().size() + " pod" + (plan.skipped().size() == 1 ? "" : "s")
                    + " alone:");
            listPods(lines, plan.skipped(), true);
        }
        if (!plan.refused().isEmpty()) {
            lines.add("Cannot drain while these pods are there:");
            plan.errors().forEach(error -> lines.add("  " + error));
        }
        List<BudgetStatus> blocking = plan.blockingBudgets();
        if (blocking.isEmpty()) {
            lines.add("No disruption budget blocks an eviction right now.");
        } else {
            lines.add("Blocking disruption budgets (evictions wait until they allow one):");
            blocking.forEach(budget -> lines.add("  " + glyphs.notReady() + " " + budget.describe()));
        }
        return lines;
    }

    private static void listPods(List<String> lines, List<PodDecision> pods, boolean withReason) {
        for (int i = 0; i < pods.size() && i < MAX_PODS; i++) {
            PodDecision decision = pods.get(i);
            String reason = withReason && !decision.message().isEmpty() ? "  (" + decision.message() + ")" : "";
            lines.add("  " + decision.pod() + reason);
        }
        if (pods.size() > MAX_PODS) {
            lines.add("  ... and " + (pods.size() - MAX_PODS) + " more");
        }
    }
}
