package io.ironbook.cluster;

import java.time.Duration;
import java.util.List;

/**
 * Progress of a drain, as it happens. Called from the drain's worker threads, possibly concurrently; the
 * library never prints. Every method has an empty default.
 */
public interface DrainListener {

    /** The cordon that starts the drain. */
    default void cordoned(CordonResult result) {
    }

    /** The decisions for the node's pods, before any eviction. */
    default void planned(DrainPlan plan) {
    }

    /** An eviction (or, with --disable-eviction, a deletion) is being requested. */
    default void evicting(PodRef pod) {
    }

    /**
     * A disruption budget refused the eviction (HTTP 429); the drain retries after {@code retryIn}.
     *
     * @param budgets the budgets covering the pod, with their {@code disruptionsAllowed} now; empty when
     *     no budget matches (the API server throttled the request)
     * @param apiMessage what the API server said
     */
    default void evictionRefused(PodRef pod, List<BudgetStatus> budgets, String apiMessage, Duration retryIn) {
    }

    /**
     * The API server could not be reached or failed (5xx); the drain retries after {@code retryIn}.
     * The message names the pod when it was about one.
     */
    default void apiUnavailable(String message, Duration retryIn) {
    }

    /** The API server accepted the eviction; the pod is terminating. */
    default void evicted(PodRef pod) {
    }

    /** The pod is gone (or was replaced by a pod with a new UID). */
    default void deleted(PodRef pod) {
    }

    /** The eviction failed for good (e.g. 403); the drain will fail. */
    default void failed(PodRef pod, String message) {
    }

    /** Pods evicted but not gone yet, reported at most every poll interval. */
    default void waiting(List<PodRef> pending, Duration elapsed) {
    }
}
