package io.ironbook.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NodeStoreIT extends ApiServerTestBase {
    @BeforeEach
    void scene() throws Exception {
        admin.nodes().resource(TestObjects.readyNode("n1")).create();
        admin.nodes().resource(TestObjects.readyNode("n2")).create();
        admin.pods().resource(TestObjects.ordinaryPod("default", "web-0", "n1")).create();
    }

    /** Records the last summary of each node and every connection change. */
    static final class Recorder implements NodeStoreListener {
        final Map<String, NodeSummary> nodes = new ConcurrentHashMap<>();
        final CopyOnWriteArrayList<Optional<Instant>> connection = new CopyOnWriteArrayList<>();
        final CopyOnWriteArrayList<String> removed = new CopyOnWriteArrayList<>();

        @Override
        public void nodeChanged(NodeSummary node) {
            nodes.put(node.name(), node);
        }

        @Override
        public void nodeRemoved(String name) {
            nodes.remove(name);
            removed.add(name);
        }

        @Override
        public void connectionChanged(Optional<Instant> staleSince) {
            connection.add(staleSince);
        }
    }

    @Test
    void pushesNodeChangesAndPodCountsLive() throws Exception {
        try (NodeStore store = gateway.watchNodes()) {
            assertThat(store.awaitSynced(Duration.ofSeconds(10))).isTrue();
            Recorder recorder = new Recorder();
            store.subscribe(recorder);
            Eventually.within(Duration.ofSeconds(5), () -> {
                assertThat(recorder.nodes.keySet()).containsExactlyInAnyOrder("n1", "n2");
                assertThat(recorder.nodes.get("n1").podCount()).hasValue(1);
            });

            admin.nodes().withName("n2").editStatus(node -> new NodeBuilder(node).editStatus().editFirstCondition()
                    .withStatus("Unknown").withReason("NodeStatusUnknown")
                    .withMessage("Kubelet stopped posting node status.").endCondition().endStatus().build());
            admin.pods().resource(TestObjects.ordinaryPod("default", "web-1", "n1")).create();
            admin.pods().resource(TestObjects.ordinaryPod("default", "web-2", "n2")).create();

            Eventually.within(Duration.ofSeconds(5), () -> {
                assertThat(recorder.nodes.get("n2").readiness()).isEqualTo(NodeReadiness.UNKNOWN);
                assertThat(recorder.nodes.get("n2").readyReason()).isEqualTo("NodeStatusUnknown");
                assertThat(recorder.nodes.get("n1").podCount()).hasValue(2);
                assertThat(recorder.nodes.get("n2").podCount()).hasValue(1);
            });
            admin.pods().inNamespace("default").withName("web-0").delete();
            admin.nodes().withName("n2").delete();
            Eventually.within(Duration.ofSeconds(5), () -> {
                assertThat(recorder.nodes.get("n1").podCount()).hasValue(1);
                assertThat(recorder.removed).containsExactly("n2");
                assertThat(store.snapshot()).extracting(NodeSummary::name).containsExactly("n1");
            });
            Eventually.until(Duration.ofSeconds(10), () -> store.staleSince().isEmpty());
        }
    }

    @Test
    void saysSinceWhenItIsStaleAndRecoversWhenTheApiServerComesBack() throws Exception {
        try (NodeStore store = gateway.watchNodes()) {
            assertThat(store.awaitSynced(Duration.ofSeconds(10))).isTrue();
            Recorder recorder = new Recorder();
            store.subscribe(recorder);

            Instant before = Instant.now();
            api.stop();
            Eventually.until(Duration.ofSeconds(10), () -> store.staleSince().isPresent());
            assertThat(store.staleSince().get()).isAfterOrEqualTo(before.minusSeconds(1));
            Eventually.until(Duration.ofSeconds(2), () -> !recorder.connection.isEmpty());
            assertThat(recorder.connection.get(0)).isPresent();

            api.restart();
            Eventually.until(Duration.ofSeconds(20), () -> store.staleSince().isEmpty());
            Eventually.until(Duration.ofSeconds(2), () -> recorder.connection.size() >= 2);
            assertThat(recorder.connection.get(recorder.connection.size() - 1)).isEmpty();

            admin.nodes().withName("n1").edit(node -> new NodeBuilder(node).editSpec().withUnschedulable(true).endSpec()
                    .build());
            Eventually.until(Duration.ofSeconds(5), () -> recorder.nodes.get("n1").cordoned());
        }
    }
}
