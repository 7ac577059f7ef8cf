package io.ironbook.cli;

import io.ironbook.engine.JournalStore;
import io.ironbook.engine.RunRecord;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ironbook journal list}: every run, newest first, with how far it got. */
@Command(name = "list", description = "Every run, newest first: runbook, who, when, how it ended or where it stopped.")
final class JournalListCommand implements Callable<Integer> {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private final Services services;

    @Spec
    private CommandSpec spec;

    JournalListCommand(Services services, GlobalOptions options) {
        this.services = services;
    }

    @Override
    public Integer call() {
        TextTable table = new TextTable("RUN", "RUNBOOK", "STARTED", "OPERATOR", "STATE", "LAST STEP");
        for (RunRecord run : new JournalStore(services.paths().runsDir()).list()) {
            Map<String, io.ironbook.engine.StepStatus> steps = run.stepStatuses();
            String last = steps.isEmpty() ? "-" : steps.entrySet().stream().reduce((a, b) -> b)
                    .map(e -> e.getKey() + " " + e.getValue().name().toLowerCase(java.util.Locale.ROOT)).orElse("-");
            table.row(run.header().runId(), run.header().runbookId() + "@" + run.header().version(),
                    WHEN.format(run.header().started()), run.header().user() + "@" + run.header().host(), run.state(), last);
        }
        table.print(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
