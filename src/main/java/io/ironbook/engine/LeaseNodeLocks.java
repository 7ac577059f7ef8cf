package io.ironbook.engine;

import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.LeaseResult;
import io.ironbook.cluster.NodeLease;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Node locks as Kubernetes Leases ({@code coordination.k8s.io}) in ironbook's namespace, one per node:
 * visible to every operator's ironbook, renewed while the run lives, expiring a minute after its
 * holder died. The holder names the operator, the run and when the lock was taken.
 */
public final class LeaseNodeLocks implements NodeLocks {
    /** The namespace of ironbook's leases. */
    public static final String NAMESPACE = "ironbook";
    /** How long a lease lives without renewal. */
    public static final Duration DURATION = Duration.ofSeconds(60);
    private static final Pattern HOLDER = Pattern.compile("(\\S+) run=(\\S+) since=(\\S+)");

    private final ClusterGateway cluster;
    private final Map<String, NodeLease> held = new ConcurrentHashMap<>();

    public LeaseNodeLocks(ClusterGateway cluster) {
        this.cluster = cluster;
    }

    static String encode(Holder holder) {
        return holder.operator() + " run=" + holder.runId() + " since=" + holder.since();
    }

    static Holder decode(String text, Optional<Instant> fallback) {
        Matcher m = HOLDER.matcher(text);
        if (m.matches()) {
            try {
                return new Holder(m.group(2), m.group(1), Instant.parse(m.group(3)));
            } catch (DateTimeParseException e) {
                return new Holder(m.group(2), m.group(1), fallback.orElse(Instant.EPOCH));
            }
        }
        return new Holder("?", text, fallback.orElse(Instant.EPOCH));
    }

    @Override
    public Optional<Holder> tryAcquire(String node, Holder holder) {
        LeaseResult result = cluster.acquireLease(NAMESPACE, node, encode(holder), DURATION);
        if (result.acquired()) {
            held.put(node, result.lease().orElseThrow());
            return Optional.empty();
        }
        Holder other = decode(result.heldBy(), Optional.empty());
        if (other.runId().equals(holder.runId())) {
            return Optional.empty();
        }
        return Optional.of(other);
    }

    @Override
    public void renew(String node, Holder holder) {
        NodeLease lease = held.get(node);
        if (lease != null) {
            held.put(node, cluster.renewLease(lease));
        }
    }

    @Override
    public void release(String node, Holder holder) {
        NodeLease lease = held.remove(node);
        if (lease != null) {
            cluster.releaseLease(lease);
        }
    }
}
