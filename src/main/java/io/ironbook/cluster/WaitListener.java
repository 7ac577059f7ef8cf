package io.ironbook.cluster;

import java.time.Duration;
import java.util.Optional;

/** Progress of a wait on a node, reported after every check. The library never prints. */
@FunctionalInterface
public interface WaitListener {

    /** Ignores progress. */
    WaitListener NONE = (node, elapsed, note) -> { };

    /**
     * @param node the node as last seen; empty when it could not be read (API unreachable, node deleted)
     * @param elapsed time since the wait began
     * @param note what is being waited for, or why the check failed
     */
    void progress(Optional<NodeSummary> node, Duration elapsed, String note);
}
