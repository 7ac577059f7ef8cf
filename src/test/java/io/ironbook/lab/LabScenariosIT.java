package io.ironbook.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.schmizz.sshj.SSHClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every scenario's node shows the expected status through the API, and its evidence over SSH. */
class LabScenariosIT {
    @TempDir
    Path dir;

    /** The STATUS column as kubectl computes it. */
    static String status(Node node) {
        NodeCondition ready = node.getStatus().getConditions().stream().filter(c -> c.getType().equals("Ready")).findFirst().orElseThrow();
        String s = switch (ready.getStatus()) {
            case "True" -> "Ready";
            case "False" -> "NotReady";
            default -> "Unknown";
        };
        return Boolean.TRUE.equals(node.getSpec().getUnschedulable()) ? s + ",SchedulingDisabled" : s;
    }

    @Test
    void everyNodeScenarioAtStart() throws Exception {
        Map<Scenario, String> placement = new LinkedHashMap<>();
        placement.put(Scenario.POWER_LOSS, "worker-1");
        placement.put(Scenario.SWAP_ON, "worker-2");
        placement.put(Scenario.CNI_MISSING, "worker-3");
        placement.put(Scenario.CNI_BIN_PATH, "worker-4");
        placement.put(Scenario.CGROUP_DRIVER_MISMATCH, "worker-5");
        placement.put(Scenario.LEFT_CORDONED, "worker-6");
        placement.put(Scenario.DISK_FULL, "worker-7");
        placement.put(Scenario.CERT_EXPIRED, "cp-1");
        placement.put(Scenario.CONTAINERD_DEFAULT_CONFIG, "cp-2");
        List<ScenarioRequest> requests = new ArrayList<>();
        placement.forEach((s, n) -> requests.add(new ScenarioRequest(s, Optional.of(n))));
        requests.add(ScenarioRequest.parse("healthy"));
        try (Lab lab = Lab.start(new LabOptions(10, requests, dir, 20));
                KubernetesClient client = client(lab)) {
            for (Map.Entry<Scenario, String> e : placement.entrySet()) {
                LabApiIT.await(() -> status(client.nodes().withName(e.getValue()).get()).equals(e.getKey().expectedStatus()), Duration.ofSeconds(10));
            }
            assertThat(status(client.nodes().withName("cp-3").get())).isEqualTo("Ready");
            io.ironbook.cli.CliHarness.Result nodes = io.ironbook.cli.CliHarness.withHome(dir.resolve("home"))
                    .run("nodes", "--kubeconfig", lab.files().kubeconfig().toString());
            assertThat(nodes.exitCode()).as(nodes.err()).isZero();
            for (Map.Entry<Scenario, String> e : placement.entrySet()) {
                assertThat(nodes.out()).as("ironbook nodes shows %s", e.getKey().id())
                        .containsPattern("(?m)^" + e.getValue() + "\\s+" + java.util.regex.Pattern.quote(e.getKey().expectedStatus()) + "\\s");
            }
            assertThat(nodes.out()).containsPattern("(?m)^worker-1\\s+Unknown\\s.*NodeStatusUnknown");
            Node disk = client.nodes().withName("worker-7").get();
            assertThat(disk.getStatus().getConditions()).anySatisfy(c -> {
                assertThat(c.getType()).isEqualTo("DiskPressure");
                assertThat(c.getStatus()).isEqualTo("True");
            });
            assertThat(client.nodes().withName("worker-1").get().getStatus().getConditions())
                    .allSatisfy(c -> assertThat(c.getReason()).isEqualTo("NodeStatusUnknown"));
            evidence(lab, "worker-2", "journalctl -u kubelet --no-pager", "running with swap on is not supported");
            evidence(lab, "worker-2", "cat /proc/swaps", "/dev/sda4");
            evidence(lab, "worker-3", "journalctl -u containerd --no-pager", "REMOVE");
            evidence(lab, "worker-3", "ls -la /etc/cni/net.d", "total 0");
            evidence(lab, "worker-4", "journalctl -u containerd --no-pager", "failed to find plugin \\\"flannel\\\" in path [/usr/lib/cni]");
            evidence(lab, "worker-5", "journalctl -u kubelet --no-pager", "expected cgroupsPath to be of format");
            evidence(lab, "worker-7", "df -h /var", "100%");
            evidence(lab, "cp-1", "kubeadm certs check-expiration", "<invalid>");
            evidence(lab, "cp-1", "journalctl -u kubelet --no-pager", "is expired");
            evidence(lab, "cp-2", "grep -n SystemdCgroup /etc/containerd/config.toml", "SystemdCgroup = false");
            evidence(lab, "cp-2", "journalctl -u containerd --no-pager", "failed to find plugin \\\"flannel\\\" in path [/usr/lib/cni]");
            evidence(lab, "cp-2", "journalctl -u kubelet --no-pager", "Pod sandbox changed, it will be killed and re-created");
        }
    }

    @Test
    void vipDownSilencesEveryKubelet() throws Exception {
        try (Lab lab = Lab.start(new LabOptions(3, List.of(ScenarioRequest.parse("vip-down")), dir, 20));
                KubernetesClient client = client(lab)) {
            for (String node : lab.nodeNames()) {
                LabApiIT.await(() -> status(client.nodes().withName(node).get()).equals("Unknown"), Duration.ofSeconds(10));
            }
            evidence(lab, "worker-1", "journalctl -u kubelet --no-pager", "dial tcp 10.0.0.100:6443: connect: no route to host");
            evidence(lab, "cp-1", "systemctl restart kubelet && echo restarted", "restarted");
        }
    }

    @Test
    void runtimeFixOfCniBinPath() throws Exception {
        try (Lab lab = Lab.start(new LabOptions(2, List.of(), dir, 20)); KubernetesClient client = client(lab)) {
            lab.trigger(Scenario.CNI_BIN_PATH, Optional.empty());
            LabApiIT.await(() -> status(client.nodes().withName("worker-1").get()).equals("NotReady"), Duration.ofSeconds(10));
            evidence(lab, "worker-1", "ln -s /opt/cni/bin /usr/lib/cni && echo linked", "linked");
            LabApiIT.await(() -> status(client.nodes().withName("worker-1").get()).equals("Ready"), Duration.ofSeconds(10));
        }
    }

    private static KubernetesClient client(Lab lab) throws Exception {
        return new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(Files.readString(lab.files().kubeconfig()))).build();
    }

    private static void evidence(Lab lab, String node, String command, String expected) throws Exception {
        LabSshIT.Run run;
        try (SSHClient ssh = LabSshIT.sshj(lab, node)) {
            run = LabSshIT.exec(ssh, command);
        }
        assertThat(run.out()).as(node + ": " + command).contains(expected);
    }
}
