package io.ironbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ironbook.engine.RunRecord;
import io.ironbook.engine.StepStatus;
import io.ironbook.lab.Lab;
import io.ironbook.lab.LabOptions;
import io.ironbook.lab.node.Power;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole-cluster power cycle against a lab of its own (cp-1, worker-1..3): {@code cluster-shutdown}
 * drains the workers, halts them, then halts the control plane, and every node ends halted; then
 * {@code cluster-startup} brings the control plane and the workers back, uncordons what ironbook cordoned,
 * and every node's live diagnosis is clean.
 */
class ClusterShutdownOnLabIT {
    private static final List<String> WORKERS = List.of("worker-1", "worker-2", "worker-3");

    @TempDir
    Path dir;

    private Lab lab;
    private LabCli cli;

    @AfterEach
    void stopLab() {
        if (lab != null) {
            lab.close();
        }
    }

    /** Powers the nodes on once they have really gone off, as an operator at the BMC would. */
    private Runnable powerOn(List<String> nodes) {
        return () -> {
            try {
                for (String node : nodes) {
                    LabCli.until(() -> lab.health(node).power() == Power.HALTED, node + " halted");
                    lab.powerOn(node);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    @Test
    void theClusterGoesDownWorkersFirstAndComesBackClean() throws Exception {
        lab = Lab.start(new LabOptions(4, List.of(), dir.resolve("lab"), 20));
        cli = new LabCli(lab, dir);
        Map<String, String> boots = new HashMap<>();
        lab.nodeNames().forEach(n -> boots.put(n, lab.health(n).bootId()));

        CliHarness.Result shutdown = cli.run(new ScriptedInput().line("y").line("halt all workers").line("halt the control plane")
                .line("done"), "run", "cluster-shutdown", "--param", "disableEviction=true");

        assertThat(shutdown.exitCode()).as(shutdown.out() + shutdown.err()).isZero();
        assertThat(shutdown.out()).contains("node/worker-1 drained", "worker-1: disconnected (expected)",
                "cp-1: disconnected (expected)", "run succeeded").doesNotContain("other nodes are already cordoned");
        assertThat(shutdown.out().indexOf("cp-1: disconnected")).isGreaterThan(shutdown.out().indexOf("==> workers-down"));
        RunRecord down = cli.journal(shutdown.out());
        assertThat(down.state()).isEqualTo("succeeded");
        assertThat(down.stepStatuses()).containsEntry("drain-workers", StepStatus.DONE).containsEntry("halt-workers", StepStatus.DONE)
                .containsEntry("workers-down", StepStatus.DONE).containsEntry("halt-control-planes", StepStatus.DONE);
        for (String node : lab.nodeNames()) {
            LabCli.until(() -> lab.health(node).power() == Power.HALTED, node + " halted");
        }
        LabCli.until(() -> !lab.apiServing(), "the API going down with the control plane");
        assertThat(new io.ironbook.lab.LabControl(lab).execute("status")).contains("is down: every control plane is off");
        CliHarness.Result apiGone = cli.run(InputStream.nullInputStream(), "nodes");
        assertThat(apiGone.exitCode()).as("the API went down with the control plane: " + apiGone.out()).isNotZero();

        CliHarness.Result startup = cli.run(new ScriptedInput().line(powerOn(List.of("cp-1")), "done").line(powerOn(WORKERS), "done"),
                "run", "cluster-startup", "--param", "controlPlanes=cp-1", "--param", "workers=" + String.join(",", WORKERS));

        assertThat(startup.exitCode()).as(startup.out() + startup.err()).isZero();
        assertThat(startup.out()).contains("cannot lock worker-1 yet (cannot reach the API server", "node/worker-1 uncordoned",
                "run succeeded");
        for (String node : lab.nodeNames()) {
            assertThat(lab.health(node).bootId()).as(node + " booted again").isNotEqualTo(boots.get(node));
            CliHarness.Result diagnosis = cli.run(InputStream.nullInputStream(), "diagnose", node);
            assertThat(diagnosis.exitCode()).as(node + ": " + diagnosis.out() + diagnosis.err()).isZero();
        }
        assertThat(cli.run(InputStream.nullInputStream(), "nodes").out()).doesNotContain("SchedulingDisabled")
                .containsPattern("worker-3\\s+Ready\\s");
    }

    @Test
    void kuredsRebootLockRefusesTheShutdownNamingTheNodeItReboots() throws Exception {
        lab = Lab.start(new LabOptions(4, List.of(), dir.resolve("lab"), 20));
        cli = new LabCli(lab, dir);
        io.fabric8.kubernetes.api.model.apps.DaemonSet kured = new io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder()
                .withNewMetadata().withName("kured").withNamespace("kube-system")
                .addToAnnotations("weave.works/kured-node-lock", "{\"nodeID\":\"worker-2\",\"metadata\":{\"unschedulable\":false},"
                        + "\"created\":\"2026-11-26T03:00:00Z\",\"TTL\":0}")
                .endMetadata().withNewSpec().withNewSelector().addToMatchLabels("name", "kured").endSelector().withNewTemplate()
                .withNewMetadata().addToLabels("name", "kured").endMetadata().withNewSpec().addNewContainer().withName("kured")
                .withImage("ghcr.io/kubereboot/kured:1.16.0").endContainer().endSpec().endTemplate().endSpec().build();
        try (io.fabric8.kubernetes.client.KubernetesClient client = new io.fabric8.kubernetes.client.KubernetesClientBuilder()
                .withConfig(new io.fabric8.kubernetes.client.ConfigBuilder().withMasterUrl(lab.apiUrl()).build()).build()) {
            client.apps().daemonSets().inNamespace("kube-system").resource(kured).create();
        }

        CliHarness.Result refused = cli.run(new ScriptedInput().line("y"), "run", "cluster-shutdown", "--param", "disableEviction=true");

        assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(refused.out() + refused.err()).contains("kured holds its reboot lock for worker-2 since 2026-11-26T03:00:00Z");
        assertThat(cli.run(InputStream.nullInputStream(), "nodes").out()).doesNotContain("SchedulingDisabled");
        assertThat(lab.nodeNames()).allSatisfy(n -> assertThat(lab.health(n).power()).isEqualTo(Power.RUNNING));
        CliHarness.Result readOnly = cli.run(InputStream.nullInputStream(), "run", "cluster-shutdown", "--dry-run");
        assertThat(readOnly.out()).contains("now: a real run would be refused: refusing run cluster-shutdown: kured holds");
    }
}
