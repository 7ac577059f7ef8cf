package io.ironbook.lab;

import io.fabric8.kubernetes.api.model.Node;
import io.ironbook.lab.api.ApiStore;
import io.ironbook.lab.control.ClusterControl;
import io.ironbook.lab.control.LabNode;
import io.ironbook.lab.node.ClusterLink;
import io.ironbook.lab.node.NodeOs;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Puts nodes into a scenario's state. At start the incident is dated ten minutes back and the
 * simulation caught up, so journals, restart counters and the API already show its consequences; at
 * run time it happens now and unfolds in (simulated) real time.
 */
final class ScenarioRunner {
    static final Duration BACKDATE = Duration.ofMinutes(10);
    private static final Duration STEP = Duration.ofSeconds(5);
    private final List<LabNode> nodes;
    private final ClusterLink link;

    ScenarioRunner(List<LabNode> nodes, ClusterLink link) {
        this.nodes = nodes;
        this.link = link;
    }

    /** The node a request applies to (empty for cluster-wide scenarios). */
    LabNode target(ScenarioRequest request) {
        if (request.scenario().target() == Scenario.Target.CLUSTER) {
            return null;
        }
        if (request.node().isPresent()) {
            return nodes.stream().filter(n -> n.name().equals(request.node().get())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no node '" + request.node().get() + "' in the lab (nodes: "
                            + String.join(", ", nodes.stream().map(LabNode::name).toList()) + ")"));
        }
        boolean wantControlPlane = request.scenario().target() == Scenario.Target.CONTROL_PLANE;
        return nodes.stream().filter(n -> n.controlPlane() == wantControlPlane).findFirst().orElse(nodes.get(0));
    }

    /** Node-side effects; returns the instant the control plane last heard from affected kubelets, or null. */
    Instant applyToNodes(ScenarioRequest request, boolean atStart, Instant now) {
        Instant t0 = atStart ? now.minus(BACKDATE) : now;
        LabNode target = target(request);
        NodeOs os = target == null ? null : target.os();
        switch (request.scenario()) {
            case HEALTHY -> {
                return null;
            }
            case POWER_LOSS -> {
                os.powerLoss(t0);
                if (atStart) {
                    os.bootNow(t0.plus(Duration.ofSeconds(20)));
                } else {
                    os.powerOn(now);
                }
            }
            case SWAP_ON -> {
                os.enableSwap(t0);
                os.restart("kubelet", t0);
            }
            case CNI_MISSING -> os.removeCniConfig(t0);
            case CNI_BIN_PATH -> {
                os.editFile("/etc/containerd/config.toml", t -> t.replace("bin_dir = \"/opt/cni/bin\"", "bin_dir = \"/usr/lib/cni\""), t0);
                os.restart("containerd", t0);
            }
            case CGROUP_DRIVER_MISMATCH -> {
                os.editFile("/var/lib/kubelet/config.yaml", t -> t.replace("cgroupDriver: systemd", "cgroupDriver: cgroupfs"), t0);
                os.restart("kubelet", t0);
            }
            case CONTAINERD_DEFAULT_CONFIG -> os.writeDefaultContainerdConfig(t0);
            case LEFT_CORDONED -> {
                if (atStart) {
                    os.bootNow(t0);
                }
            }
            case CERT_EXPIRED -> {
                os.state().setCertsNotAfter(t0.minus(Duration.ofHours(6)));
                os.restart("kubelet", t0);
            }
            case DISK_FULL -> os.fillVar(t0);
            case VIP_DOWN -> link.setVipDown(true);
        }
        if (atStart) {
            for (LabNode n : target == null ? nodes : List.of(target)) {
                n.os().catchUp(t0, now, STEP);
            }
        }
        boolean silent = switch (request.scenario()) {
            case POWER_LOSS, SWAP_ON, CERT_EXPIRED, VIP_DOWN -> true;
            default -> false;
        };
        return silent ? t0 : null;
    }

    /** API-side effects, after the nodes are registered. */
    void applyToApi(ScenarioRequest request, ApiStore store, ClusterControl control, boolean atStart, Instant now) {
        Instant t0 = atStart ? now.minus(BACKDATE) : now;
        LabNode target = target(request);
        Instant heard = atStart ? t0 : null;
        if (request.scenario() == Scenario.LEFT_CORDONED) {
            store.update("/api/v1/nodes/" + target.name(), Node.class, n -> {
                n.getSpec().setUnschedulable(true);
                return n;
            });
        }
        if (heard != null && (request.scenario() == Scenario.POWER_LOSS || request.scenario() == Scenario.SWAP_ON
                || request.scenario() == Scenario.CERT_EXPIRED)) {
            control.lastHeard(target.name(), heard);
        }
        if (heard != null && request.scenario() == Scenario.VIP_DOWN) {
            nodes.forEach(n -> control.lastHeard(n.name(), heard));
        }
        control.markDirty();
    }
}
