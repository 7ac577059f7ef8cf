package io.ironbook.cli;

import io.ironbook.cluster.ClusterException;
import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.CordonRequest;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ironbook cordon NODE...}: as kubectl, and records who cordoned and why on the node. */
@Command(name = "cordon", mixinStandardHelpOptions = true,
        description = "Mark nodes unschedulable, recording who did it and why (annotations ironbook.io/cordoned-by,"
                + " ironbook.io/cordon-reason). A node already cordoned is left as it is.")
public final class CordonCommand implements Callable<Integer> {
    private final Services services;
    private final GlobalOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "NODE", description = "the nodes to cordon")
    private List<String> nodes;

    @Option(names = "--reason", paramLabel = "TEXT", description = "why, recorded on the node")
    private String reason;

    CordonCommand(Services services, GlobalOptions options) {
        this.services = services;
        this.options = options;
    }

    @Override
    public Integer call() {
        ClusterErrors.refuseIfReadOnly(options, "cordon");
        CordonRequest request = new CordonRequest(services.operator(), "", reason);
        return NodeBatch.run(services, options, spec, nodes, (cluster, node) -> cluster.cordon(node, request).message());
    }

    /** Runs one change per node, like kubectl: every node is tried, failures are reported per node. */
    static final class NodeBatch {
        private NodeBatch() {
        }

        /** One change on one node, returning the line to print. */
        interface Change {
            String apply(ClusterGateway cluster, String node);
        }

        static int run(Services services, GlobalOptions options, CommandSpec spec, List<String> nodes, Change change) {
            int code = ExitCodes.OK;
            ClusterException last = null;
            int failures = 0;
            try (ClusterGateway cluster = services.cluster(options)) {
                for (String node : nodes) {
                    try {
                        spec.commandLine().getOut().println(change.apply(cluster, node));
                    } catch (ClusterException e) {
                        failures++;
                        last = e;
                        code = Math.max(code, ClusterErrors.toUserError(e).exitCode());
                        if (nodes.size() > 1) {
                            spec.commandLine().getErr().println("error: " + e.getMessage());
                        }
                    }
                }
            } catch (ClusterException e) {
                throw ClusterErrors.toUserError(e);
            }
            spec.commandLine().getOut().flush();
            if (nodes.size() == 1 && last != null) {
                throw ClusterErrors.toUserError(last);
            }
            if (failures > 0) {
                spec.commandLine().getErr().flush();
            }
            return code;
        }
    }
}
