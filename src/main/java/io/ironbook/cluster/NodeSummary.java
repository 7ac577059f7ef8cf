package io.ironbook.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything the console shows about one node, derived from the Node object alone (plus the number of
 * pods bound to it, when known). Unlike {@code kubectl get nodes} it says why a node is not healthy.
 *
 * @param name the node's name
 * @param readiness the Ready condition: Ready, NotReady or Unknown
 * @param readyReason the Ready condition's reason (e.g. {@code NodeStatusUnknown}); empty if none
 * @param readyMessage the Ready condition's message (e.g. "Kubelet stopped posting node status.")
 * @param cordoned whether {@code spec.unschedulable} is set
 * @param cordonMark who cordoned the node through ironbook, if ironbook did
 * @param roles the roles from {@code node-role.kubernetes.io/*} and {@code kubernetes.io/role} labels
 * @param kubeletVersion {@code status.nodeInfo.kubeletVersion}; empty if not reported
 * @param internalIp the first InternalIP address; empty if none
 * @param created when the Node object was created
 * @param lastHeartbeat the Ready condition's last heartbeat, if any
 * @param pressures the pressure conditions that are True (MemoryPressure, DiskPressure, PIDPressure)
 * @param taints the node's taints
 * @param problems every other condition that is True and abnormal (NetworkUnavailable, ReadonlyFilesystem,
 *     KernelDeadlock, FrequentKubeletRestart...)
 * @param bootId {@code status.nodeInfo.bootID}; empty if not reported
 * @param podCount pods bound to the node that have not finished, when counted
 */
public record NodeSummary(
        String name,
        NodeReadiness readiness,
        String readyReason,
        String readyMessage,
        boolean cordoned,
        Optional<CordonMark> cordonMark,
        List<String> roles,
        String kubeletVersion,
        String internalIp,
        Instant created,
        Optional<Instant> lastHeartbeat,
        List<NodeConditionSummary> pressures,
        List<TaintSummary> taints,
        List<NodeConditionSummary> problems,
        String bootId,
        OptionalInt podCount) {

    public NodeSummary {
        readyReason = readyReason == null ? "" : readyReason;
        readyMessage = readyMessage == null ? "" : readyMessage;
        roles = List.copyOf(roles);
        kubeletVersion = kubeletVersion == null ? "" : kubeletVersion;
        internalIp = internalIp == null ? "" : internalIp;
        pressures = List.copyOf(pressures);
        taints = List.copyOf(taints);
        problems = List.copyOf(problems);
        bootId = bootId == null ? "" : bootId;
    }

    /** The same summary with another pod count. */
    public NodeSummary withPodCount(OptionalInt count) {
        return new NodeSummary(name, readiness, readyReason, readyMessage, cordoned, cordonMark, roles,
                kubeletVersion, internalIp, created, lastHeartbeat, pressures, taints, problems, bootId, count);
    }

    /** Ready, schedulable, and no pressure or problem condition. */
    public boolean healthy() {
        return readiness == NodeReadiness.READY && !cordoned && pressures.isEmpty() && problems.isEmpty();
    }

    /** The STATUS column as kubectl spells it: {@code Ready}, {@code NotReady,SchedulingDisabled}... */
    public String statusText() {
        return readiness.display() + (cordoned ? ",SchedulingDisabled" : "");
    }

    /**
     * Why the node is not healthy, in one line; empty when it is. Not-ready reasons come first, then
     * pressures and problem conditions, then who cordoned it when ironbook did.
     */
    public String reasonText() {
        List<String> parts = new ArrayList<>();
        if (readiness != NodeReadiness.READY) {
            String text = readyReason.isEmpty() ? readiness.display() : readyReason;
            if (!readyMessage.isEmpty()) {
                text += ": " + readyMessage;
            }
            parts.add(text);
        }
        for (NodeConditionSummary pressure : pressures) {
            parts.add(pressure.type());
        }
        for (NodeConditionSummary problem : problems) {
            parts.add(problem.reason().isEmpty() ? problem.type() : problem.type() + " (" + problem.reason() + ")");
        }
        cordonMark.ifPresent(mark -> parts.add("cordoned by " + mark.by()
                + (mark.reason().isEmpty() ? "" : ": " + mark.reason())));
        return String.join("; ", parts);
    }

    /** How old the Node object is at {@code now}. */
    public Duration age(Instant now) {
        return nonNegative(Duration.between(created, now));
    }

    /** How long ago the kubelet last posted its status, at {@code now}, if it ever did. */
    public Optional<Duration> heartbeatAge(Instant now) {
        return lastHeartbeat.map(beat -> nonNegative(Duration.between(beat, now)));
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
