package io.ironbook.cluster;

import java.time.Duration;
import java.time.Instant;

/**
 * A per-node lock held by ironbook in a {@code coordination.k8s.io/v1} Lease named
 * {@code ironbook-node-<node>} in a namespace of ours. It expires {@code duration} after its last renewal
 * unless renewed, so that a crashed run does not hold a node forever.
 *
 * @param node the node the lease guards
 * @param namespace where the Lease object lives
 * @param holder who holds it, e.g. {@code alice@jump/run-7}
 * @param duration how long it lasts after each renewal
 * @param renewed when it was last renewed (or acquired)
 */
public record NodeLease(String node, String namespace, String holder, Duration duration, Instant renewed) {

    /** The Lease object's name for a node. */
    public static String leaseName(String node) {
        return "ironbook-node-" + node;
    }

    /** When the lease expires unless renewed. */
    public Instant expiresAt() {
        return renewed.plus(duration);
    }
}
