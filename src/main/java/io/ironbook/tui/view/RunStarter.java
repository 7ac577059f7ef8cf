package io.ironbook.tui.view;

import io.ironbook.runbook.Runbook;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Opens runs in the console: starting a runbook (a remedy chosen on the diagnosis screen) or resuming a run
 * from the journal. The screen that shows a run, its gates and its progress is behind it; the views that
 * offer runs only say which one.
 */
interface RunStarter {

    /** Starts {@code runbook} with these params (e.g. {@code node}). */
    void start(Runbook runbook, Map<String, String> params);

    /** Goes on with the run of that id, which stopped before its end. */
    void resume(String runId);

    /** The pair of calls as a starter. */
    static RunStarter of(BiConsumer<Runbook, Map<String, String>> start, Consumer<String> resume) {
        return new RunStarter() {
            @Override
            public void start(Runbook runbook, Map<String, String> params) {
                start.accept(runbook, params);
            }

            @Override
            public void resume(String runId) {
                resume.accept(runId);
            }
        };
    }
}
