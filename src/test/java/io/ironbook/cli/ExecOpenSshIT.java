package io.ironbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ironbook.remote.OpenSshServer;
import io.ironbook.remote.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ironbook exec --inventory hosts.ini --all -- uptime} against real OpenSSH servers, strict host keys. */
class ExecOpenSshIT {

    @TempDir
    Path home;

    @Test
    void uptimeOnEveryInventoryHost() throws Exception {
        OpenSshServer.requireSshd();
        Path key = TestKeys.generate(home.resolve("keys"), "id_ed25519", "ed25519", "");
        try (OpenSshServer sshd = OpenSshServer.start(home.resolve("sshd"), List.of(Path.of(key + ".pub")), 3)) {
            StringBuilder inventory = new StringBuilder("[k8s_cluster]\n");
            for (int i = 0; i < 3; i++) {
                inventory.append("node").append(i + 1).append(" ansible_host=127.0.0.1 ansible_port=")
                        .append(sshd.ports().get(i)).append('\n');
            }
            inventory.append("\n[k8s_cluster:vars]\nansible_user=").append(System.getProperty("user.name"))
                    .append("\nansible_ssh_private_key_file=").append(key).append('\n');
            Path hosts = Files.writeString(home.resolve("hosts.ini"), inventory);
            Path knownHosts = Files.writeString(home.resolve("known_hosts"), sshd.knownHostsLines());

            CliHarness.Result result = CliHarness.withHome(home).run("exec", "--inventory", hosts.toString(),
                    "--known-hosts", knownHosts.toString(), "--all", "--", "uptime");
            assertThat(result.exitCode()).as(result.err()).isZero();
            for (String node : List.of("node1", "node2", "node3")) {
                assertThat(result.out()).containsPattern(node + " \\| .*load average")
                        .containsPattern(node + "\\s+exit 0\\s+");
            }
            assertThat(result.out()).contains("3 nodes: 3 succeeded, 0 failed");

            // the same with one key missing from known_hosts: that node fails, the others run
            Files.writeString(knownHosts, sshd.knownHostsLines().lines().skip(1).map(l -> l + "\n").reduce("", String::concat));
            CliHarness.Result strict = CliHarness.withHome(home).run("exec", "--inventory", hosts.toString(),
                    "--known-hosts", knownHosts.toString(), "--all", "--", "uptime");
            assertThat(strict.exitCode()).isEqualTo(ExitCodes.FAILED);
            assertThat(strict.out()).containsPattern("node1\\s+host key unknown").contains("3 nodes: 2 succeeded, 1 failed");
        }
    }
}
