package io.ironbook.cli;

import io.ironbook.engine.RunRefusedException;
import io.ironbook.engine.RunResult;
import io.ironbook.engine.RunbookRunner;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ironbook journal resume RUN}: goes on with a run that stopped, from the first step not known
 * to be complete, after checking the world; refuses when the runbook changed since, unless forced.
 */
@Command(name = "resume", description = "Go on with a stopped run from the first step not known to be complete.")
final class JournalResumeCommand implements Callable<Integer> {
    private final Services services;
    private final GlobalOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "the run id, or a unique start of it")
    private String runId;

    @Option(names = "--force", description = "resume even though the runbook file changed since the run began")
    private boolean force;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "a secret param again (the journal does not keep secrets)")
    private Map<String, String> secrets = new LinkedHashMap<>();

    @Option(names = "--yes", description = "answer confirm gates with yes (typed gates are still asked)")
    private boolean yes;

    JournalResumeCommand(Services services, GlobalOptions options) {
        this.services = services;
        this.options = options;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (options.readOnly()) {
            throw UserError.usage("--read-only: a resumed run changes nodes");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (EngineSetup setup = EngineSetup.open(services, options, new ConsolePassphrasePrompt(System.console()))) {
            RunResult result = new RunbookRunner(setup.deps()).resume(runId, force, secrets, RunCommand.runOptions(services, out, yes));
            out.println("journal: " + result.journal());
            out.flush();
            return RunExits.of(result.status());
        } catch (RunRefusedException e) {
            throw RunExits.refused(e);
        }
    }
}
