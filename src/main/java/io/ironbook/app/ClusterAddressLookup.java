package io.ironbook.app;

import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.remote.TargetResolver;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The resolver's last resort: a node's InternalIP from the cluster. Asks the API once, on the first
 * node no inventory or ssh config names, and remembers every node's address for the rest of the run.
 */
final class ClusterAddressLookup implements TargetResolver.AddressLookup {
    private final Supplier<ClusterGateway> cluster;
    private Map<String, String> addresses;

    ClusterAddressLookup(Supplier<ClusterGateway> cluster) {
        this.cluster = cluster;
    }

    @Override
    public synchronized Optional<String> internalAddress(String node) {
        if (addresses == null) {
            Map<String, String> found = new HashMap<>();
            try (ClusterGateway gateway = cluster.get()) {
                for (NodeSummary summary : gateway.nodes()) {
                    if (!summary.internalIp().isBlank()) {
                        found.put(summary.name(), summary.internalIp());
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot ask the cluster: " + e.getMessage(), e);
            }
            addresses = found;
        }
        return Optional.ofNullable(addresses.get(node));
    }
}
