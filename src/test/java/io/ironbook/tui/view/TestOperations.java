package io.ironbook.tui.view;

import io.ironbook.diagnose.FindingIds;
import io.ironbook.diagnose.RemediationIndex;
import io.ironbook.diagnose.RunbookEntry;
import io.ironbook.engine.JournalStore;
import io.ironbook.engine.RunOptions;
import io.ironbook.engine.RunResult;
import io.ironbook.runbook.Runbook;
import io.ironbook.runbook.RunbookCatalogue;
import io.ironbook.runbook.RunbookLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The engine behind a test console: the shipped runbooks, a journal folder, a fake live diagnosis. */
final class TestOperations {
    /** The shipped runbook catalogue. */
    static final RunbookCatalogue CATALOGUE = RunbookCatalogue.load(new RunbookLoader(FindingIds.all()), List.of());

    private TestOperations() {
    }

    /** Which runbooks remedy what, from the shipped catalogue (as the command line builds it). */
    static RemediationIndex shippedRemediation() {
        return RemediationIndex.of(CATALOGUE.runbooks().stream()
                .map(runbook -> new RunbookEntry(runbook.id(), runbook.title(), runbook.appliesTo())).toList());
    }

    static ConsoleOperations with(LiveDiagnosis diagnosis, Path journalDir) {
        return with(diagnosis, journalDir, new UnusedRunLauncher());
    }

    static ConsoleOperations with(LiveDiagnosis diagnosis, Path journalDir, RunLauncher launcher) {
        return new ConsoleOperations(CATALOGUE, launcher, new JournalStore(journalDir), diagnosis);
    }

    /** The screens under test open runs through a RunStarter, never through the launcher. */
    private static final class UnusedRunLauncher implements RunLauncher {
        @Override
        public RunResult run(Runbook runbook, Map<String, String> params, RunOptions options) {
            throw new AssertionError("the console ran " + runbook.ref() + " without its run screen");
        }

        @Override
        public RunResult resume(String runId, boolean force, RunOptions options) {
            throw new AssertionError("the console resumed " + runId + " without its run screen");
        }
    }
}
