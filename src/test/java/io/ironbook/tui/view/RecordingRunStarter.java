package io.ironbook.tui.view;

import io.ironbook.runbook.Runbook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Records the runs the console's screens open, as {@code start ID@VERSION {params}} and {@code resume ID}. */
final class RecordingRunStarter implements RunStarter {
    final List<String> calls = new ArrayList<>();

    @Override
    public void start(Runbook runbook, Map<String, String> params) {
        calls.add("start " + runbook.ref() + " " + new TreeMap<>(params));
    }

    @Override
    public void resume(String runId) {
        calls.add("resume " + runId);
    }
}
