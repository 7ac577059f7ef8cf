package io.ironbook.engine;

import io.ironbook.cluster.BudgetStatus;
import io.ironbook.cluster.CordonResult;
import io.ironbook.cluster.DrainListener;
import io.ironbook.cluster.DrainPlan;
import io.ironbook.cluster.PodRef;
import java.time.Duration;
import java.util.List;

/** Turns a drain's progress into the run's output lines, naming the budget that blocks on every retry. */
final class DrainProgress implements DrainListener {
    private final String stepId;
    private final String node;
    private final RunContext run;

    DrainProgress(String stepId, String node, RunContext run) {
        this.stepId = stepId;
        this.node = node;
        this.run = run;
    }

    private void line(String text) {
        run.output(stepId, node, "stdout", text);
    }

    @Override
    public void cordoned(CordonResult result) {
        line(result.message());
    }

    @Override
    public void planned(DrainPlan plan) {
        for (String warning : plan.warnings()) {
            line("warning: " + warning);
        }
        for (String error : plan.errors()) {
            line("error: " + error);
        }
        line("evicting " + plan.toEvict().size() + " pods, skipping " + plan.skipped().size());
    }

    @Override
    public void evicting(PodRef pod) {
        line("evicting pod " + pod);
    }

    @Override
    public void evictionRefused(PodRef pod, List<BudgetStatus> budgets, String apiMessage, Duration retryIn) {
        String blockers = budgets.isEmpty() ? apiMessage : String.join("; ", budgets.stream().map(BudgetStatus::describe).toList());
        line("cannot evict pod " + pod + " yet: " + blockers + "; retrying in " + retryIn.toSeconds() + "s");
    }

    @Override
    public void apiUnavailable(String message, Duration retryIn) {
        line("the API is unavailable (" + message + "); retrying in " + retryIn.toSeconds() + "s");
    }

    @Override
    public void evicted(PodRef pod) {
        line("pod " + pod + " evicted");
    }

    @Override
    public void deleted(PodRef pod) {
        line("pod " + pod + " gone");
    }

    @Override
    public void failed(PodRef pod, String message) {
        line("pod " + pod + ": " + message);
    }

    @Override
    public void waiting(List<PodRef> pending, Duration elapsed) {
        run.waiting(stepId, pending.size() + " pods to leave " + node, elapsed);
    }
}
