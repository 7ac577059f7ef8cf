package io.ironbook.cluster;

import java.time.Instant;
import java.util.Optional;

/**
 * Receives live changes from a {@link NodeStore}. Called on the store's own thread, one call at a time;
 * a listener that updates a screen must hand the change over to its GUI thread.
 */
public interface NodeStoreListener {

    /** A node appeared or changed (its conditions, cordon, taints or pod count). */
    void nodeChanged(NodeSummary node);

    /** A node was deleted from the cluster. */
    void nodeRemoved(String name);

    /**
     * The connection to the API server changed: {@code staleSince} is when the store lost its watch (what
     * it shows may be out of date since then), or empty once it is watching again.
     */
    default void connectionChanged(Optional<Instant> staleSince) {
    }
}
