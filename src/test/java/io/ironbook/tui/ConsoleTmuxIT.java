package io.ironbook.tui;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.ironbook.cluster.ApiServerDouble;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar's console under tmux against a real HTTP API (the cluster tests' API server double on
 * 127.0.0.1): the nodes
 * appear Ready, a node whose kubelet stops turns Unknown live, a cordon goes through its gate to the API,
 * and {@code q} gives the terminal back. Needs tmux (CI installs it) and the jar built by {@code package}.
 */
class ConsoleTmuxIT {
    private static final long TIMEOUT_MILLIS = 30_000;

    private final ApiServerDouble api = new ApiServerDouble();
    private final KubernetesClient client = api.client();

    @TempDir
    Path dir;

    private final TmuxPane pane = new TmuxPane("ironbook-it-" + ProcessHandle.current().pid(), TIMEOUT_MILLIS);

    @AfterEach
    void killSession() throws Exception {
        pane.kill();
        client.close();
        api.close();
    }

    private static String ago(long seconds) {
        return Instant.now().minusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static Node node(String name) {
        return new NodeBuilder()
                .withNewMetadata().withName(name).withCreationTimestamp(ago(86_400 * 3))
                .withLabels(Map.of(name.contains("cp") ? "node-role.kubernetes.io/control-plane" : "node-role.kubernetes.io/worker", "")).endMetadata()
                .withNewSpec().endSpec()
                .withNewStatus()
                .addNewCondition().withType("Ready").withStatus("True").withReason("KubeletReady")
                .withMessage("kubelet is posting ready status").withLastHeartbeatTime(ago(5)).endCondition()
                .addNewAddress().withType("InternalIP").withAddress("10.0.0.11").endAddress()
                .withNewNodeInfo().withKubeletVersion("v1.30.4").withBootID("boot-1").endNodeInfo()
                .endStatus().build();
    }

    @Test
    void theConsoleFollowsTheClusterCordonsThroughItsGateAndRestoresTheTerminal() throws Exception {
        for (String name : List.of("k8s-cp-01", "k8s-worker-01", "k8s-worker-02")) {
            client.nodes().resource(node(name)).create();
        }
        assertThat(client.nodes().list().getItems()).hasSize(3);
        launch();

        // a watch re-opened under load may show "stale since" for a moment; the console must come back to live
        String screen = pane.await(text -> text.contains("k8s-worker-02") && text.contains("Nodes 3")
                && text.contains("? help") && text.contains("● live"), "three nodes, live");
        assertThat(TmuxPane.line(screen, "k8s-worker-01")).contains("● Ready");
        assertThat(screen).contains("ctx mock", "● live", "? help");

        client.nodes().withName("k8s-worker-02").editStatus(n -> new NodeBuilder(n).editStatus()
                .withConditions().addNewCondition().withType("Ready").withStatus("Unknown")
                .withReason("NodeStatusUnknown").withMessage("Kubelet stopped posting node status.")
                .withLastHeartbeatTime(ago(300)).endCondition().endStatus().build());
        screen = pane.await(text -> TmuxPane.line(text, "k8s-worker-02").contains("? Unknown"), "worker-02 Unknown");
        assertThat(TmuxPane.line(screen, "k8s-worker-02")).contains("NodeStatusUnknown");

        pane.keys("Down", "c");
        pane.await(text -> text.contains("Cordon k8s-worker-01?"), "the cordon gate");
        pane.keys("Tab", "Enter");
        pane.await(text -> text.contains("node/k8s-worker-01 cordoned"), "the cordon reported");
        assertThat(client.nodes().withName("k8s-worker-01").get().getSpec().getUnschedulable()).isTrue();
        pane.await(text -> TmuxPane.line(text, "k8s-worker-01").contains(" yes "), "the cordon in the table");

        pane.keys("q");
        screen = pane.await(text -> text.contains("EXITED 0"), "the console to exit");
        assertThat(screen).doesNotContain("k8s-worker-01").doesNotContain("Exception");
    }

    @Test
    void ctrlCEndsTheConsoleAndGivesTheTerminalBack() throws Exception {
        for (String name : List.of("k8s-worker-01")) {
            client.nodes().resource(node(name)).create();
        }
        launch();
        pane.await(text -> text.contains("k8s-worker-01") && text.contains("? help"), "the console");
        pane.keys("C-c");
        String screen = pane.await(text -> text.contains("EXITED"), "the console to end");
        assertThat(screen).doesNotContain("k8s-worker-01").doesNotContain("? help").doesNotContain("Exception");
    }

    private void launch() throws Exception {
        Path jar = Path.of("target", "ironbook.jar").toAbsolutePath();
        assertThat(jar).as("the shaded jar (mvn package)").exists();
        Path kubeconfig = api.kubeconfig(dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path state = Path.of("target", "it-state").toAbsolutePath();
        String command = "env LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_STATE_HOME=" + state + " " + java
                + " -Dstdout.encoding=UTF-8 -jar " + jar + " --kubeconfig " + kubeconfig + " console; echo EXITED $?;"
                + " sleep 60";
        int started = pane.start(command);
        assertThat(started).as("tmux new-session").isZero();
    }
}
