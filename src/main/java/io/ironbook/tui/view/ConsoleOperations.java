package io.ironbook.tui.view;

import io.ironbook.engine.JournalStore;
import io.ironbook.runbook.RunbookCatalogue;
import java.util.Objects;
import java.util.Optional;

/**
 * What the console does beyond the node list: the runbook catalogue, runs through the engine, the run
 * journal, and live diagnosis. Without it the console shows and cordons nodes only.
 *
 * @param catalogue the runbooks (shipped, user folder, {@code --runbooks})
 * @param runs starts and resumes runs
 * @param journal the runs' journals, for the journal screen
 * @param diagnosis live diagnosis of one node
 * @param lab the lab's control commands when the console runs on the built-in lab
 */
public record ConsoleOperations(RunbookCatalogue catalogue, RunLauncher runs, JournalStore journal,
        LiveDiagnosis diagnosis, Optional<LabCommands> lab) {

    public ConsoleOperations {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(runs, "runs");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(diagnosis, "diagnosis");
        Objects.requireNonNull(lab, "lab");
    }

    /** Operations on a real cluster (no lab). */
    public ConsoleOperations(RunbookCatalogue catalogue, RunLauncher runs, JournalStore journal,
            LiveDiagnosis diagnosis) {
        this(catalogue, runs, journal, diagnosis, Optional.empty());
    }
}
