package io.ironbook.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaitIT {
    @TempDir
    Path dir;

    ApiServerDouble api;
    KubernetesClient admin;
    Fabric8ClusterGateway gateway;
    final List<String> notes = new CopyOnWriteArrayList<>();
    final WaitListener listener = (node, elapsed, note) -> notes.add(note);

    @BeforeEach
    void start() throws Exception {
        api = new ApiServerDouble();
        admin = api.client();
        gateway = Fabric8ClusterGateway.connect(ClusterGatewayIT.settings(api.kubeconfig(dir)), Duration.ofMillis(100));
        admin.nodes().resource(TestObjects.readyNode("n1")).create();
    }

    @AfterEach
    void stop() {
        gateway.close();
        admin.close();
        api.close();
    }

    private void setReady(String status, String reason) {
        admin.nodes().withName("n1").editStatus(node -> new NodeBuilder(node).editStatus().editFirstCondition()
                .withStatus(status).withReason(reason).withMessage("").endCondition().endStatus().build());
    }

    @Test
    void waitsUntilNotReadyThenReadyAgain() throws Exception {
        CompletableFuture<NodeSummary> notReady = CompletableFuture.supplyAsync(() ->
                gateway.waitForReadiness("n1", NodeReadiness.NOT_READY, Duration.ofSeconds(10), listener));
        Thread.sleep(400);
        setReady("False", "KubeletNotReady");
        assertThat(notReady.get(10, TimeUnit.SECONDS).readyReason()).isEqualTo("KubeletNotReady");
        assertThat(notes).anyMatch(note -> note.startsWith("waiting for node n1 to be NotReady; now Ready"));
        assertThat(notes.get(notes.size() - 1)).isEqualTo("done: node n1 to be NotReady");

        CompletableFuture<NodeSummary> ready = CompletableFuture.supplyAsync(() ->
                gateway.waitForReadiness("n1", NodeReadiness.READY, Duration.ofSeconds(10), WaitListener.NONE));
        setReady("True", "KubeletReady");
        assertThat(ready.get(10, TimeUnit.SECONDS).readiness()).isEqualTo(NodeReadiness.READY);
    }

    @Test
    void waitsForANewBootIdAcrossAnApiOutage() throws Exception {
        CompletableFuture<NodeSummary> rebooted = CompletableFuture.supplyAsync(() ->
                gateway.waitForBootIdChange("n1", "boot-1", Duration.ofSeconds(20), listener));
        Thread.sleep(300);
        api.stop();
        Thread.sleep(500);
        api.restart();
        admin.nodes().withName("n1").editStatus(node -> new NodeBuilder(node).editStatus().editNodeInfo()
                .withBootID("boot-2").endNodeInfo().endStatus().build());

        assertThat(rebooted.get(20, TimeUnit.SECONDS).bootId()).isEqualTo("boot-2");
        assertThat(notes).anyMatch(note -> note.contains("cannot reach the API server at " + api.url()));
    }

    @Test
    void aTimeoutSaysWhatItSawLast() {
        setReady("False", "KubeletNotReady");
        assertThatThrownBy(() -> gateway.waitForReadiness("n1", NodeReadiness.READY, Duration.ofMillis(500), listener))
                .isInstanceOfSatisfying(ClusterException.class,
                        e -> assertThat(e.kind()).isEqualTo(ClusterException.Kind.TIMEOUT))
                .hasMessage("timed out after 500ms waiting for node n1 to be Ready; last seen: NotReady (KubeletNotReady),"
                        + " boot id boot-1");
    }
}
