package io.ironbook.engine;

import io.ironbook.cluster.ClusterException;
import io.ironbook.runbook.Gate;
import io.ironbook.runbook.Precondition;
import io.ironbook.runbook.Runbook;
import io.ironbook.runbook.Step;
import io.ironbook.runbook.StepAction;
import io.ironbook.runbook.StepSummary;
import io.ironbook.runbook.WaitCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole plan of a run, resolved, without changing anything anywhere: targets expanded, commands
 * as they would run (secrets masked), gates with their typed text, drain dry runs, waits. It reads
 * the cluster and writes no journal.
 */
public final class RunPlanner {
    private final EngineDeps deps;

    public RunPlanner(EngineDeps deps) {
        this.deps = deps;
    }

    /** The plan as lines for the operator. @throws RunRefusedException when the params are unusable */
    public List<String> plan(Runbook runbook, Map<String, String> params) {
        BoundParams bound = ParamBinder.bind(runbook, params);
        RunContext view = PlanContext.create(runbook, bound, deps);
        StepText shown = StepText.forShowing(bound);
        List<String> lines = new ArrayList<>();
        lines.add("dry run of " + runbook.ref() + " (" + runbook.title() + "): nothing will change");
        lines.add("params: " + bound.redacted());
        try {
            KuredInterlock.beforeRun(runbook, List.of(), view);
        } catch (RunRefusedException e) {
            lines.add("now: a real run would be refused: " + e.getMessage());
        }
        for (Precondition precondition : runbook.preconditions()) {
            lines.add("checks first: " + shown.plain(precondition.toString(), Optional.empty()));
        }
        int n = 1;
        for (Step step : runbook.steps()) {
            lines.add("");
            String title = shown.plain(step.title().isBlank() ? step.id() : step.title(), Optional.empty());
            String gate = step.gate().map(g -> g instanceof Gate.Typed t
                    ? "gate: type \"" + shown.plain(t.text(), Optional.empty()) + "\"" : "gate: confirm").orElse("");
            lines.add(n++ + ". " + step.id() + " · " + title + (step.destructive() ? "  [DESTRUCTIVE" + (gate.isEmpty() ? "]" : " · " + gate + "]")
                    : gate.isEmpty() ? "" : "  [" + gate + "]"));
            Optional<String> skip = step.when().entrySet().stream()
                    .filter(e -> !bound.value(e.getKey()).orElse("").equals(e.getValue()))
                    .map(e -> "skipped: only when " + e.getKey() + " = " + e.getValue()).findFirst();
            if (skip.isPresent()) {
                lines.add("   " + skip.get());
                continue;
            }
            List<String> nodes;
            try {
                nodes = StepNodes.of(step, view, bound);
            } catch (ClusterException e) {
                lines.add("   nodes: cannot list them now: " + e.getMessage());
                continue;
            }
            for (String line : describe(step, nodes, shown, view)) {
                lines.add("   " + line);
            }
        }
        return lines;
    }

    private List<String> describe(Step step, List<String> nodes, StepText shown, RunContext view) {
        if (step.action() instanceof StepAction.Wait wait) {
            List<String> lines = new ArrayList<>();
            for (WaitCondition condition : wait.conditions()) {
                lines.add("waits until " + (condition.target().isEmpty() ? condition.kind().meaning()
                        : String.join(", ", ConditionNodes.of(condition, shown, view)) + " " + condition.kind().meaning()));
            }
            step.timeout().ifPresent(t -> lines.add("gives up after " + io.ironbook.runbook.GoDuration.format(t)));
            return lines;
        }
        if (step.action() instanceof StepAction.Manual manual) {
            List<String> lines = new ArrayList<>(List.of(StepSummary.describe(step)));
            manual.instructions().ifPresent(i -> shown.plain(i, Optional.empty()).strip().lines().forEach(l -> lines.add("  " + l)));
            return lines;
        }
        return GatePreview.lines(step, nodes, shown, deps, view);
    }
}
