package io.ironbook.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import io.ironbook.cluster.ClusterEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeDetailViewTest {

    @Test
    void enterOpensTheNodeWithConditionsTaintsEventsAndActions() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().nodes(List.of(TestNodes.ready("k8s-worker-01"),
                TestNodes.cordoned(TestNodes.unknown("k8s-worker-02")))).open()) {
            console.gateway.events.put("k8s-worker-02", List.of(new ClusterEvent("Normal", "NodeNotSchedulable",
                    "Node k8s-worker-02 status is now: NodeNotSchedulable", "kubelet", 1, Optional.empty(),
                    Optional.of(Instant.parse("2026-11-26T02:40:00Z"))), new ClusterEvent("Warning", "NodeNotReady",
                    "Node is not ready", "node-controller", 3, Optional.empty(),
                    Optional.of(Instant.parse("2026-11-26T02:55:00Z")))));
            console.awaitText("k8s-worker-02");
            console.press(KeyType.ArrowDown);
            console.press(KeyType.Enter);
            console.awaitText("Warning NodeNotReady x3");
            // the events and the SSH target are two reads off the GUI thread: either may come first
            console.awaitText("ssh unknown: no SSH inventory is wired into the console");
            String screen = console.text();
            assertThat(screen).contains("Node k8s-worker-02", "? Unknown", "cordoned",
                    "Ready Unknown  NodeStatusUnknown  Kubelet stopped posting node status.",
                    "ReadonlyFilesystem True  FilesystemIsReadOnly  Filesystem is read-only",
                    "node.kubernetes.io/unschedulable:NoSchedule", "boot id boot-k8s-worker-02",
                    "2026-11-26 02:55:00", "Normal NodeNotSchedulable",
                    "ssh unknown: no SSH inventory is wired into the console", "c cordon", "u uncordon", "r drain");
            assertThat(console.lines().get(console.lines().size() - 1)).doesNotContain("filter").contains("Esc back");
            console.store.put(TestNodes.ready("k8s-worker-02"));
            console.awaitText("● Ready");
            console.press(KeyType.Escape);
            console.awaitText("NAME");
            assertThat(console.text()).contains("k8s-worker-01").doesNotContain("Conditions");
        }
    }

    @Test
    void theSshTargetComesFromTheDescriberOffTheGuiThread() throws Exception {
        TargetDescriber describer = node -> Optional.of(node + " → 10.0.0.11:22 as ops via bastion — hosts.ini:12");
        try (VirtualConsole console = VirtualConsole.with().nodes(List.of(TestNodes.ready("k8s-worker-01")))
                .targets(describer).open()) {
            console.awaitText("k8s-worker-01");
            console.press(KeyType.Enter);
            console.awaitText("ssh k8s-worker-01 → 10.0.0.11:22 as ops via bastion — hosts.ini:12");
        }
    }

    @Test
    void actionsWorkFromTheDetailScreen() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().nodes(List.of(TestNodes.ready("k8s-worker-01"))).open()) {
            console.awaitText("k8s-worker-01");
            console.press(KeyType.Enter);
            console.awaitText("Conditions");
            console.type("c");
            console.awaitText("Cordon k8s-worker-01?");
            console.press(KeyType.Tab);
            console.press(KeyType.Enter);
            console.awaitText("node/k8s-worker-01 cordoned");
            console.awaitText("node.kubernetes.io/unschedulable:NoSchedule");
        }
    }
}
