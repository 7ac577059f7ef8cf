package io.ironbook.engine;

import java.time.Instant;
import java.util.Optional;

/**
 * Per-node locks that keep two runs from changing the same node at once. A lock names its holder,
 * is renewed while the run lives and expires when the holder dies.
 */
public interface NodeLocks {

    /**
     * Who holds a lock.
     *
     * @param runId    the run
     * @param operator who started it
     * @param since    when it was taken
     */
    record Holder(String runId, String operator, Instant since) {
    }

    /** Takes the node's lock for the run, or returns who holds it. */
    Optional<Holder> tryAcquire(String node, Holder holder);

    /** Renews the run's locks; called periodically while the run lives. */
    void renew(String node, Holder holder);

    /** Releases the run's lock on the node, if it holds it. */
    void release(String node, Holder holder);

    /** Locks that exist only in this process: for tests and runs that change no node. */
    static NodeLocks inMemory() {
        return new InMemoryNodeLocks();
    }
}
