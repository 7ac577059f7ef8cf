package io.ironbook.tui.view;

import io.ironbook.engine.JournalStore;
import io.ironbook.runbook.RunbookCatalogue;
import java.util.Objects;

/**
 * What the console does beyond the node list: the runbook catalogue, runs through the engine, the run
 * journal, and live diagnosis. Without it the console shows and cordons nodes only.
 *
 * @param catalogue the runbooks (shipped, user folder, {@code --runbooks})
 * @param runs starts and resumes runs
 * @param journal the runs' journals, for the journal screen
 * @param diagnosis live diagnosis of one node
 */
public record ConsoleOperations(RunbookCatalogue catalogue, RunLauncher runs, JournalStore journal,
        LiveDiagnosis diagnosis) {

    public ConsoleOperations {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(runs, "runs");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(diagnosis, "diagnosis");
    }
}
