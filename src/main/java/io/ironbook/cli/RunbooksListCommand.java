package io.ironbook.cli;

import io.ironbook.runbook.Runbook;
import io.ironbook.runbook.RunbookCatalogue;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ironbook runbooks list}: every runbook with its version and the file that won. */
@Command(name = "list", description = "List the runbooks: id, version, where each comes from, title.")
final class RunbooksListCommand implements Callable<Integer> {
    private final Services services;
    private final GlobalOptions options;

    @Spec
    private CommandSpec spec;

    RunbooksListCommand(Services services, GlobalOptions options) {
        this.services = services;
        this.options = options;
    }

    @Override
    public Integer call() {
        RunbookCatalogue catalogue = RunbookCatalogues.load(services.paths(), options, List.of());
        PrintWriter out = spec.commandLine().getOut();
        TextTable table = new TextTable("ID", "VERSION", "SOURCE", "TITLE");
        for (Runbook runbook : catalogue.runbooks()) {
            String source = runbook.source().toString()
                    + catalogue.overridden(runbook.id()).map(o -> " (overrides " + o.source() + " " + o.version() + ")").orElse("");
            table.row(runbook.id(), runbook.version().toString(), source, runbook.title());
        }
        table.print(out);
        return RunbookProblems.report(catalogue.problems(), spec.commandLine().getErr());
    }
}
