package io.ironbook.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.policy.v1.EvictionBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.transport.verification.OpenSSHKnownHosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab's SSH endpoints through plain OpenSSH and sshj, kubectl on its kubeconfig, and the maintenance lifecycle. */
class LabSshIT {
    @TempDir
    static Path dir;
    static Lab lab;
    static KubernetesClient client;

    @BeforeAll
    static void start() throws Exception {
        lab = Lab.start(new LabOptions(4, List.of(ScenarioRequest.parse("power-loss:worker-3")), dir, 20));
        Config config = new ConfigBuilder(Config.fromKubeconfig(Files.readString(lab.files().kubeconfig())))
                .withRequestRetryBackoffLimit(0).build();
        client = new KubernetesClientBuilder().withConfig(config).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        lab.close();
    }

    /** What a process printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run process(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    static Run ssh(String node, String command) throws IOException, InterruptedException {
        return process(List.of("ssh", "-F", lab.files().sshConfig().toString(), node, command));
    }

    static boolean has(String tool) {
        return Files.isExecutable(Path.of("/usr/bin", tool));
    }

    @Test
    void labFolderHoldsTheFiles() throws IOException {
        LabFiles f = lab.files();
        for (Path p : List.of(f.kubeconfig(), f.inventory(), f.knownHosts(), f.identity(), f.sshConfig())) {
            assertThat(p).exists();
        }
        assertThat(Files.getPosixFilePermissions(f.identity())).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(f.identity())).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----");
        List<String> known = Files.readAllLines(f.knownHosts());
        assertThat(known).hasSize(4).allSatisfy(l -> assertThat(l).matches("\\[127\\.0\\.0\\.1\\]:\\d+ ssh-ed25519 \\S+"));
        assertThat(known.stream().map(l -> l.split(" ")[2]).distinct()).hasSize(4);
        assertThat(Files.readString(f.inventory())).contains("[control_plane]\ncp-1 ansible_host=127.0.0.1 ansible_port=" + lab.sshPort("cp-1"))
                .contains("worker-2 ansible_host=127.0.0.1 ansible_port=" + lab.sshPort("worker-2"));
    }

    @Test
    void plainOpenSshWithTheLabConfig() throws Exception {
        assumeTrue(has("ssh"), "OpenSSH client not installed");
        Run active = ssh("worker-1", "systemctl is-active kubelet");
        assertThat(active.out()).isEqualTo("active\n");
        assertThat(active.code()).isZero();
        Run missing = ssh("worker-1", "lsblk");
        assertThat(missing.code()).isEqualTo(127);
        assertThat(missing.err()).contains("bash: lsblk: command not found");
        Run chain = ssh("cp-1", "sudo -n systemctl is-active containerd && hostname");
        assertThat(chain.out()).isEqualTo("active\ncp-1\n");
    }

    @Test
    void anInteractiveSessionPromptsRunsLinesAndExits() throws Exception {
        assumeTrue(has("ssh"), "OpenSSH client not installed");
        Process p = new ProcessBuilder("ssh", "-tt", "-F", lab.files().sshConfig().toString(), "worker-1").start();
        try (var stdin = p.getOutputStream()) {
            stdin.write("hostname\nexit\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the session ends on exit").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r", "");
        assertThat(out).contains("This is a simulated node of the ironbook lab.", "root@worker-1:~# hostname\nworker-1\n",
                "root@worker-1:~# exit");
        assertThat(p.exitValue()).isZero();
    }

    @Test
    void hostKeysAreCheckedPerNode() throws Exception {
        assumeTrue(has("ssh"), "OpenSSH client not installed");
        List<String> lines = Files.readAllLines(lab.files().knownHosts());
        String worker1 = "[127.0.0.1]:" + lab.sshPort("worker-1");
        String otherKey = lines.stream().filter(l -> !l.startsWith(worker1 + " ")).findFirst().orElseThrow().split(" ", 2)[1];
        Path wrong = dir.resolve("wrong_known_hosts");
        Files.writeString(wrong, worker1 + " " + otherKey + "\n");
        Run refused = process(List.of("ssh", "-F", lab.files().sshConfig().toString(), "-o", "UserKnownHostsFile=" + wrong, "worker-1", "true"));
        assertThat(refused.code()).isEqualTo(255);
        assertThat(refused.err()).contains("HOST IDENTIFICATION HAS CHANGED");
    }

    @Test
    void kubectlGetNodes() throws Exception {
        assumeTrue(has("kubectl"), "kubectl not installed");
        Run run = process(List.of("kubectl", "--kubeconfig", lab.files().kubeconfig().toString(), "get", "nodes"));
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).containsPattern("^NAME\\s+STATUS\\s+ROLES\\s+AGE\\s+VERSION\n")
                .containsPattern("cp-1\\s+Ready\\s+control-plane\\s+2d\\s+v1\\.30\\.4")
                .containsPattern("worker-1\\s+Ready\\s+<none>")
                .containsPattern("worker-3\\s+NotReady|worker-3\\s+Unknown");
        Run pods = process(List.of("kubectl", "--kubeconfig", lab.files().kubeconfig().toString(), "get", "pods", "-A",
                "--field-selector", "spec.nodeName=cp-1"));
        assertThat(pods.code()).isZero();
        assertThat(pods.out()).contains("kube-apiserver-cp-1").doesNotContain("worker-1");
    }

    @Test
    void powerLossScenarioShowsTheCascadeOverSsh() throws Exception {
        LabApiIT.await(() -> LabApiIT.ready(client.nodes().withName("worker-3").get()).equals("Unknown"), Duration.ofSeconds(10));
        Node node = client.nodes().withName("worker-3").get();
        assertThat(node.getStatus().getConditions()).anySatisfy(c -> assertThat(c.getReason()).isEqualTo("NodeStatusUnknown"));
        try (SSHClient ssh = sshj("worker-3")) {
            assertThat(exec(ssh, "cat /proc/mounts").out()).contains("/dev/sda3 /var ext4 ro,");
            assertThat(exec(ssh, "journalctl -u containerd --no-pager -n 200").out())
                    .contains("containerd: chmod /var/lib/containerd: read-only file system");
            assertThat(exec(ssh, "journalctl -k --no-pager").out()).contains("EXT4-fs (sda3): Remounting filesystem read-only");
            Run kubelet = exec(ssh, "systemctl status kubelet --no-pager");
            assertThat(kubelet.code()).isEqualTo(3);
            assertThat(kubelet.out()).contains("activating (auto-restart)");
        }
    }

    @Test
    void maintenanceLifecycleOnAWorker() throws Exception {
        String node = "worker-2";
        String bootBefore = lab.health(node).bootId();
        client.nodes().withName(node).patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"unschedulable\":true}}");
        for (Pod pod : client.pods().inAnyNamespace().withField("spec.nodeName", node).list().getItems()) {
            boolean daemon = pod.getMetadata().getOwnerReferences().stream().anyMatch(o -> o.getKind().equals("DaemonSet"));
            if (!daemon) {
                LabApiIT.await(() -> client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
                        .evict(new EvictionBuilder().withNewMetadata().withName(pod.getMetadata().getName())
                                .withNamespace(pod.getMetadata().getNamespace()).endMetadata().build()), Duration.ofSeconds(20));
            }
        }
        try (SSHClient ssh = sshj(node)) {
            Session session = ssh.startSession();
            Session.Command cmd = session.exec("systemctl stop kubelet containerd && shutdown -h now");
            assertThatThrownBy(() -> cmd.join(10, TimeUnit.SECONDS)).hasMessageContaining("EOF");
            assertThat(cmd.getExitStatus()).isNull();
        }
        LabApiIT.await(() -> LabApiIT.ready(client.nodes().withName(node).get()).equals("Unknown"), Duration.ofSeconds(15));
        assertThatThrownBy(() -> sshj(node).close()).isInstanceOf(IOException.class);
        lab.powerOn(node);
        LabApiIT.await(() -> LabApiIT.ready(client.nodes().withName(node).get()).equals("True"), Duration.ofSeconds(15));
        String bootAfter = client.nodes().withName(node).get().getStatus().getNodeInfo().getBootID();
        assertThat(bootAfter).isNotEqualTo(bootBefore).isEqualTo(lab.health(node).bootId());
        try (SSHClient ssh = sshj(node)) {
            assertThat(exec(ssh, "cat /proc/sys/kernel/random/boot_id").out().strip()).isEqualTo(bootAfter);
            assertThat(exec(ssh, "findmnt -rno TARGET,OPTIONS /var").out()).startsWith("/var rw,");
        }
        client.nodes().withName(node).patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"unschedulable\":false}}");
        assertThat(client.nodes().withName(node).get().getSpec().getUnschedulable()).isFalse();
    }

    static SSHClient sshj(String node) throws IOException {
        return sshj(lab, node);
    }

    static SSHClient sshj(Lab lab, String node) throws IOException {
        SSHClient ssh = new SSHClient();
        ssh.addHostKeyVerifier(new OpenSSHKnownHosts(lab.files().knownHosts().toFile()));
        ssh.setConnectTimeout(5000);
        ssh.setTimeout(10000);
        try {
            ssh.connect("127.0.0.1", lab.sshPort(node));
            ssh.authPublickey("root", ssh.loadKeys(lab.files().identity().toString()));
        } catch (IOException e) {
            ssh.close();
            throw e;
        }
        return ssh;
    }

    static Run exec(SSHClient ssh, String command) throws IOException {
        try (Session session = ssh.startSession()) {
            Session.Command cmd = session.exec(command);
            String out = new String(cmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(cmd.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            cmd.join(10, TimeUnit.SECONDS);
            return new Run(cmd.getExitStatus(), out, err);
        }
    }
}
