package io.ironbook.cluster;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Acquires, renews and releases per-node Leases with optimistic concurrency: every write carries the
 * resourceVersion it read, so two ironbook runs racing for a node cannot both win (the loser gets 409,
 * re-reads and sees the winner).
 */
final class LeaseKeeper {
    private static final int ATTEMPTS = 3;
    static final String NODE_LABEL = "ironbook.io/node";

    private final KubernetesClient client;
    private final CallDeadline deadline;
    private final ApiErrors errors;

    LeaseKeeper(KubernetesClient client, ApiErrors errors, CallDeadline deadline) {
        this.deadline = deadline;
        this.client = client;
        this.errors = errors;
    }

    LeaseResult acquire(String namespace, String node, String holder, Duration duration) {
        String name = NodeLease.leaseName(node);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Lease current = read(namespace, name);
            ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            try {
                if (current == null) {
                    Lease created = new LeaseBuilder().withNewMetadata().withName(name).withNamespace(namespace)
                            .addToLabels(NODE_LABEL, node).endMetadata()
                            .withNewSpec().withHolderIdentity(holder).withLeaseDurationSeconds(seconds(duration))
                            .withAcquireTime(now).withRenewTime(now).withLeaseTransitions(0).endSpec().build();
                    deadline.within("create leases/" + created.getMetadata().getName(),
                            () -> client.leases().inNamespace(namespace).resource(created).create());
                    return acquired(node, namespace, holder, duration, now);
                }
                String owner = current.getSpec().getHolderIdentity();
                Optional<Instant> expiry = expiry(current);
                boolean expired = owner == null || owner.isEmpty() || expiry.map(at -> at.isBefore(now.toInstant()))
                        .orElse(true);
                if (!holder.equals(owner) && !expired) {
                    return new LeaseResult(Optional.empty(), owner, expiry);
                }
                current.getSpec().setLeaseDurationSeconds(seconds(duration));
                current.getSpec().setRenewTime(now);
                if (!holder.equals(owner)) {
                    current.getSpec().setHolderIdentity(holder);
                    current.getSpec().setAcquireTime(now);
                    Integer transitions = current.getSpec().getLeaseTransitions();
                    current.getSpec().setLeaseTransitions(transitions == null ? 1 : transitions + 1);
                }
                deadline.within("update leases/" + current.getMetadata().getName(),
                        () -> client.leases().inNamespace(namespace).resource(current).update());
                return acquired(node, namespace, holder, duration, now);
            } catch (KubernetesClientException e) {
                if (e.getCode() == 409 && attempt < ATTEMPTS) {
                    continue;
                }
                if (e.getCode() == 404) {
                    throw new ClusterException(ClusterException.Kind.NOT_FOUND, "namespace " + namespace
                            + " not found: ironbook keeps its node leases there (kubectl create namespace " + namespace + ")", e);
                }
                throw errors.translate(e, current == null ? "create" : "update", "leases/" + name + " in namespace " + namespace);
            }
        }
        throw new ClusterException(ClusterException.Kind.CONFLICT, "lease " + namespace + "/" + name
                + " kept changing under us; try again");
    }

    NodeLease renew(NodeLease lease) {
        String name = NodeLease.leaseName(lease.node());
        Lease current = read(lease.namespace(), name);
        if (current == null || !lease.holder().equals(current.getSpec().getHolderIdentity())) {
            throw new ClusterException(ClusterException.Kind.CONFLICT, "lease on node " + lease.node() + " was lost: "
                    + (current == null ? "it no longer exists" : "now held by " + current.getSpec().getHolderIdentity()));
        }
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        current.getSpec().setRenewTime(now);
        try {
            deadline.within("update leases/" + current.getMetadata().getName(),
                    () -> client.leases().inNamespace(lease.namespace()).resource(current).update());
        } catch (KubernetesClientException e) {
            if (e.getCode() == 409) {
                throw new ClusterException(ClusterException.Kind.CONFLICT, "lease on node " + lease.node()
                        + " changed while renewing it; it may have been taken over", e);
            }
            throw errors.translate(e, "update", "leases/" + name + " in namespace " + lease.namespace());
        }
        return new NodeLease(lease.node(), lease.namespace(), lease.holder(), lease.duration(), now.toInstant());
    }

    /** Deletes the lease if it is still ours; true when it was. */
    boolean release(NodeLease lease) {
        String name = NodeLease.leaseName(lease.node());
        Lease current = read(lease.namespace(), name);
        if (current == null || !lease.holder().equals(current.getSpec().getHolderIdentity())) {
            return false;
        }
        try {
            deadline.within("delete leases/" + current.getMetadata().getName(),
                    () -> client.leases().inNamespace(lease.namespace()).resource(current).delete());
            return true;
        } catch (RuntimeException e) {
            throw errors.translate(e, "delete", "leases/" + name + " in namespace " + lease.namespace());
        }
    }

    private Lease read(String namespace, String name) {
        try {
            return deadline.within("get leases/" + name,
                    () -> client.leases().inNamespace(namespace).withName(name).get());
        } catch (RuntimeException e) {
            throw errors.translate(e, "get", "leases/" + name + " in namespace " + namespace);
        }
    }

    private static Optional<Instant> expiry(Lease lease) {
        ZonedDateTime renewed = lease.getSpec().getRenewTime();
        Integer seconds = lease.getSpec().getLeaseDurationSeconds();
        if (renewed == null || seconds == null) {
            return Optional.empty();
        }
        return Optional.of(renewed.toInstant().plusSeconds(seconds));
    }

    private static LeaseResult acquired(String node, String namespace, String holder, Duration duration,
            ZonedDateTime now) {
        return new LeaseResult(Optional.of(new NodeLease(node, namespace, holder, duration, now.toInstant())), "",
                Optional.empty());
    }

    private static int seconds(Duration duration) {
        return (int) Math.max(1, duration.toSeconds());
    }
}
