package io.ironbook.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live node store over a real HTTP API: the initial list, then changes, reach subscribers. */
class NodeStoreIT {
    @TempDir
    Path dir;
    private ApiServerDouble api;
    private Fabric8ClusterGateway gateway;

    @BeforeEach
    void start() throws Exception {
        api = new ApiServerDouble();
        gateway = Fabric8ClusterGateway.connect(ClusterGatewayIT.settings(api.kubeconfig(dir)));
    }

    @AfterEach
    void stop() {
        gateway.close();
        api.close();
    }

    @Test
    void subscribersGetEveryNodeThenTheChanges() throws Exception {
        try (var client = api.client()) {
            client.nodes().resource(TestObjects.readyNode("worker-1")).create();
            client.nodes().resource(TestObjects.readyNode("worker-2")).create();
            List<String> seen = new CopyOnWriteArrayList<>();
            try (NodeStore store = gateway.watchNodes()) {
                assertThat(store.awaitSynced(Duration.ofSeconds(20))).isTrue();
                assertThat(store.snapshot()).extracting(NodeSummary::name).containsExactly("worker-1", "worker-2");
                store.subscribe(new NodeStoreListener() {
                    @Override
                    public void nodeChanged(NodeSummary node) {
                        seen.add(node.name() + " " + node.readiness().display());
                    }

                    @Override
                    public void nodeRemoved(String name) {
                        seen.add(name + " removed");
                    }
                });
                client.nodes().withName("worker-2").editStatus(n -> TestObjects.node("worker-2").editStatus()
                        .withConditions().addNewCondition().withType("Ready").withStatus("Unknown")
                        .withReason("NodeStatusUnknown").endCondition().endStatus().build());
                long deadline = System.currentTimeMillis() + 20_000;
                while (!seen.contains("worker-2 Unknown") && System.currentTimeMillis() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(seen).contains("worker-1 Ready", "worker-2 Ready", "worker-2 Unknown");
            }
        }
    }
}
