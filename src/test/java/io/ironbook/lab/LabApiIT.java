package io.ironbook.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodList;
import io.fabric8.kubernetes.api.model.policy.v1.Eviction;
import io.fabric8.kubernetes.api.model.policy.v1.EvictionBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab's API through the real fabric8 client over HTTP. */
class LabApiIT {
    @TempDir
    static Path dir;
    static Lab lab;
    static KubernetesClient client;

    @BeforeAll
    static void start() throws Exception {
        lab = Lab.start(new LabOptions(4, List.of(), dir, 20));
        Config config = new ConfigBuilder(Config.fromKubeconfig(Files.readString(lab.files().kubeconfig())))
                .withRequestRetryBackoffLimit(0).build();
        client = new KubernetesClientBuilder().withConfig(config).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        lab.close();
    }

    static String ready(Node node) {
        return node.getStatus().getConditions().stream().filter(c -> c.getType().equals("Ready")).findFirst().orElseThrow().getStatus();
    }

    static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void listsComeInPagesWithContinueTokensAndAnUnknownTokenIsGone() throws Exception {
        List<String> whole = client.pods().inAnyNamespace().list().getItems().stream()
                .map(p -> p.getMetadata().getNamespace() + "/" + p.getMetadata().getName()).toList();
        PodList first = client.pods().inAnyNamespace()
                .list(new ListOptionsBuilder().withLimit(5L).build());
        assertThat(first.getItems()).hasSize(5);
        assertThat(first.getMetadata().getContinue()).isNotBlank();
        List<String> paged = new ArrayList<>();
        PodList page = first;
        while (true) {
            page.getItems().forEach(p -> paged.add(p.getMetadata().getNamespace() + "/" + p.getMetadata().getName()));
            if (page.getMetadata().getContinue() == null || page.getMetadata().getContinue().isEmpty()) {
                break;
            }
            page = client.pods().inAnyNamespace().list(new ListOptionsBuilder()
                    .withLimit(5L).withContinue(page.getMetadata().getContinue()).build());
        }
        assertThat(paged).isEqualTo(whole);

        HttpResponse<String> gone = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(lab.apiUrl() + "/api/v1/pods?limit=5&continue=nosuch:5"))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("Expired");
    }

    @Test
    void fourReadyNodesOneControlPlane() {
        List<Node> nodes = client.nodes().list().getItems();
        assertThat(nodes).extracting(n -> n.getMetadata().getName()).containsExactly("cp-1", "worker-1", "worker-2", "worker-3");
        assertThat(nodes).allSatisfy(n -> assertThat(ready(n)).isEqualTo("True"));
        assertThat(nodes.get(0).getMetadata().getLabels()).containsKey("node-role.kubernetes.io/control-plane");
        assertThat(nodes.get(1).getStatus().getNodeInfo().getBootID()).isEqualTo(lab.health("worker-1").bootId());
    }

    @Test
    void podsByNodeFieldSelector() throws Exception {
        await(() -> client.pods().inAnyNamespace().list().getItems().stream()
                .allMatch(p -> "Running".equals(p.getStatus().getPhase())), Duration.ofSeconds(10));
        List<Pod> onWorker = client.pods().inAnyNamespace().withField("spec.nodeName", "worker-1").list().getItems();
        assertThat(onWorker).isNotEmpty().allSatisfy(p -> assertThat(p.getSpec().getNodeName()).isEqualTo("worker-1"));
        assertThat(onWorker).anySatisfy(p -> assertThat(p.getMetadata().getName()).startsWith("kube-proxy-"));
        List<Pod> onCp = client.pods().inNamespace("kube-system").withField("spec.nodeName", "cp-1").list().getItems();
        assertThat(onCp).extracting(p -> p.getMetadata().getName()).contains("kube-apiserver-cp-1", "etcd-cp-1");
    }

    @Test
    void informerWithNodeFieldSelectorSeesOnlyThatNodesPods() throws Exception {
        var informer = client.pods().inAnyNamespace().withField("spec.nodeName", "cp-1").inform();
        try {
            await(informer::hasSynced, Duration.ofSeconds(10));
            Thread.sleep(500);
            assertThat(informer.getStore().list()).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.getSpec().getNodeName()).isEqualTo("cp-1"));
        } finally {
            informer.close();
        }
    }

    @Test
    void evictionHonoursDisruptionBudgets() throws Exception {
        await(() -> client.pods().inNamespace("default").withLabel("app", "postgres").list().getItems().stream()
                .anyMatch(p -> p.getStatus().getConditions().stream().anyMatch(c -> c.getType().equals("Ready") && c.getStatus().equals("True"))),
                Duration.ofSeconds(10));
        Pod postgres = client.pods().inNamespace("default").withLabel("app", "postgres").list().getItems().get(0);
        Eviction eviction = new EvictionBuilder().withNewMetadata().withName(postgres.getMetadata().getName()).withNamespace("default")
                .endMetadata().build();
        assertThat(client.pods().inNamespace("default").withName(postgres.getMetadata().getName()).evict(eviction)).isFalse();

        Pod web = client.pods().inNamespace("default").withLabel("app", "web").list().getItems().get(0);
        Eviction webEviction = new EvictionBuilder().withNewMetadata().withName(web.getMetadata().getName()).withNamespace("default")
                .endMetadata().build();
        assertThat(client.pods().inNamespace("default").withName(web.getMetadata().getName()).evict(webEviction)).isTrue();
        await(() -> client.pods().inNamespace("default").withName(web.getMetadata().getName()).get() == null, Duration.ofSeconds(10));
        await(() -> client.pods().inNamespace("default").withLabel("app", "web").list().getItems().stream()
                .filter(p -> p.getMetadata().getDeletionTimestamp() == null).count() == 3, Duration.ofSeconds(10));
    }

    @Test
    void cordonByMergePatchKeepsStatus() {
        client.nodes().withName("worker-2").patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"unschedulable\":true},\"status\":{\"conditions\":[]}}");
        Node node = client.nodes().withName("worker-2").get();
        assertThat(node.getSpec().getUnschedulable()).isTrue();
        assertThat(ready(node)).isEqualTo("True");
        client.nodes().withName("worker-2").patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"unschedulable\":false}}");
        assertThat(client.nodes().withName("worker-2").get().getSpec().getUnschedulable()).isFalse();
    }

    @Test
    void podsOfAnUnreachableNodeAreReplacedAfterTheTolerationAndStayTerminating() throws Exception {
        try (Lab fast = Lab.start(new LabOptions(3, List.of(), dir.resolve("fast"), 200));
                KubernetesClient c = new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(Files.readString(fast.files().kubeconfig())))
                        .build()) {
            await(() -> c.pods().inNamespace("default").withField("spec.nodeName", "worker-1").list().getItems().stream()
                    .anyMatch(p -> "Running".equals(p.getStatus().getPhase())), Duration.ofSeconds(10));
            fast.powerOff("worker-1");
            await(() -> c.pods().inNamespace("default").withField("spec.nodeName", "worker-1").list().getItems().stream()
                    .allMatch(p -> p.getMetadata().getDeletionTimestamp() != null), Duration.ofSeconds(20));
            await(() -> c.pods().inNamespace("default").withLabel("app", "web").list().getItems().stream()
                    .filter(p -> p.getMetadata().getDeletionTimestamp() == null && "worker-2".equals(p.getSpec().getNodeName())).count() == 3,
                    Duration.ofSeconds(20));
            assertThat(c.pods().inNamespace("default").withField("spec.nodeName", "worker-1").list().getItems()).isNotEmpty();
        }
    }

    @Test
    void scenarioTriggeredWhileRunning() throws Exception {
        lab.trigger(Scenario.CNI_MISSING, Optional.of("worker-3"));
        await(() -> ready(client.nodes().withName("worker-3").get()).equals("False"), Duration.ofSeconds(10));
        Node node = client.nodes().withName("worker-3").get();
        assertThat(node.getStatus().getConditions().stream().filter(c -> c.getType().equals("Ready")).findFirst().orElseThrow().getMessage())
                .contains("cni plugin not initialized");
    }
}
