package io.ironbook.cli;

import io.ironbook.engine.JournalStore;
import io.ironbook.engine.RunEvent;
import io.ironbook.engine.RunHeader;
import io.ironbook.engine.RunRecord;
import io.ironbook.engine.RunRefusedException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ironbook journal show RUN}: one run as its journal tells it. */
@Command(name = "show", description = "One run: who, where, what, every step and gate answer, and where its output is.")
final class JournalShowCommand implements Callable<Integer> {
    private final Services services;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "the run id, or a unique start of it")
    private String runId;

    JournalShowCommand(Services services, GlobalOptions options) {
        this.services = services;
    }

    @Override
    public Integer call() {
        JournalStore store = new JournalStore(services.paths().runsDir());
        RunRecord run;
        try {
            run = store.find(runId);
        } catch (RunRefusedException e) {
            throw RunExits.refused(e);
        }
        PrintWriter out = spec.commandLine().getOut();
        RunHeader h = run.header();
        out.println("run " + h.runId() + ": " + h.runbookId() + "@" + h.version() + " " + run.state());
        out.println("by " + h.user() + "@" + h.host() + " on " + h.context() + " (" + h.server() + ") at "
                + JournalListCommand.WHEN.format(h.started()));
        out.println("runbook " + h.source() + " sha256 " + h.sha256());
        out.println("params " + h.params());
        RunPrinter printer = new RunPrinter(out, Glyphs.current());
        for (RunEvent event : run.events()) {
            if (event instanceof RunEvent.GateAsked asked) {
                out.println("    gate asked: " + asked.request().title()
                        + asked.request().typedText().map(t -> " (type \"" + t + "\")").orElse(""));
            } else if (event instanceof RunEvent.FactRecorded fact) {
                out.println("    fact " + fact.name() + " = " + fact.value());
            } else if (!(event instanceof RunEvent.RunStarted) || event != run.events().get(0)) {
                printer.onEvent(event);
            }
        }
        out.println("output: " + store.outputFile(h.runId()));
        if (run.resumable() && run.finish().isEmpty()) {
            out.println("resume it with: ironbook journal resume " + h.runId());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
