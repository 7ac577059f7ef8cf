package io.ironbook.cli;

import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.engine.CollectingDiagnoser;
import io.ironbook.engine.EngineDeps;
import io.ironbook.engine.LeaseNodeLocks;

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
    private final Optional<ClusterGateway> ownCluster;
    private final RemoteShell shell;
    private final EngineDeps deps;
    private final CollectingDiagnoser diagnoser;

    private EngineSetup(Optional<ClusterGateway> ownCluster, RemoteShell shell, EngineDeps deps,
            CollectingDiagnoser diagnoser) {
        this.ownCluster = ownCluster;
        this.shell = shell;
        this.deps = deps;
        this.diagnoser = diagnoser;
    }

    /** Opens the cluster and SSH; closing the setup closes both. */
    static EngineSetup open(Services services, GlobalOptions options, PassphrasePrompt prompt) {
        ClusterGateway cluster = services.cluster(options);
        try {
            return open(services, options, prompt, cluster, Optional.of(cluster));
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** Runs on a cluster the caller opened and closes; closing the setup closes SSH only. */
    static EngineSetup on(Services services, GlobalOptions options, PassphrasePrompt prompt, ClusterGateway cluster) {
        return open(services, options, prompt, cluster, Optional.empty());
    }

    private static EngineSetup open(Services services, GlobalOptions options, PassphrasePrompt prompt,
            ClusterGateway cluster, Optional<ClusterGateway> owned) {
        TargetResolver resolver = services.targets(options,
                node -> cluster.node(node).map(NodeSummary::internalIp).filter(ip -> !ip.isBlank()));
        RunbookCatalogue catalogue = RunbookCatalogues.load(services.paths(), options, List.of());
        RemoteShell shell = services.remoteShell(options, prompt);
        CollectingDiagnoser diagnoser = services.nodeDiagnoser(options, Optional.of(cluster), shell, resolver::resolve);
        EngineDeps deps = new EngineDeps(cluster, shell, resolver::resolve, diagnoser, new LeaseNodeLocks(cluster), catalogue,
                operator(services.operator()), services.paths().runsDir(), Clock.systemUTC(), Duration.ofSeconds(2));
        return new EngineSetup(owned, shell, deps, diagnoser);
    }

    private static Operator operator(String userAtHost) {
        int at = userAtHost.indexOf('@');
        return at < 0 ? new Operator(userAtHost, "") : new Operator(userAtHost.substring(0, at), userAtHost.substring(at + 1));
    }

    EngineDeps deps() {
        return deps;
    }

    /** Live diagnosis with the whole report (the console's diagnosis screen). */
    CollectingDiagnoser diagnoser() {
        return diagnoser;
    }

    @Override
    public void close() {
        shell.close();
        ownCluster.ifPresent(ClusterGateway::close);
    }
}
