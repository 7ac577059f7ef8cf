package io.ironbook.cli;

import io.ironbook.runbook.Runbook;
import io.ironbook.runbook.RunbookCatalogue;
import io.ironbook.runbook.RunbookException;
import io.ironbook.runbook.RunbookSource;
import io.ironbook.runbook.Step;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ironbook runbooks validate FILE...}: checks runbook files against the format and the
 * catalogue; one line per bad file, exit status 2 when any is bad.
 */
@Command(name = "validate", description = "Check runbook files; prints file:line:col: problem for each bad one (exit 2).")
final class RunbooksValidateCommand implements Callable<Integer> {
    private final Services services;
    private final GlobalOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "runbook files (YAML)")
    private List<Path> files = new ArrayList<>();

    RunbooksValidateCommand(Services services, GlobalOptions options) {
        this.services = services;
        this.options = options;
    }

    @Override
    public Integer call() {
        RunbookCatalogue catalogue = RunbookCatalogues.load(services.paths(), options, files);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        for (Path file : files) {
            String name = file.toString();
            List<RunbookException> problems = catalogue.problems().stream().filter(p -> p.file().equals(name)).toList();
            if (!problems.isEmpty()) {
                err.println("error: " + problems.get(0).getMessage());
                bad++;
                continue;
            }
            catalogue.allVersions().stream()
                    .filter(r -> r.source().origin() == RunbookSource.Origin.FILE && r.source().path().equals(name))
                    .findFirst()
                    .ifPresent(r -> out.println("ok: " + name + ": " + summary(r)));
        }
        out.flush();
        err.flush();
        return bad == 0 ? ExitCodes.OK : ExitCodes.USAGE;
    }

    private static String summary(Runbook runbook) {
        long gated = runbook.steps().stream().filter(s -> s.gate().isPresent()).count();
        long destructive = runbook.steps().stream().filter(Step::destructive).count();
        return runbook.ref() + ", " + runbook.steps().size() + " steps, " + destructive + " destructive, " + gated + " gated";
    }
}
