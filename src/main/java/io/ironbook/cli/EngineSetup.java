package io.ironbook.cli;

import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.engine.EngineDeps;
import io.ironbook.engine.LeaseNodeLocks;
import io.ironbook.engine.NodeDiagnoser;
import io.ironbook.engine.Operator;
import io.ironbook.remote.PassphrasePrompt;
import io.ironbook.remote.RemoteShell;
import io.ironbook.remote.TargetResolver;
import io.ironbook.runbook.RunbookCatalogue;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The adapters a run needs, opened from the global options: the cluster, SSH with the node names
 * resolved through the inventory, ssh_config and the nodes' InternalIP, leases as node locks, and
 * live diagnosis. Closing it closes the connections.
 */
final class EngineSetup implements AutoCloseable {
    private final ClusterGateway cluster;
    private final RemoteShell shell;
    private final EngineDeps deps;

    private EngineSetup(ClusterGateway cluster, RemoteShell shell, EngineDeps deps) {
        this.cluster = cluster;
        this.shell = shell;
        this.deps = deps;
    }

    static EngineSetup open(Services services, GlobalOptions options, PassphrasePrompt prompt) {
        ClusterGateway cluster = services.cluster(options);
        RemoteShell shell = services.remoteShell(options, prompt);
        TargetResolver resolver = RemoteSetup.resolver(options, services.paths(),
                node -> cluster.node(node).map(NodeSummary::internalIp).filter(ip -> !ip.isBlank()));
        RunbookCatalogue catalogue = RunbookCatalogues.load(services.paths(), options, List.of());
        NodeDiagnoser diagnoser = services.nodeDiagnoser(options, Optional.of(cluster), shell, resolver::resolve);
        EngineDeps deps = new EngineDeps(cluster, shell, resolver::resolve, diagnoser, new LeaseNodeLocks(cluster), catalogue,
                operator(services.operator()), services.paths().runsDir(), Clock.systemUTC(), Duration.ofSeconds(2));
        return new EngineSetup(cluster, shell, deps);
    }

    private static Operator operator(String userAtHost) {
        int at = userAtHost.indexOf('@');
        return at < 0 ? new Operator(userAtHost, "") : new Operator(userAtHost.substring(0, at), userAtHost.substring(at + 1));
    }

    EngineDeps deps() {
        return deps;
    }

    @Override
    public void close() {
        shell.close();
        cluster.close();
    }
}
