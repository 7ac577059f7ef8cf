package io.ironbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.ConnectionSettings;
import io.ironbook.cluster.Fabric8ClusterGateway;
import io.ironbook.collect.BundleCollector;
import io.ironbook.config.IronbookPaths;
import io.ironbook.diagnose.Diagnoser;
import io.ironbook.diagnose.RemediationIndex;
import io.ironbook.engine.CollectingDiagnoser;
import io.ironbook.engine.NodeDiagnoser;
import io.ironbook.lab.Lab;
import io.ironbook.lab.LabOptions;
import io.ironbook.lab.ScenarioRequest;
import io.ironbook.remote.PassphrasePrompt;
import io.ironbook.remote.RemoteShell;
import io.ironbook.remote.TargetResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code collect NODE} and {@code diagnose NODE} against the lab: real SSH to every node, the real HTTP API;
 * worker-1 lost its power (the whole cascade), worker-2 is healthy, worker-3 is powered off by a test.
 */
class LiveDiagnoseIT {
    private static Lab lab;

    @TempDir
    static Path labDir;

    @TempDir
    Path home;

    @BeforeAll
    static void startLab() throws Exception {
        lab = Lab.start(new LabOptions(4, List.of(ScenarioRequest.parse("power-loss:worker-1")), labDir, 20));
        try (ClusterGateway cluster = gateway()) {
            await(() -> "Unknown".equals(readyStatus(cluster, "worker-1")), Duration.ofSeconds(20));
        }
    }

    @AfterAll
    static void stopLab() {
        if (lab != null) {
            lab.close();
        }
    }

    private static ClusterGateway gateway() {
        return Fabric8ClusterGateway.connect(new ConnectionSettings(Optional.of(lab.files().kubeconfig()), Optional.empty(),
                Optional.empty(), labDir), Duration.ofMillis(100));
    }

    private static String readyStatus(ClusterGateway cluster, String node) {
        return cluster.node(node).map(n -> n.statusText()).orElse("");
    }

    private static void await(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + limit);
            }
            Thread.sleep(100);
        }
    }

    private CliHarness.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--kubeconfig", lab.files().kubeconfig().toString(),
                "--ssh-config", lab.files().sshConfig().toString(), "--known-hosts", lab.files().knownHosts().toString(),
                "--inventory", lab.files().inventory().toString()));
        all.addAll(List.of(args));
        return CliHarness.withHome(home).run(all.toArray(String[]::new));
    }

    @Test
    void powerLossDiagnosesTheWholeCascade() throws Exception {
        CliHarness.Result r = run("diagnose", "worker-1", "-o", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("node").asText()).isEqualTo("worker-1");
        List<String> chain = new ArrayList<>();
        report.get("chain").forEach(n -> chain.add(n.asText()));
        // The contract's chain: with containerd itself down, the missing CRI socket is part of containerd-down.
        assertThat(chain).as(r.out()).containsExactly("power-loss-dirty-journal", "fs-readonly", "containerd-down",
                "kubelet-crashloop", "node-status-unknown");
        List<String> roots = new ArrayList<>();
        report.get("rootCauses").forEach(n -> roots.add(n.asText()));
        assertThat(roots).containsExactly("power-loss-dirty-journal");
        assertThat(r.err()).contains("mounts.txt: exit 0", "api: node.yaml").doesNotContain("unreachable");
    }

    @Test
    void collectWritesTheBundleAndMeta() throws Exception {
        Path dir = home.resolve("bundle");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("swaps.txt"), "stale evidence of an earlier collection\n");
        CliHarness.Result r = run("collect", "worker-1", "-o", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("journal-kubelet.log: exit 0", "kernel.log: exit 0", "api: node.yaml")
                .containsPattern("\\d+ files in " + java.util.regex.Pattern.quote(dir.toString()));
        for (String file : List.of("journal-kubelet.log", "journal-containerd.log", "kernel.log", "systemctl-status.txt",
                "mounts.txt", "node.yaml", "meta.yaml")) {
            assertThat(dir.resolve(file)).as(file).isNotEmptyFile();
        }
        assertThat(Files.readString(dir.resolve("swaps.txt"))).doesNotContain("stale");
        assertThat(Files.readString(dir.resolve("mounts.txt"))).containsPattern("/var ext4 ro");
        String meta = Files.readString(dir.resolve("meta.yaml"));
        assertThat(meta).contains("node: \"worker-1\"", "collectedFrom: \"tester@test\"", "channels: [\"ssh\", \"api\"]",
                "file: \"kernel.log\"");
        // The bundle reads back through --bundle as the live diagnosis did.
        CliHarness.Result again = run("diagnose", "--bundle", dir.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.out()).startsWith("worker-1: ");
    }

    @Test
    void aHealthyNodeIsExitZeroAndKeepKeepsTheBundle() {
        Path kept = home.resolve("kept");
        CliHarness.Result r = run("diagnose", "worker-2", "--keep", kept.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).startsWith("worker-2: nothing wrong in the evidence read");
        assertThat(r.err()).contains("bundle kept in " + kept);
        assertThat(kept.resolve("meta.yaml")).exists();
    }

    @Test
    void aNodeWithoutSshIsDiagnosedFromTheApiAndSaysSo() throws Exception {
        lab.powerOff("worker-3");
        try (ClusterGateway cluster = gateway()) {
            await(() -> "Unknown".equals(readyStatus(cluster, "worker-3")), Duration.ofSeconds(20));
        }
        CliHarness.Result r = run("diagnose", "worker-3");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains("ssh: worker-3 unreachable (", "diagnosed from the API evidence only");
        assertThat(r.out()).contains("node-status-unknown").contains("SSH unreachable");
        Path dir = home.resolve("off");
        CliHarness.Result collected = run("collect", "worker-3", "-o", dir.toString());
        assertThat(collected.exitCode()).isZero();
        assertThat(collected.out()).contains("ssh: unreachable (");
        assertThat(Files.readString(dir.resolve("meta.yaml"))).contains("channels: [\"api\"]");
    }

    @Test
    void anUnknownNodeIsExitTwo() {
        CliHarness.Result r = run("collect", "worker-9", "-o", home.resolve("x").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).startsWith("error: unknown node 'worker-9'");
    }

    @Test
    void theEnginesDiagnoserCollectsAndDiagnoses() throws Exception {
        IronbookPaths paths = new IronbookPaths(home.resolve("state"), home.resolve("config"), home);
        TestServices services = new TestServices(paths);
        GlobalOptions options = new GlobalOptions();
        options.sshConfig = lab.files().sshConfig();
        options.knownHosts = lab.files().knownHosts();
        try (ClusterGateway cluster = gateway();
                RemoteShell shell = services.remoteShell(options, PassphrasePrompt.NONE)) {
            TargetResolver targets = services.targets(options);
            NodeDiagnoser diagnoser = new CollectingDiagnoser(new BundleCollector(Optional.of(cluster), shell,
                    targets::resolve, Clock.systemUTC(), "tester@test"), Diagnoser.withShippedRules(RemediationIndex.empty()),
                    home.resolve("bundles"), Clock.systemUTC());
            List<String> progress = new ArrayList<>();
            List<NodeDiagnoser.Finding> findings = diagnoser.diagnose("worker-1", progress::add);
            assertThat(findings).extracting(NodeDiagnoser.Finding::id).contains("power-loss-dirty-journal", "fs-readonly",
                    "containerd-down", "kubelet-crashloop", "node-status-unknown");
            assertThat(findings).allSatisfy(f -> assertThat(f.summary()).isNotBlank());
            assertThat(progress).anySatisfy(l -> assertThat(l).startsWith("bundle kept in " + home.resolve("bundles")));
        }
    }
}
