package io.ironbook.cluster;

import java.util.Optional;

/**
 * Which cordons an uncordon may undo: any (what {@code kubectl uncordon} does, the operator asked for
 * that node), or only the ones a given run made, so that an operator's own cordon is never undone silently.
 *
 * @param runId when present, uncordon only nodes whose {@link CordonMark#CORDON_RUN} annotation is this run
 */
public record UncordonScope(Optional<String> runId) {

    /** Uncordon whoever cordoned the node. */
    public static UncordonScope any() {
        return new UncordonScope(Optional.empty());
    }

    /** Uncordon only a node that this run cordoned. */
    public static UncordonScope onlyRun(String runId) {
        if (runId == null || runId.isBlank()) {
            throw new IllegalArgumentException("a run id is needed to limit an uncordon to a run");
        }
        return new UncordonScope(Optional.of(runId));
    }
}
