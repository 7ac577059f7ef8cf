package io.ironbook.lab.node;

import java.time.Instant;

/**
 * A snapshot of what the kubelet of a node would report, taken under the node's lock for the API side.
 *
 * @param power          the machine's power state
 * @param bootId         the current boot id
 * @param bootTime       when the current boot started
 * @param heartbeating   the kubelet runs and reaches the API, so it renews its lease
 * @param networkReady   the runtime's network (CNI) is ready
 * @param notReadyReason the kubelet's NotReady message when the network is not ready
 * @param diskPressure   the kubelet sees less than 10% free on its filesystem
 * @param podsCanRun     new pod sandboxes start (runtime up, network ready, cgroup drivers agree)
 */
public record NodeHealth(Power power, String bootId, Instant bootTime, boolean heartbeating, boolean networkReady,
        String notReadyReason, boolean diskPressure, boolean podsCanRun) {
}
