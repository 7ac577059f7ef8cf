package io.ironbook.cluster;

import java.time.Duration;

/**
 * The options of a drain, as kubectl's flags.
 *
 * @param ignoreDaemonSets {@code --ignore-daemonsets}: skip DaemonSet pods instead of refusing
 * @param deleteEmptyDirData {@code --delete-emptydir-data}: evict pods with emptyDir volumes
 * @param force {@code --force}: evict pods that declare no controller
 * @param gracePeriodSeconds {@code --grace-period}: negative for each pod's own
 * @param timeout {@code --timeout}: the whole drain, zero for no limit
 * @param podSelector {@code --pod-selector}: a label selector; empty for all pods
 * @param disableEviction {@code --disable-eviction}: delete pods, bypassing disruption budgets
 * @param skipWaitForDeleteTimeout {@code --skip-wait-for-delete-timeout}: skip (and stop waiting for) pods
 *     whose deletion was requested longer ago than this; zero for never
 * @param evictionRetryInterval how long to wait before retrying an eviction a budget refused (429)
 * @param pollInterval how often to check whether evicted pods are gone
 * @param cordon who drains and why, recorded on the node by the cordon that starts the drain
 */
public record DrainOptions(boolean ignoreDaemonSets, boolean deleteEmptyDirData, boolean force,
        int gracePeriodSeconds, Duration timeout, String podSelector, boolean disableEviction,
        Duration skipWaitForDeleteTimeout, Duration evictionRetryInterval, Duration pollInterval,
        CordonRequest cordon) {

    /** The interval kubectl waits between evictions refused by a disruption budget. */
    public static final Duration DEFAULT_RETRY = Duration.ofSeconds(5);
    /** How often a drain lists the node's pods to see which evicted ones are gone. */
    public static final Duration DEFAULT_POLL = Duration.ofMillis(250);

    public DrainOptions {
        timeout = timeout == null ? Duration.ZERO : timeout;
        podSelector = podSelector == null ? "" : podSelector.strip();
        skipWaitForDeleteTimeout = skipWaitForDeleteTimeout == null ? Duration.ZERO : skipWaitForDeleteTimeout;
        evictionRetryInterval = evictionRetryInterval == null ? DEFAULT_RETRY : evictionRetryInterval;
        pollInterval = pollInterval == null ? DEFAULT_POLL : pollInterval;
        if (cordon == null) {
            throw new IllegalArgumentException("a drain needs to say who cordons the node");
        }
    }

    /** kubectl's defaults: refuse DaemonSet, emptyDir and unmanaged pods, no time limit. */
    public static DrainOptions defaults(CordonRequest cordon) {
        return new DrainOptions(false, false, false, -1, Duration.ZERO, "", false, Duration.ZERO, DEFAULT_RETRY,
                DEFAULT_POLL, cordon);
    }

    public DrainOptions withIgnoreDaemonSets(boolean value) {
        return new DrainOptions(value, deleteEmptyDirData, force, gracePeriodSeconds, timeout, podSelector,
                disableEviction, skipWaitForDeleteTimeout, evictionRetryInterval, pollInterval, cordon);
    }

    public DrainOptions withDeleteEmptyDirData(boolean value) {
        return new DrainOptions(ignoreDaemonSets, value, force, gracePeriodSeconds, timeout, podSelector,
                disableEviction, skipWaitForDeleteTimeout, evictionRetryInterval, pollInterval, cordon);
    }

    public DrainOptions withForce(boolean value) {
        return new DrainOptions(ignoreDaemonSets, deleteEmptyDirData, value, gracePeriodSeconds, timeout, podSelector,
                disableEviction, skipWaitForDeleteTimeout, evictionRetryInterval, pollInterval, cordon);
    }

    public DrainOptions withGracePeriodSeconds(int value) {
        return new DrainOptions(ignoreDaemonSets, deleteEmptyDirData, force, value, timeout, podSelector,
                disableEviction, skipWaitForDeleteTimeout, evictionRetryInterval, pollInterval, cordon);
    }

    public DrainOptions withTimeout(Duration value) {
        return new DrainOptions(ignoreDaemonSets, deleteEmptyDirData, force, gracePeriodSeconds, value, podSelector,
                disableEviction, skipWaitForDeleteTimeout, evictionRetryInterval, pollInterval, cordon);
    }

    public DrainOptions withPodSelector(String value) {
        return new DrainOptions(ignoreDaemonSets, deleteEmptyDirData, force, gracePeriodSeconds, timeout, value,
                disableEviction, skipWaitForDeleteTimeout, evictionRetryInterval, pollInterval, cordon);
    }

    public DrainOptions withDisableEviction(boolean value) {
        return new DrainOptions(ignoreDaemonSets, deleteEmptyDirData, force, gracePeriodSeconds, timeout, podSelector,
                value, skipWaitForDeleteTimeout, evictionRetryInterval, pollInterval, cordon);
    }

    public DrainOptions withSkipWaitForDeleteTimeout(Duration value) {
        return new DrainOptions(ignoreDaemonSets, deleteEmptyDirData, force, gracePeriodSeconds, timeout, podSelector,
                disableEviction, value, evictionRetryInterval, pollInterval, cordon);
    }

    public DrainOptions withRetryIntervals(Duration eviction, Duration poll) {
        return new DrainOptions(ignoreDaemonSets, deleteEmptyDirData, force, gracePeriodSeconds, timeout, podSelector,
                disableEviction, skipWaitForDeleteTimeout, eviction, poll, cordon);
    }
}
