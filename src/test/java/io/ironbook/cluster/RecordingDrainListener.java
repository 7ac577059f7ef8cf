package io.ironbook.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** A DrainListener that records every event as a line, for assertions. */
final class RecordingDrainListener implements DrainListener {
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch firstRefusal = new CountDownLatch(1);
    final CountDownLatch firstOutage = new CountDownLatch(1);

    @Override
    public void cordoned(CordonResult result) {
        lines.add(result.message());
    }

    @Override
    public void evicting(PodRef pod) {
        lines.add("evicting " + pod);
    }

    @Override
    public void evictionRefused(PodRef pod, List<BudgetStatus> budgets, String apiMessage, Duration retryIn) {
        lines.add("refused " + pod + ": " + String.join("; ", budgets.stream().map(BudgetStatus::describe).toList())
                + " / " + apiMessage);
        firstRefusal.countDown();
    }

    @Override
    public void apiUnavailable(String message, Duration retryIn) {
        lines.add("unavailable: " + message);
        firstOutage.countDown();
    }

    @Override
    public void evicted(PodRef pod) {
        lines.add("evicted " + pod);
    }

    @Override
    public void deleted(PodRef pod) {
        lines.add("deleted " + pod);
    }

    @Override
    public void failed(PodRef pod, String message) {
        lines.add("failed " + pod + ": " + message);
    }

    List<String> snapshot() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
