package io.ironbook.tui.view;

import io.ironbook.engine.RunOptions;
import io.ironbook.engine.RunResult;
import io.ironbook.engine.RunbookRunner;
import io.ironbook.runbook.Runbook;
import java.util.Map;

/**
 * Starts and resumes runbook runs for the console; the engine's {@link RunbookRunner} in production. Both
 * calls block their (non-GUI) thread until the run ends; events and gates arrive through the options.
 */
public interface RunLauncher {

    /** Runs a runbook with these params. */
    RunResult run(Runbook runbook, Map<String, String> params, RunOptions options) throws InterruptedException;

    /** Goes on with a run that stopped; {@code force} accepts a runbook file changed since. */
    RunResult resume(String runId, boolean force, RunOptions options) throws InterruptedException;

    /** The engine's runner behind the console. */
    static RunLauncher of(RunbookRunner runner) {
        return new RunLauncher() {
            @Override
            public RunResult run(Runbook runbook, Map<String, String> params, RunOptions options)
                    throws InterruptedException {
                return runner.run(runbook, params, options);
            }

            @Override
            public RunResult resume(String runId, boolean force, RunOptions options) throws InterruptedException {
                return runner.resume(runId, force, Map.of(), options);
            }
        };
    }
}
