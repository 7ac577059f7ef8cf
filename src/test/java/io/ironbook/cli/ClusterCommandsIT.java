package io.ironbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.ironbook.cluster.ApiServerDouble;
import io.ironbook.cluster.CordonMark;
import io.ironbook.cluster.TestObjects;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nodes, cordon, uncordon and drain from the command line, against the mock API server over HTTP. */
class ClusterCommandsIT {
    @TempDir
    Path home;

    ApiServerDouble api;
    KubernetesClient admin;
    String kubeconfig;
    CliHarness cli;

    @BeforeEach
    void start() throws Exception {
        api = new ApiServerDouble();
        admin = api.client();
        kubeconfig = api.kubeconfig(home).toString();
        cli = CliHarness.withHome(home);
        admin.nodes().resource(TestObjects.node("cp-1").editMetadata()
                .addToLabels("node-role.kubernetes.io/control-plane", "").endMetadata().build()).create();
        admin.nodes().resource(TestObjects.node("worker-1").editStatus().editFirstCondition().withStatus("Unknown")
                .withReason("NodeStatusUnknown").withMessage("Kubelet stopped posting node status.").endCondition()
                .endStatus().build()).create();
        admin.nodes().resource(TestObjects.readyNode("worker-2")).create();
    }

    @AfterEach
    void stop() {
        admin.close();
        api.close();
    }

    @Test
    void nodesPrintsAnAlignedTableWithReasons() {
        admin.pods().resource(TestObjects.ordinaryPod("default", "web-0", "worker-2")).create();
        CliHarness.Result result = cli.run("--kubeconfig", kubeconfig, "nodes", "--pods");

        assertThat(result.exitCode()).isZero();
        String[] lines = result.out().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).matches("NAME +STATUS +ROLES +AGE +VERSION +INTERNAL-IP +HEARTBEAT +PODS +REASON");
        // The mock stamps creationTimestamp itself, so the age is seconds here (milliseconds under a second).
        assertThat(lines[1]).matches("cp-1 +Ready +control-plane +\\d+m?s +v1\\.30\\.4 +10\\.0\\.0\\.11 +\\d+s +0");
        assertThat(lines[2]).matches("worker-1 +Unknown +<none> +\\d+m?s +v1\\.30\\.4 +10\\.0\\.0\\.11 +\\d+s +0 +"
                + "NodeStatusUnknown: Kubelet stopped posting node status\\.");
        assertThat(lines[3]).startsWith("worker-2 ").contains(" 1");
        int statusColumn = lines[0].indexOf("STATUS");
        assertThat(lines[2].indexOf("Unknown")).isEqualTo(statusColumn);
        assertThat(result.out()).doesNotContain("\u001b[");
    }

    @Test
    void nodesAsJsonAndYaml() {
        CliHarness.Result json = cli.run("--kubeconfig", kubeconfig, "nodes", "-o", "json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"name\": \"worker-1\"", "\"status\": \"Unknown\"",
                "\"readyReason\": \"NodeStatusUnknown\"", "\"bootID\": \"boot-1\"");
        CliHarness.Result yaml = cli.run("--kubeconfig", kubeconfig, "nodes", "-o", "yaml");
        assertThat(yaml.out()).contains("- name: \"cp-1\"", "status: \"Ready\"");
    }

    @Test
    void anUnknownContextIsOneLineAndExitTwo() {
        CliHarness.Result result = cli.run("--kubeconfig", kubeconfig, "--context", "prod", "nodes");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().strip()).isEqualTo("error: context 'prod' not found in kubeconfig " + kubeconfig
                + " (known: mock)");
    }

    @Test
    void anUnreachableServerIsOneLineWithTheAddress() {
        api.stop();
        CliHarness.Result result = cli.run("--kubeconfig", kubeconfig, "nodes");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(result.err()).startsWith("error: cannot reach the API server at " + api.url());
        api.restart();
    }

    @Test
    void cordonAndUncordonLikeKubectl() {
        CliHarness.Result cordon = cli.run("--kubeconfig", kubeconfig, "cordon", "worker-2", "--reason", "disk swap");
        assertThat(cordon.exitCode()).isZero();
        assertThat(cordon.out().strip()).isEqualTo("node/worker-2 cordoned");
        Node node = admin.nodes().withName("worker-2").get();
        assertThat(node.getSpec().getUnschedulable()).isTrue();
        assertThat(node.getMetadata().getAnnotations()).containsEntry(CordonMark.CORDONED_BY, "tester@test")
                .containsEntry(CordonMark.CORDON_REASON, "disk swap");

        assertThat(cli.run("--kubeconfig", kubeconfig, "cordon", "worker-2").out().strip())
                .isEqualTo("node/worker-2 already cordoned (cordoned by tester@test: disk swap)");
        assertThat(cli.run("--kubeconfig", kubeconfig, "uncordon", "worker-2", "--only-run", "run-9").out().strip())
                .isEqualTo("node/worker-2 left cordoned: not cordoned by this run (cordoned by tester@test: disk swap)");
        assertThat(cli.run("--kubeconfig", kubeconfig, "uncordon", "worker-2").out().strip())
                .isEqualTo("node/worker-2 uncordoned (had been cordoned by tester@test: disk swap)");
        assertThat(cli.run("--kubeconfig", kubeconfig, "uncordon", "worker-2").out().strip())
                .isEqualTo("node/worker-2 already uncordoned");
    }

    @Test
    void cordonOfAnUnknownNodeAmongOthers() {
        CliHarness.Result result = cli.run("--kubeconfig", kubeconfig, "cordon", "worker-2", "ghost");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out().strip()).isEqualTo("node/worker-2 cordoned");
        assertThat(result.err().strip()).isEqualTo("error: node ghost not found");
        CliHarness.Result single = cli.run("--kubeconfig", kubeconfig, "cordon", "ghost");
        assertThat(single.err().strip()).isEqualTo("error: node ghost not found");
    }

    @Test
    void readOnlyRefusesChanges() {
        CliHarness.Result result = cli.run("--kubeconfig", kubeconfig, "--read-only", "cordon", "worker-2");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(admin.nodes().withName("worker-2").get().getSpec().getUnschedulable()).isNotEqualTo(Boolean.TRUE);
    }

    @Test
    void drainDryRunThenDrain() {
        admin.apps().daemonSets().inNamespace("kube-system").resource(new DaemonSetBuilder().withNewMetadata()
                .withName("kube-proxy").withNamespace("kube-system").endMetadata().build()).create();
        admin.pods().resource(TestObjects.daemonSetPod("kube-proxy-w2", "worker-2")).create();
        admin.pods().resource(TestObjects.ordinaryPod("default", "web-0", "worker-2")).create();
        admin.policy().v1().podDisruptionBudget().inNamespace("default")
                .resource(TestObjects.budget("default", "web-pdb", "web", 0)).create();

        CliHarness.Result refused = cli.run("--kubeconfig", kubeconfig, "drain", "worker-2", "--dry-run");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(refused.out()).contains("cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore):"
                + " kube-system/kube-proxy-w2");

        CliHarness.Result plan = cli.run("--kubeconfig", kubeconfig, "drain", "worker-2", "--dry-run",
                "--ignore-daemonsets");
        assertThat(plan.exitCode()).isZero();
        assertThat(plan.out()).contains("evict 1 pod:\n    default/web-0\n",
                "skip 1 pod:\n    kube-system/kube-proxy-w2  (ignoring DaemonSet-managed Pods)",
                "PodDisruptionBudget default/web-pdb allows 0 disruptions (2 healthy, 2 desired, 2 expected):"
                        + " blocks default/web-0");
        assertThat(admin.nodes().withName("worker-2").get().getSpec().getUnschedulable()).isNotEqualTo(Boolean.TRUE);

        CliHarness.Result timedOut = cli.run("--kubeconfig", kubeconfig, "drain", "worker-2", "--ignore-daemonsets",
                "--timeout", "1s");
        assertThat(timedOut.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(timedOut.out()).startsWith("node/worker-2 cordoned\nevicting pod default/web-0\n");
        assertThat(timedOut.err()).containsPattern("error when evicting pods/\"web-0\" -n \"default\" \\(will retry after"
                + " \\d+m?s\\): PodDisruptionBudget default/web-pdb allows 0 disruptions");
        assertThat(timedOut.err().strip()).endsWith("error: node worker-2 not drained: 1 pod still on it (default/web-0)");

        admin.policy().v1().podDisruptionBudget().inNamespace("default").withName("web-pdb").delete();
        CliHarness.Result drained = cli.run("--kubeconfig", kubeconfig, "drain", "worker-2", "--ignore-daemonsets");
        assertThat(drained.exitCode()).isZero();
        assertThat(drained.out()).isEqualTo("node/worker-2 already cordoned (cordoned by tester@test)\n"
                + "evicting pod default/web-0\npod/web-0 evicted\nnode/worker-2 drained\n");
        assertThat(drained.err()).isEqualTo("Warning: ignoring DaemonSet-managed Pods: kube-system/kube-proxy-w2\n");
    }

    @Test
    void aForbiddenEvictionIsReportedOnce() {
        admin.pods().resource(TestObjects.ordinaryPod("default", "web-0", "worker-2")).create();
        api.refusals.put("/api/v1/namespaces/default/pods/web-0/eviction", 403);

        CliHarness.Result result = cli.run("--kubeconfig", kubeconfig, "drain", "worker-2");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err().lines().toList()).containsExactly(
                "error when evicting pods/\"web-0\" -n \"default\": forbidden (403): context 'mock' may not create"
                        + " pods/eviction default/web-0: the test refuses /api/v1/namespaces/default/pods/web-0/eviction",
                "error: node worker-2 not drained: 1 pod still on it (default/web-0)");
    }

    @Test
    void badTimeoutIsAUsageError() {
        CliHarness.Result result = cli.run("--kubeconfig", kubeconfig, "drain", "worker-2", "--timeout", "5x");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().strip()).isEqualTo("error: --timeout: '5x' is not a duration (examples: 90s, 5m, 1h30m,"
                + " 0 for none)");
    }
}
