package io.ironbook.tui.view;

import io.ironbook.engine.RunOptions;
import io.ironbook.engine.RunResult;
import io.ironbook.engine.RunStatus;
import io.ironbook.runbook.Runbook;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A run launcher that runs nothing: it records each run and resume and says it succeeded. */
final class RecordingRunLauncher implements RunLauncher {
    final List<String> calls = new CopyOnWriteArrayList<>();
    /** When set, a resume waits for it (a run still going). */
    volatile CountDownLatch held;

    @Override
    public RunResult run(Runbook runbook, Map<String, String> params, RunOptions options) {
        calls.add("run " + runbook.ref() + " " + new TreeMap<>(params));
        return new RunResult("recorded", RunStatus.SUCCEEDED, "recorded, nothing ran", Path.of("recorded.jsonl"));
    }

    @Override
    public RunResult resume(String runId, boolean force, RunOptions options) throws InterruptedException {
        calls.add("resume " + runId + (force ? " --force" : ""));
        CountDownLatch latch = held;
        if (latch != null && !latch.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never let the resumed run end");
        }
        return new RunResult(runId, RunStatus.SUCCEEDED, "recorded, nothing ran", Path.of(runId + ".jsonl"));
    }
}
