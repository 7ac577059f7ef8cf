package io.ironbook.cli;

import io.ironbook.cluster.CordonResult;
import io.ironbook.cluster.UncordonScope;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ironbook uncordon NODE...}: as kubectl; says who had cordoned the node when ironbook did. */
@Command(name = "uncordon", mixinStandardHelpOptions = true,
        description = "Mark nodes schedulable again. With --only-run, only nodes that run cordoned are touched;"
                + " any other cordon is left in place and reported.")
public final class UncordonCommand implements Callable<Integer> {
    private final Services services;
    private final GlobalOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "NODE", description = "the nodes to uncordon")
    private List<String> nodes;

    @Option(names = "--only-run", paramLabel = "RUN",
            description = "uncordon only nodes cordoned by this ironbook run (annotation ironbook.io/cordon-run)")
    private String onlyRun;

    UncordonCommand(Services services, GlobalOptions options) {
        this.services = services;
        this.options = options;
    }

    @Override
    public Integer call() {
        ClusterErrors.refuseIfReadOnly(options, "uncordon");
        if (onlyRun != null && onlyRun.isBlank()) {
            throw UserError.usage("--only-run: a run id is needed");
        }
        UncordonScope scope = onlyRun == null ? UncordonScope.any() : UncordonScope.onlyRun(onlyRun);
        return CordonCommand.NodeBatch.run(services, options, spec, nodes, (cluster, node) -> {
            CordonResult result = cluster.uncordon(node, scope);
            String line = result.message();
            if (result.outcome() == CordonResult.Outcome.UNCORDONED && result.mark().isPresent()) {
                line += " (had been cordoned by " + result.mark().get().by()
                        + (result.mark().get().reason().isEmpty() ? "" : ": " + result.mark().get().reason()) + ")";
            }
            return line;
        });
    }
}
