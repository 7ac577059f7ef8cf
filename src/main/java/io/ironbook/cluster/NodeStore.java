package io.ironbook.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A live, watch-backed view of every node and its pod count. It reconnects by itself with backoff when
 * the API server goes away, and says since when what it shows may be stale.
 */
public interface NodeStore extends AutoCloseable {

    /** Waits until the first full list has arrived; false when the timeout expired first. */
    boolean awaitSynced(Duration timeout) throws InterruptedException;

    /** Every node now, sorted by name. */
    List<NodeSummary> snapshot();

    /** One node now, if known. */
    Optional<NodeSummary> get(String name);

    /** When the store lost its watch, or empty while it is watching. */
    Optional<Instant> staleSince();

    /**
     * Adds a listener; it first receives {@code nodeChanged} for every node already known, then the changes.
     *
     * @return closing it removes the listener
     */
    AutoCloseable subscribe(NodeStoreListener listener);

    /** Stops watching. */
    @Override
    void close();
}
