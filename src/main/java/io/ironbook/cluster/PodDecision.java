package io.ironbook.cluster;

/**
 * What a drain does with one pod of the node, and why.
 *
 * @param pod the pod
 * @param verdict evict it, skip it, or refuse the drain because of it
 * @param message for EVICT a warning (e.g. "deleting Pods with local storage") or empty; for SKIP the
 *     reason; for REFUSE kubectl's error naming the flag that would allow it
 */
public record PodDecision(PodRef pod, Verdict verdict, String message) {

    /** The three outcomes of kubectl's drain filters. */
    public enum Verdict {
        /** The pod will be evicted (or deleted with --disable-eviction). */
        EVICT,
        /** The pod is left alone: a mirror pod, an ignored DaemonSet pod, or one already being deleted. */
        SKIP,
        /** The drain cannot go on while this pod is there without a flag. */
        REFUSE
    }

    public PodDecision {
        message = message == null ? "" : message;
    }
}
