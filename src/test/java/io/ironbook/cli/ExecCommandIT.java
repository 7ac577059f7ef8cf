package io.ironbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ironbook.remote.MinaNode;
import io.ironbook.remote.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ironbook exec} against in-process SSH nodes, with the files the lab writes. */
class ExecCommandIT {

    @TempDir
    Path home;

    private Path dir;
    private MinaNode w1;
    private MinaNode w2;
    private MinaNode w3;

    @BeforeEach
    void setUp() throws Exception {
        dir = home.resolve("lab");
        Path key = TestKeys.generate(dir, "id_ed25519", "ed25519", "");
        Path pub = Path.of(key + ".pub");
        w1 = MinaNode.start("worker-1", home.resolve("srv"), List.of(pub));
        w2 = MinaNode.start("worker-2", home.resolve("srv"), List.of(pub));
        w3 = MinaNode.start("worker-3", home.resolve("srv"), List.of(pub));
        StringBuilder sshConfig = new StringBuilder();
        int i = 1;
        for (MinaNode node : List.of(w1, w2, w3)) {
            sshConfig.append("Host worker-").append(i++).append("\n  HostName 127.0.0.1\n  Port ").append(node.port())
                    .append("\n  User ops\n  IdentityFile ").append(key).append("\n\n");
        }
        Files.writeString(dir.resolve("ssh_config"), sshConfig);
        // worker-3's key is deliberately not listed
        Files.writeString(dir.resolve("known_hosts"), w1.knownHostsLine() + "\n" + w2.knownHostsLine() + "\n");
        Files.writeString(dir.resolve("inventory.ini"), """
                [workers]
                worker-1 ansible_host=127.0.0.1 ansible_port=%d
                worker-2 ansible_host=127.0.0.1 ansible_port=%d
                worker-3 ansible_host=127.0.0.1 ansible_port=%d

                [masters]

                [all:vars]
                ansible_user=ops
                ansible_ssh_private_key_file=%s
                """.formatted(w1.port(), w2.port(), w3.port(), key));
    }

    @AfterEach
    void tearDown() throws Exception {
        w1.close();
        w2.close();
        w3.close();
    }

    private CliHarness.Result run(String... args) {
        return CliHarness.withHome(home).run(args);
    }

    private String f(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void oneNodeFromTheLabsSshConfig() {
        CliHarness.Result result = run("exec", "--ssh-config", f("ssh_config"), "--known-hosts", f("known_hosts"),
                "worker-1", "--", "uptime");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("worker-1 |  10:00:00 up 12 days")
                .containsPattern("worker-1\\s+exit 0\\s+\\d+\\.\\d\\ds")
                .contains("1 node: 1 succeeded, 0 failed");
        assertThat(w1.commands).containsExactly("uptime");
    }

    @Test
    void anSshConfigThatNamesItsOwnKnownHostsFileNeedsNoOption() throws Exception {
        String config = Files.readString(dir.resolve("ssh_config"));
        Files.writeString(dir.resolve("ssh_config"), config + "Host *\n  UserKnownHostsFile " + f("known_hosts")
                + "\n  StrictHostKeyChecking yes\n");
        CliHarness.Result result = run("exec", "--ssh-config", f("ssh_config"), "worker-2", "--", "hostname");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("worker-2 | worker-2");
    }

    @Test
    void jumpHostsFromTheInventoryAndSshConfigAreUsed() throws Exception {
        Path key = dir.resolve("id_ed25519");
        try (MinaNode bastion = MinaNode.start("bastion", home.resolve("srv-b"), List.of(Path.of(key + ".pub")))) {
            Files.writeString(dir.resolve("jump_config"), "Host bastion\n  HostName 127.0.0.1\n  Port " + bastion.port()
                    + "\n  User jump\n  IdentityFile " + key + "\n");
            Files.writeString(dir.resolve("known_hosts"), w1.knownHostsLine() + "\n" + w2.knownHostsLine() + "\n"
                    + bastion.knownHostsLine() + "\n");
            Files.writeString(dir.resolve("jump.ini"), """
                    [workers]
                    worker-1 ansible_host=127.0.0.1 ansible_port=%d ansible_ssh_common_args='-o ProxyJump=bastion'
                    worker-2 ansible_host=127.0.0.1 ansible_port=%d ansible_ssh_common_args='-o ProxyCommand="ssh -W %%h:%%p -q bastion"'

                    [workers:vars]
                    ansible_user=ops
                    ansible_ssh_private_key_file=%s
                    """.formatted(w1.port(), w2.port(), key));
            CliHarness.Result result = run("--inventory", f("jump.ini"), "--ssh-config", f("jump_config"),
                    "--known-hosts", f("known_hosts"), "exec", "--all", "--", "hostname");
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("worker-1 | worker-1", "worker-2 | worker-2");
            // one connection to the bastion carried both tunnels
            assertThat(bastion.connections.get()).isEqualTo(1);
            assertThat(bastion.commands).isEmpty();
        }
    }

    @Test
    void anEncryptedKeyWithoutATerminalSaysWhatToDo() throws Exception {
        Path locked = TestKeys.generate(home.resolve("locked"), "id_locked", "ed25519", "secret");
        try (MinaNode node = MinaNode.start("worker-7", home.resolve("srv7"), List.of(Path.of(locked + ".pub")))) {
            Files.writeString(dir.resolve("locked_config"), "Host worker-7\n  HostName 127.0.0.1\n  Port " + node.port()
                    + "\n  IdentityFile " + locked + "\n");
            Files.writeString(dir.resolve("known_hosts"), node.knownHostsLine() + "\n");
            CliHarness.Result result = run("exec", "--ssh-config", f("locked_config"), "--known-hosts", f("known_hosts"),
                    "worker-7", "--", "uptime");
            assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
            assertThat(result.out()).containsPattern("worker-7\\s+auth failed")
                    .contains("no terminal to ask for its passphrase", "ssh-add " + locked);
        }
    }

    @Test
    void allNodesOfTheInventoryWithOneUntrustedNodeExitOne() {
        CliHarness.Result result = run("--inventory", f("inventory.ini"), "--known-hosts", f("known_hosts"),
                "exec", "--all", "--parallel", "3", "--", "hostname");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.out()).contains("worker-1 | worker-1", "worker-2 | worker-2")
                .containsPattern("worker-3\\s+host key unknown\\s+\\d+\\.\\d\\ds\\s+unknown host key for \\[127.0.0.1\\]:" + w3.port())
                .contains("3 nodes: 2 succeeded, 1 failed");
        assertThat(result.err()).contains("worker-3 | error: unknown host key");
        assertThat(w3.commands).isEmpty();
    }

    @Test
    void acceptNewIsOptIn() throws Exception {
        CliHarness.Result result = run("--inventory", f("inventory.ini"), "--known-hosts", f("known_hosts"),
                "exec", "--accept-new-host-keys", "worker-3", "--", "hostname");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readString(dir.resolve("known_hosts"))).contains("[127.0.0.1]:" + w3.port());
    }

    @Test
    void groupsExitStatusesAndTimeoutsShowInTheSummary() {
        CliHarness.Result failing = run("--inventory", f("inventory.ini"), "--known-hosts", f("known_hosts"),
                "exec", "--group", "workers", "--timeout", "1s", "worker-1", "--", "exit", "3");
        assertThat(failing.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failing.out()).containsPattern("worker-1\\s+exit 3").containsPattern("worker-2\\s+exit 3");
        assertThat(failing.err()).contains("worker-1 | failing with 3");

        CliHarness.Result slow = run("--inventory", f("inventory.ini"), "--known-hosts", f("known_hosts"),
                "exec", "--timeout", "500ms", "worker-2", "--", "sleep", "30");
        assertThat(slow.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(slow.out()).containsPattern("worker-2\\s+timed out");
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        CliHarness.Result unknown = run("--inventory", f("inventory.ini"), "exec", "worker-9", "--", "uptime");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err().strip().lines()).hasSize(1);
        assertThat(unknown.err()).contains("unknown node 'worker-9'");

        CliHarness.Result group = run("--inventory", f("inventory.ini"), "exec", "--group", "wrokers", "--", "uptime");
        assertThat(group.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(group.err()).contains("unknown group 'wrokers'");

        CliHarness.Result empty = run("--inventory", f("inventory.ini"), "exec", "--group", "masters", "--", "uptime");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.USAGE);

        Files.writeString(dir.resolve("bad.ini"), "[workers]\nworker-1 ansible_port\n");
        CliHarness.Result bad = run("--inventory", f("bad.ini"), "exec", "--all", "--", "uptime");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err().strip()).isEqualTo("error: " + f("bad.ini")
                + ":2: expected 'name=value' after the host name, not 'ansible_port'");

        Files.writeString(dir.resolve("bad_config"), "Host worker-1\n  Port twenty-two\n");
        CliHarness.Result badConfig = run("--ssh-config", f("bad_config"), "exec", "worker-1", "--", "uptime");
        assertThat(badConfig.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badConfig.err()).contains("bad_config:2: 'Port' must be a number");

        CliHarness.Result noCommand = run("--inventory", f("inventory.ini"), "exec", "worker-1");
        assertThat(noCommand.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noCommand.err()).contains("missing the command");

        CliHarness.Result badTimeout = run("--inventory", f("inventory.ini"), "exec", "--timeout", "5x", "worker-1", "--", "uptime");
        assertThat(badTimeout.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badTimeout.err()).contains("'5x' is not a duration");

        Files.writeString(dir.resolve("bad_known_hosts"), "[127.0.0.1]:22 ssh-ed25519\n");
        CliHarness.Result badKnownHosts = run("--inventory", f("inventory.ini"), "--known-hosts", f("bad_known_hosts"),
                "exec", "--all", "--", "uptime");
        assertThat(badKnownHosts.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badKnownHosts.err().strip()).isEqualTo("error: " + f("bad_known_hosts")
                + ":1: expected 'hosts keytype base64-key'");

        CliHarness.Result readOnly = run("--read-only", "--inventory", f("inventory.ini"), "exec", "--all", "--", "uptime");
        assertThat(readOnly.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(readOnly.err()).contains("--read-only forbids");
        assertThat(w1.commands).isEmpty();

        CliHarness.Result missing = run("--inventory", f("nope.ini"), "exec", "--all", "--", "uptime");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("nope.ini: no such file (--inventory)");
    }
}
