package io.ironbook.lab.control;

import io.fabric8.kubernetes.api.model.NodeCondition;
import io.ironbook.lab.node.NodeHealth;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The Node conditions a kubelet posts for a health snapshot, and the Unknown set the lifecycle controller writes. */
final class Conditions {

    private Conditions() {
    }

    static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** What the kubelet posts; transition times kept from {@code previous} when a status did not change. */
    static List<NodeCondition> posted(NodeHealth health, Instant now, List<NodeCondition> previous) {
        List<NodeCondition> list = new ArrayList<>();
        list.add(condition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available", now, previous));
        list.add(health.diskPressure()
                ? condition("DiskPressure", "True", "KubeletHasDiskPressure", "kubelet has disk pressure", now, previous)
                : condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure", now, previous));
        list.add(condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available", now, previous));
        list.add(health.networkReady()
                ? condition("Ready", "True", "KubeletReady", "kubelet is posting ready status", now, previous)
                : condition("Ready", "False", "KubeletNotReady", health.notReadyReason(), now, previous));
        return list;
    }

    /** The node lifecycle controller's view once the grace period passed without a heartbeat. */
    static List<NodeCondition> unknown(Instant now, List<NodeCondition> previous) {
        List<NodeCondition> list = new ArrayList<>();
        for (String type : List.of("MemoryPressure", "DiskPressure", "PIDPressure", "Ready")) {
            NodeCondition old = find(previous, type);
            NodeCondition c = new NodeCondition();
            c.setType(type);
            c.setStatus("Unknown");
            c.setReason("NodeStatusUnknown");
            c.setMessage("Kubelet stopped posting node status.");
            c.setLastHeartbeatTime(old == null ? time(now) : old.getLastHeartbeatTime());
            c.setLastTransitionTime(time(now));
            list.add(c);
        }
        return list;
    }

    static NodeCondition find(List<NodeCondition> list, String type) {
        if (list == null) {
            return null;
        }
        return list.stream().filter(c -> type.equals(c.getType())).findFirst().orElse(null);
    }

    static String readyStatus(List<NodeCondition> list) {
        NodeCondition ready = find(list, "Ready");
        return ready == null ? "Unknown" : ready.getStatus();
    }

    private static NodeCondition condition(String type, String status, String reason, String message, Instant now,
            List<NodeCondition> previous) {
        NodeCondition old = find(previous, type);
        NodeCondition c = new NodeCondition();
        c.setType(type);
        c.setStatus(status);
        c.setReason(reason);
        c.setMessage(message);
        c.setLastHeartbeatTime(time(now));
        c.setLastTransitionTime(old != null && status.equals(old.getStatus()) ? old.getLastTransitionTime() : time(now));
        return c;
    }
}
