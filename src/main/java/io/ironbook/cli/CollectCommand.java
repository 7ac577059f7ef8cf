package io.ironbook.cli;

import io.ironbook.collect.CollectionReport;
import io.ironbook.collect.ProbeResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ironbook collect NODE -o DIR}: writes the node's evidence bundle (probes over SSH, the Node and its
 * events from the API, meta.yaml). Exit 0 when anything was collected, 1 when nothing could be, 2 for an
 * unknown node or bad input.
 */
@Command(name = "collect",
        mixinStandardHelpOptions = true,
        description = {"Write a node's evidence bundle: read-only probes over SSH, the Node and its events from the API,"
                + " and meta.yaml saying what was collected and what failed.",
                "Exit status: 0 collected, 1 nothing could be collected, 2 unknown node or bad input."})
public final class CollectCommand implements Callable<Integer> {

    private final Services services;
    private final GlobalOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NODE", description = "the node, as the inventory, ssh_config or cluster names it")
    private String node;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "the bundle folder (created; files of an earlier collection there are replaced)")
    private Path dir;

    CollectCommand(Services services, GlobalOptions options) {
        this.services = services;
        this.options = options;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CollectionReport report = LiveCollection.collect(services, options, node, dir, line -> {
            out.println(line);
            out.flush();
        }, err);
        if (report.fileCount() == 0) {
            throw new UserError(ExitCodes.FAILED, "nothing collected from " + node + ": " + String.join("; ", problems(report)));
        }
        out.println(summary(report));
        out.flush();
        return ExitCodes.OK;
    }

    /** "12 files in DIR; kernel.log: failed (...)". */
    static String summary(CollectionReport report) {
        List<String> parts = new ArrayList<>();
        parts.add(report.fileCount() + (report.fileCount() == 1 ? " file in " : " files in ") + report.dir());
        parts.addAll(problems(report));
        return String.join("; ", parts);
    }

    private static List<String> problems(CollectionReport report) {
        List<String> out = new ArrayList<>();
        report.sshError().ifPresent(e -> out.add("ssh: unreachable (" + e + ")"));
        for (ProbeResult probe : report.probes()) {
            if (!probe.written()) {
                out.add(probe.probe().file() + ": failed (" + probe.outcome() + probe.error().map(e -> ": " + e).orElse("") + ")");
            }
        }
        report.apiError().ifPresent(e -> out.add("api: " + e));
        return out;
    }
}
