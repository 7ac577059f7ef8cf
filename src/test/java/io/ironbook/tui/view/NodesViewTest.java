package io.ironbook.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import io.ironbook.cluster.NodeSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodesViewTest {

    private static List<NodeSummary> cluster() {
        return List.of(TestNodes.ready("k8s-cp-01"), TestNodes.ready("k8s-worker-01"),
                TestNodes.notReady("k8s-worker-02", "KubeletNotReady", "container runtime is down"),
                TestNodes.unknown("k8s-worker-03"));
    }

    @Test
    void nodesShowWithStatusWordSymbolAndReason() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().nodes(cluster()).open()) {
            console.awaitText("k8s-worker-03");
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/screen-nodes.txt"), console.text());
            assertThat(console.lineWith("k8s-worker-01")).contains("● Ready");
            assertThat(console.lineWith("k8s-worker-02")).contains("▲ NotReady").contains("KubeletNotReady");
            assertThat(console.lineWith("k8s-worker-03")).contains("? Unknown").contains("NodeStatusUnknown")
                    .contains("6m");
            assertThat(console.lineWith("HBEAT")).contains("NAME", "STATUS", "CORDON", "ROLES", "VERSION", "AGE", "HBEAT",
                    "PODS", "REASON");
            assertThat(console.text()).contains("ctx admin@prod-dc1", "op ops@jump-1", "03:00:00", "● live",
                    "Nodes 4", "2 Ready", "1 NotReady", "1 Unknown");
        }
    }
}
