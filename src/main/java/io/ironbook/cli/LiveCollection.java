package io.ironbook.cli;

import io.ironbook.cluster.ClusterException;
import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.collect.BundleCollector;
import io.ironbook.collect.CollectListener;
import io.ironbook.collect.CollectionReport;
import io.ironbook.remote.InvalidConfigException;
import io.ironbook.remote.RemoteShell;
import io.ironbook.remote.TargetResolver;
import io.ironbook.remote.UnknownNodeException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Collects a live node's evidence bundle for {@code collect NODE} and {@code diagnose NODE}: the cluster
 * when one is configured (else SSH only, said on stderr), the node's SSH target (with its InternalIP as the
 * fallback address), one SSH shell, the {@link BundleCollector}; everything closed afterwards.
 */
final class LiveCollection {

    private LiveCollection() {
    }

    /**
     * Collects {@code node} into {@code dir}.
     *
     * @throws UserError exit 2 for a node nothing knows, a bad file or an unwritable folder
     */
    static CollectionReport collect(Services services, GlobalOptions options, String node, Path dir,
                                    CollectListener progress, PrintWriter err) throws InterruptedException {
        Optional<ClusterGateway> cluster = openCluster(services, options, err);
        try {
            TargetResolver resolver = services.targets(options, name -> internalIp(cluster, name));
            checkKnown(resolver, cluster, node);
            RemoteShell shell = openShell(services, options);
            try {
                BundleCollector collector = new BundleCollector(cluster, shell, resolver::resolve, Clock.systemUTC(),
                        services.operator());
                return collector.collect(node, dir, progress);
            } catch (UncheckedIOException e) {
                throw UserError.usage(e.getMessage());
            } finally {
                shell.close();
            }
        } finally {
            cluster.ifPresent(ClusterGateway::close);
        }
    }

    private static Optional<ClusterGateway> openCluster(Services services, GlobalOptions options, PrintWriter err) {
        try {
            return Optional.of(services.cluster(options));
        } catch (ClusterException e) {
            if (e.kind() == ClusterException.Kind.CONFIG && options.kubeconfig().isPresent()) {
                throw ClusterErrors.toUserError(e);
            }
            err.println("note: no cluster (" + e.getMessage() + "): collecting over SSH only, without node.yaml and events");
            err.flush();
            return Optional.empty();
        }
    }

    private static Optional<String> internalIp(Optional<ClusterGateway> cluster, String node) {
        if (cluster.isEmpty()) {
            return Optional.empty();
        }
        try {
            return cluster.get().node(node).map(NodeSummary::internalIp).filter(ip -> !ip.isBlank());
        } catch (ClusterException e) {
            return Optional.empty();
        }
    }

    /** A node that neither the SSH files nor the cluster know is bad input, not a failed collection. */
    private static void checkKnown(TargetResolver resolver, Optional<ClusterGateway> cluster, String node) {
        try {
            resolver.resolve(node);
        } catch (InvalidConfigException e) {
            throw UserError.usage(e.getMessage());
        } catch (UnknownNodeException e) {
            if (cluster.isEmpty() || !existsOrUnsure(cluster.get(), node)) {
                throw UserError.usage(e.getMessage());
            }
        }
    }

    private static boolean existsOrUnsure(ClusterGateway cluster, String node) {
        try {
            return cluster.nodeExists(node);
        } catch (ClusterException e) {
            return true;
        }
    }

    private static RemoteShell openShell(Services services, GlobalOptions options) {
        try {
            return services.remoteShell(options, new ConsolePassphrasePrompt(System.console()));
        } catch (InvalidConfigException e) {
            throw UserError.usage(e.getMessage());
        }
    }
}
