package io.ironbook.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.ironbook.cluster.ClusterException;
import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.NodeSummary;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ironbook nodes}: every node with its status and, unlike kubectl, why it is not healthy. */
@Command(name = "nodes", mixinStandardHelpOptions = true,
        description = "List the nodes: status (Ready / NotReady / Unknown), cordoned, roles, age, version,"
                + " and a REASON for anything not healthy.")
public final class NodesCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { table, json, yaml }

    private final Services services;
    private final GlobalOptions options;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), json or yaml")
    private Format format;

    @Option(names = "--pods", description = "also count the pods on each node (lists every pod of the cluster)")
    private boolean pods;

    NodesCommand(Services services, GlobalOptions options) {
        this.services = services;
        this.options = options;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        List<NodeSummary> nodes;
        try (ClusterGateway cluster = services.cluster(options)) {
            nodes = pods ? cluster.nodesWithPodCounts() : cluster.nodes();
        } catch (ClusterException e) {
            throw ClusterErrors.toUserError(e);
        }
        Instant now = Instant.now();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json, yaml -> {
                List<Map<String, Object>> maps = new ArrayList<>();
                nodes.forEach(node -> maps.add(NodeRows.asMap(node, now)));
                Map<String, Object> document = Map.of("nodes", maps);
                out.println(format == Format.json ? JsonOutput.write(document)
                        : new YAMLMapper().writeValueAsString(document).stripTrailing());
            }
            default -> {
                if (nodes.isEmpty()) {
                    spec.commandLine().getErr().println("No resources found");
                } else {
                    NodeRows.table(nodes, pods, services.stdoutIsTerminal(), now, out);
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
