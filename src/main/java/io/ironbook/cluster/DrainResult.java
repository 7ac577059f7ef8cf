package io.ironbook.cluster;

import java.util.List;

/**
 * How a drain ended.
 *
 * @param node the node
 * @param outcome drained, refused by the filters, failed, or timed out
 * @param plan the decisions the drain acted on
 * @param deleted the pods that are gone
 * @param pending the pods still there when the drain stopped (timed out, or failed)
 * @param errors one line per failure, kubectl style
 */
public record DrainResult(String node, Outcome outcome, DrainPlan plan, List<PodRef> deleted, List<PodRef> pending,
        List<String> errors) {

    /** The ways a drain ends. */
    public enum Outcome {
        /** Every pod to evict is gone. */
        DRAINED,
        /** Pods refuse the drain without a flag; nothing was evicted (the node is cordoned). */
        REFUSED,
        /** An eviction failed for good (e.g. 403). */
        FAILED,
        /** The timeout expired with pods still on the node. */
        TIMED_OUT
    }

    public DrainResult {
        deleted = List.copyOf(deleted);
        pending = List.copyOf(pending);
        errors = List.copyOf(errors);
    }

    public boolean drained() {
        return outcome == Outcome.DRAINED;
    }
}
