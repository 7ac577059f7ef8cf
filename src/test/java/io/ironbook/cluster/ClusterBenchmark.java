package io.ironbook.cluster;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The cluster benchmark (run by {@code bench/cluster-bench.sh}, not a test): against the mock API server
 * over HTTP, with 5,000 nodes, it measures node-store sync, watch latency, {@code ironbook nodes -o json}
 * against {@code kubectl get nodes -o json} (when kubectl can talk to the mock), and the drain of a node
 * with 110 pods whose grace period is 1 s. It prints medians.
 */
public final class ClusterBenchmark {
    private static final int NODES = Integer.getInteger("bench.nodes", 5000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 7);

    private ClusterBenchmark() {
    }

    /** Kept so that the mock server's java.util.logging level stays set. */
    private static final java.util.logging.Logger MOCK_LOG = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

    public static void main(String[] args) throws Exception {
        MOCK_LOG.setLevel(java.util.logging.Level.WARNING);
        String jar = args.length > 0 ? args[0] : "target/ironbook.jar";
        Path dir = Files.createTempDirectory("ironbook-bench");
        try (ApiServerDouble api = new ApiServerDouble(); KubernetesClient admin = api.client()) {
            long seedStart = System.nanoTime();
            for (int i = 0; i < NODES; i++) {
                Node node = TestObjects.node(String.format("node-%05d", i)).editStatus().addNewCondition()
                        .withType("PIDPressure").withStatus("False").withReason("KubeletHasSufficientPID").endCondition()
                        .endStatus().build();
                api.seed(node, "/api/v1/nodes");
            }
            System.out.printf("seeded %d nodes in %.1f s%n", NODES, (System.nanoTime() - seedStart) / 1e9);
            Path kubeconfig = api.kubeconfig(dir);
            if (args.length > 1 && args[1].equals("--serve")) {
                System.out.println("serving; kubeconfig: " + kubeconfig);
                Thread.sleep(Long.MAX_VALUE);
            }
            ConnectionSettings settings = new ConnectionSettings(Optional.of(kubeconfig), Optional.empty(),
                    Optional.empty(), dir);

            System.out.println("load average before: " + loadAverage() + " (" + Runtime.getRuntime().availableProcessors()
                    + " cores)");
            storeSync(settings, admin);
            nodesJson(jar, kubeconfig);
            drain(dir);
            System.out.println("load average after: " + loadAverage());
        }
        System.exit(0);
    }

    private static void storeSync(ConnectionSettings settings, KubernetesClient admin) throws Exception {
        List<Double> syncs = new ArrayList<>();
        List<Double> latencies = new ArrayList<>();
        List<Double> lists = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long listStart = System.nanoTime();
            admin.nodes().list();
            lists.add((System.nanoTime() - listStart) / 1e9);
            try (Fabric8ClusterGateway gateway = Fabric8ClusterGateway.connect(settings)) {
                long start = System.nanoTime();
                NodeStore store = gateway.watchNodes();
                if (!store.awaitSynced(Duration.ofSeconds(60))) {
                    throw new IllegalStateException("store did not sync");
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                syncs.add(seconds);
                System.out.printf("  node store sync, round %d: %.3f s (%d nodes)%n", round + 1, seconds,
                        store.snapshot().size());
                // The mock replays every object as ADDED to a new watch; let that finish before measuring.
                Thread.sleep(3000);
                String name = String.format("node-%05d", round);
                CountDownLatch seen = new CountDownLatch(1);
                store.subscribe(new NodeStoreListener() {
                    @Override
                    public void nodeChanged(NodeSummary node) {
                        if (node.name().equals(name) && node.readiness() == NodeReadiness.NOT_READY) {
                            seen.countDown();
                        }
                    }

                    @Override
                    public void nodeRemoved(String removed) {
                    }
                });
                long patched = System.nanoTime();
                admin.nodes().withName(name).editStatus(node -> new NodeBuilder(node).editStatus().editFirstCondition()
                        .withStatus("False").withReason("KubeletNotReady").endCondition().endStatus().build());
                if (seen.await(10, TimeUnit.SECONDS)) {
                    latencies.add((System.nanoTime() - patched) / 1e9);
                }
                store.close();
            }
        }
        System.out.printf("node store sync with %d nodes: median %.3f s over %d warm rounds (first, cold: %.3f s;"
                + " all: %s)%n", NODES, median(syncs.subList(1, syncs.size())), syncs.size() - 1, syncs.get(0),
                rounded(syncs));
        System.out.printf("for comparison, one plain fabric8 list of the %d nodes: median %.3f s (all: %s)%n", NODES,
                median(lists.subList(1, lists.size())), rounded(lists));
        System.out.printf("watch latency (status patch -> listener): median %.3f s over %d rounds%n",
                median(latencies), latencies.size());
    }

    private static void nodesJson(String jar, Path kubeconfig) throws Exception {
        List<String> ironbook = List.of(javaBin(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar,
                "--kubeconfig", kubeconfig.toString(), "nodes", "-o", "json");
        Optional<String> kubectl = findOnPath("kubectl");
        List<String> theirs = kubectl.map(path -> List.of(path, "--kubeconfig", kubeconfig.toString(), "get", "nodes",
                "-o", "json")).orElse(List.of());
        String whyNot = kubectl.isEmpty() ? "kubectl not found on PATH" : null;
        if (whyNot == null) {
            Process probe = new ProcessBuilder(theirs).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String error = new String(probe.getErrorStream().readAllBytes()).strip();
            if (!probe.waitFor(120, TimeUnit.SECONDS) || probe.exitValue() != 0) {
                whyNot = "kubectl cannot talk to the mock API server ("
                        + error.lines().findFirst().orElse("exit " + probe.exitValue()) + ")";
            }
        }
        // Alternate the two so that both see the same load on the machine.
        List<Double> ours = new ArrayList<>();
        List<Double> kubectlTimes = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            ours.addAll(time(ironbook, 1));
            if (whyNot == null) {
                kubectlTimes.addAll(time(theirs, 1));
            }
        }
        System.out.printf("ironbook nodes -o json (%d nodes): median %.3f s over %d runs (all: %s)%n", NODES,
                median(ours), ours.size(), rounded(ours));
        if (whyNot != null) {
            System.out.println("kubectl get nodes -o json: not compared: " + whyNot);
            return;
        }
        System.out.printf("kubectl get nodes -o json (%d nodes): median %.3f s over %d runs (all: %s)%n", NODES,
                median(kubectlTimes), kubectlTimes.size(), rounded(kubectlTimes));
        System.out.printf("ironbook / kubectl = %.2f (target: at most 1.5)%n", median(ours) / median(kubectlTimes));
    }

    private static String rounded(List<Double> values) {
        return String.join(" ", values.stream().map(v -> String.format("%.2f", v)).toList());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /**
     * The drain runs against a server of its own holding only the drained nodes: the mock scans every
     * stored object on each request, which a real API server (with its indexed watch cache) does not.
     */
    private static void drain(Path dir) throws Exception {
        List<Double> times = new ArrayList<>();
        try (ApiServerDouble api = new ApiServerDouble();
                Fabric8ClusterGateway gateway = Fabric8ClusterGateway.connect(new ConnectionSettings(
                        Optional.of(api.kubeconfig(Files.createDirectories(dir.resolve("drain")))), Optional.empty(),
                        Optional.empty(), dir))) {
            for (int round = 0; round < 5; round++) {
                String node = String.format("drain-%d", round);
                api.seed(TestObjects.readyNode(node), "/api/v1/nodes");
                for (int i = 0; i < 110; i++) {
                    api.seed(TestObjects.pod("bench", "app" + round + "-" + i, node)
                            .editSpec().withTerminationGracePeriodSeconds(1L).endSpec().build(),
                            "/api/v1/namespaces/bench/pods");
                }
                long start = System.nanoTime();
                DrainResult result = gateway.drain(node, DrainOptions.defaults(new CordonRequest("bench@local", "", ""))
                        .withTimeout(Duration.ofSeconds(60)), new DrainListener() { });
                double seconds = (System.nanoTime() - start) / 1e9;
                if (!result.drained() || result.deleted().size() != 110) {
                    throw new IllegalStateException("drain failed: " + result);
                }
                times.add(seconds);
                System.out.printf("  drain of 110 pods (grace 1 s), round %d: %.3f s%n", round + 1, seconds);
            }
        }
        System.out.printf("drain of a node with 110 pods, grace period 1 s: median %.3f s over %d rounds (all: %s)%n",
                median(times), times.size(), rounded(times));
    }

    private static List<Double> time(List<String> command, int rounds) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("exit " + process.exitValue() + ": " + command);
            }
            times.add((System.nanoTime() - start) / 1e9);
        }
        return times;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Optional<String> findOnPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }
}
