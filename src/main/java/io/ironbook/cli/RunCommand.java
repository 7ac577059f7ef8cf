package io.ironbook.cli;

import io.ironbook.engine.RunOptions;
import io.ironbook.engine.RunPlanner;
import io.ironbook.engine.RunRefusedException;
import io.ironbook.engine.RunResult;
import io.ironbook.engine.RunbookRunner;
import io.ironbook.runbook.Runbook;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ironbook run ID[@VERSION] --param k=v...}: a runbook in line mode. Gates are prompts on the
 * terminal, or one line each from stdin when it is not a terminal; {@code --yes} answers confirm gates,
 * never typed ones; {@code --dry-run} prints the resolved plan and changes nothing.
 */
@Command(name = "run", description = "Run a runbook in line mode: steps stream their output, gates ask on the terminal"
        + " (or read one line each from stdin).")
final class RunCommand implements Callable<Integer> {
    private final Services services;
    private final GlobalOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID[@VERSION]", description = "the runbook")
    private String runbookSpec;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "a param of the runbook (repeat for each)")
    private Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--dry-run", description = "print the whole resolved plan (targets, commands, gates, waits); change nothing")
    private boolean dryRun;

    @Option(names = "--yes", description = "answer confirm gates with yes (typed gates are still asked)")
    private boolean yes;

    RunCommand(Services services, GlobalOptions options) {
        this.services = services;
        this.options = options;
    }

    @Override
    public Integer call() throws InterruptedException {
        Runbook runbook = resolve(services, options, runbookSpec, spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        if (options.readOnly() && !dryRun) {
            throw UserError.usage("--read-only: runs change nodes; use --dry-run to see the plan");
        }
        try (EngineSetup setup = EngineSetup.open(services, options, new ConsolePassphrasePrompt(System.console()))) {
            if (dryRun) {
                new RunPlanner(setup.deps()).plan(runbook, params).forEach(out::println);
                out.flush();
                return ExitCodes.OK;
            }
            RunResult result = new RunbookRunner(setup.deps()).run(runbook, params, runOptions(services, out, yes));
            out.println("journal: " + result.journal());
            out.flush();
            return RunExits.of(result.status());
        } catch (RunRefusedException e) {
            throw RunExits.refused(e);
        }
    }

    static Runbook resolve(Services services, GlobalOptions options, String spec, PrintWriter err) {
        var catalogue = RunbookCatalogues.load(services.paths(), options, List.of());
        try {
            return catalogue.resolve(spec);
        } catch (IllegalArgumentException e) {
            RunbookProblems.report(catalogue.problems(), err);
            throw UserError.usage(e.getMessage());
        }
    }

    static RunOptions runOptions(Services services, PrintWriter out, boolean yes) {
        BufferedReader in = new BufferedReader(new InputStreamReader(services.stdin(), StandardCharsets.UTF_8));
        return new RunOptions(new LineGate(in, out, System.console() != null), new RunPrinter(out, Glyphs.current()), yes);
    }
}
