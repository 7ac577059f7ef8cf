package io.ironbook.cluster;

import java.time.Instant;
import java.util.Optional;

/**
 * The answer to a lease request: the lease, or who holds it and until when.
 *
 * @param lease the lease, when acquired (or already ours and renewed)
 * @param heldBy the holder when someone else holds it; empty when acquired
 * @param expiresAt when the other holder's lease expires unless renewed
 */
public record LeaseResult(Optional<NodeLease> lease, String heldBy, Optional<Instant> expiresAt) {

    public LeaseResult {
        heldBy = heldBy == null ? "" : heldBy;
    }

    public boolean acquired() {
        return lease.isPresent();
    }

    /** One line for the operator. */
    public String message() {
        return lease.map(l -> "lease on node " + l.node() + " held by " + l.holder() + " until " + l.expiresAt())
                .orElse("the node is locked by " + heldBy + expiresAt.map(at -> " until " + at).orElse(""));
    }
}
