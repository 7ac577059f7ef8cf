package io.ironbook.cli;

import io.ironbook.cluster.BudgetStatus;
import io.ironbook.cluster.CordonResult;
import io.ironbook.cluster.DrainListener;
import io.ironbook.cluster.DrainPlan;
import io.ironbook.cluster.HumanDuration;
import io.ironbook.cluster.PodRef;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints a drain's progress as kubectl does, one line per event, and, unlike kubectl, names the
 * disruption budget that refuses an eviction and how many disruptions it allows, on every retry.
 */
final class LineDrainListener implements DrainListener {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Set<PodRef> announced = ConcurrentHashMap.newKeySet();

    LineDrainListener(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void cordoned(CordonResult result) {
        print(out, result.message());
    }

    @Override
    public void planned(DrainPlan plan) {
        if (!plan.warnings().isEmpty()) {
            print(err, "Warning: " + String.join("; ", plan.warnings()));
        }
    }

    @Override
    public void evicting(PodRef pod) {
        if (announced.add(pod)) {
            print(out, "evicting pod " + pod);
        }
    }

    @Override
    public void evictionRefused(PodRef pod, List<BudgetStatus> budgets, String apiMessage, Duration retryIn) {
        String why = budgets.isEmpty() ? apiMessage
                : String.join("; ", budgets.stream().map(BudgetStatus::describe).toList());
        print(err, "error when evicting pods/\"" + pod.name() + "\" -n \"" + pod.namespace() + "\" (will retry after "
                + HumanDuration.format(retryIn) + "): " + why);
    }

    @Override
    public void apiUnavailable(String message, Duration retryIn) {
        print(err, message + " (will retry after " + HumanDuration.format(retryIn) + ")");
    }

    @Override
    public void deleted(PodRef pod) {
        print(out, "pod/" + pod.name() + " evicted");
    }

    @Override
    public void failed(PodRef pod, String message) {
        print(err, "error when evicting pods/\"" + pod.name() + "\" -n \"" + pod.namespace() + "\": " + message);
    }

    private static void print(PrintWriter writer, String line) {
        synchronized (writer) {
            writer.println(line);
            writer.flush();
        }
    }
}
