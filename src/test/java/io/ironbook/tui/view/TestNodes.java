package io.ironbook.tui.view;

import io.ironbook.cluster.NodeConditionSummary;
import io.ironbook.cluster.NodeReadiness;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.cluster.TaintSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Node summaries for console tests, at a fixed time. */
public final class TestNodes {
    /** The tests' "now". */
    public static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");

    private TestNodes() {
    }

    public static NodeSummary ready(String name) {
        return node(name, NodeReadiness.READY, "KubeletReady", "kubelet is posting ready status", false,
                List.of(), 12);
    }

    public static NodeSummary notReady(String name, String reason, String message) {
        return node(name, NodeReadiness.NOT_READY, reason, message, false, List.of(), 7);
    }

    public static NodeSummary unknown(String name) {
        return node(name, NodeReadiness.UNKNOWN, "NodeStatusUnknown", "Kubelet stopped posting node status.",
                false, List.of(new NodeConditionSummary("ReadonlyFilesystem", "True", "FilesystemIsReadOnly",
                        "Filesystem is read-only")), 9);
    }

    public static NodeSummary cordoned(NodeSummary node) {
        return new NodeSummary(node.name(), node.readiness(), node.readyReason(), node.readyMessage(), true,
                Optional.empty(), node.roles(), node.kubeletVersion(), node.internalIp(), node.created(),
                node.lastHeartbeat(), node.pressures(),
                List.of(new TaintSummary("node.kubernetes.io/unschedulable", "", "NoSchedule")), node.problems(),
                node.bootId(), node.podCount());
    }

    public static NodeSummary node(String name, NodeReadiness readiness, String reason, String message,
            boolean cordoned, List<NodeConditionSummary> problems, int pods) {
        Duration beat = readiness == NodeReadiness.UNKNOWN ? Duration.ofMinutes(6) : Duration.ofSeconds(8);
        List<String> roles = name.contains("cp") ? List.of("control-plane") : List.of("worker");
        return new NodeSummary(name, readiness, reason, message, cordoned, Optional.empty(), roles, "v1.30.2",
                "10.0.0." + (Math.abs(name.hashCode()) % 250 + 1), NOW.minus(Duration.ofDays(40)),
                Optional.of(NOW.minus(beat)), List.of(), List.of(), problems, "boot-" + name,
                OptionalInt.of(pods));
    }
}
