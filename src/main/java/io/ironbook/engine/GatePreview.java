package io.ironbook.engine;

import io.ironbook.cluster.BudgetStatus;
import io.ironbook.cluster.ClusterException;
import io.ironbook.cluster.DrainPlan;
import io.ironbook.cluster.PodDecision;
import io.ironbook.runbook.KubeAction;
import io.ironbook.runbook.Step;
import io.ironbook.runbook.StepAction;
import io.ironbook.runbook.StepSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a step will do, resolved, for a gate and for a dry run: the exact commands and the hosts
 * they run on, and for a drain its dry run (pods to evict, pods skipped and why, budgets that block).
 * It only reads.
 */
final class GatePreview {

    private GatePreview() {
    }

    static List<String> lines(Step step, List<String> nodes, StepText shown, EngineDeps deps, RunContext run) {
        List<String> lines = new ArrayList<>();
        lines.add(shown.plain(StepSummary.describe(step), Optional.empty()).replace("{{target}}", "each node"));
        if (step.action() instanceof StepAction.Ssh ssh) {
            for (String node : nodes) {
                String where = node;
                try {
                    where = deps.targets().apply(node).describe();
                } catch (RuntimeException e) {
                    where = node + " (no SSH target: " + e.getMessage() + ")";
                }
                lines.add("on " + where + ":");
                shown.command(ssh.run(), Optional.of(node)).strip().lines().forEach(l -> lines.add("  $ " + l));
            }
        }
        if (step.action() instanceof StepAction.Kube kube && kube.action() == KubeAction.DRAIN) {
            for (String node : nodes) {
                lines.addAll(drainPreview(step, kube, node, shown, run));
            }
        } else if (!(step.action() instanceof StepAction.Ssh) && !nodes.isEmpty()) {
            lines.add("nodes: " + String.join(", ", nodes));
        }
        for (String detail : StepSummary.details(step)) {
            lines.add(shown.plain(detail, Optional.empty()));
        }
        return lines;
    }

    private static List<String> drainPreview(Step step, StepAction.Kube kube, String node, StepText shown, RunContext run) {
        List<String> lines = new ArrayList<>();
        try {
            DrainPlan plan = run.deps().cluster().planDrain(node, DrainSettings.options(kube.with(), shown, node, run, step));
            lines.add("drain " + node + ": evicts " + plan.toEvict().size() + " pods" + names(plan.toEvict()));
            for (String warning : plan.warnings()) {
                lines.add("  skips " + warning);
            }
            if (!plan.skipped().isEmpty() && plan.warnings().isEmpty()) {
                lines.add("  skips " + plan.skipped().size() + " pods" + names(plan.skipped()));
            }
            for (String error : plan.errors()) {
                lines.add("  REFUSES " + error);
            }
            for (BudgetStatus budget : plan.blockingBudgets()) {
                lines.add("  BLOCKED NOW by " + budget.describe());
            }
        } catch (ClusterException e) {
            lines.add("drain " + node + ": cannot plan it now: " + e.getMessage());
        }
        return lines;
    }

    private static String names(List<PodDecision> pods) {
        if (pods.isEmpty()) {
            return "";
        }
        List<String> names = pods.stream().limit(12).map(p -> p.pod().toString()).toList();
        return ": " + String.join(", ", names) + (pods.size() > names.size() ? ", …" : "");
    }
}
