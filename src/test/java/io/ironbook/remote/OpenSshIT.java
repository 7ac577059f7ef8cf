package io.ironbook.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sshj shell against the SSH server operators actually run: OpenSSH's sshd on 127.0.0.1. */
class OpenSshIT {

    @TempDir
    static Path dir;

    private static OpenSshServer sshd;
    private static Path clientKey;
    private static Path knownHosts;
    private SshjRemoteShell shell;

    @BeforeAll
    static void startSshd() throws Exception {
        OpenSshServer.requireSshd();
        clientKey = TestKeys.generate(dir.resolve("keys"), "id_ed25519", "ed25519", "");
        sshd = OpenSshServer.start(dir.resolve("sshd"), List.of(Path.of(clientKey + ".pub")), 2);
        knownHosts = dir.resolve("known_hosts");
    }

    @AfterAll
    static void stopSshd() {
        if (sshd != null) {
            sshd.close();
        }
    }

    @AfterEach
    void closeShell() {
        if (shell != null) {
            shell.close();
        }
    }

    private SshjRemoteShell shell() throws Exception {
        Files.writeString(knownHosts, sshd.knownHostsLines());
        shell = new SshjRemoteShell(RemoteSettings.defaults(dir.resolve("home"), Map.of())
                .withExtraKnownHosts(knownHosts).withDefaultIdentityFiles(List.of(clientKey)));
        return shell;
    }

    private static SshTarget target() {
        return SshTarget.of("node-a", "127.0.0.1", sshd.port(), System.getProperty("user.name"));
    }

    private static final class Captured implements OutputListener {
        final List<String> out = new CopyOnWriteArrayList<>();
        final List<String> err = new CopyOnWriteArrayList<>();
        final List<Long> times = new CopyOnWriteArrayList<>();

        @Override
        public void onLine(String node, OutputStreamKind stream, String line) {
            (stream == OutputStreamKind.STDOUT ? out : err).add(line);
            times.add(System.nanoTime());
        }
    }

    @Test
    void realBashRealProcMountsAndExitStatuses() throws Exception {
        Captured c = new Captured();
        CommandResult bash = shell().run(target(), RemoteCommand.of("bash -c 'echo $BASH_VERSION; echo oops >&2; exit 7'"), c);
        assertThat(bash.exitStatus()).contains(7);
        assertThat(c.out).hasSize(1);
        assertThat(c.out.get(0)).matches("\\d+\\.\\d+.*");
        assertThat(c.err).containsExactly("oops");

        Captured mounts = new Captured();
        assertThat(shell.run(target(), RemoteCommand.of("cat /proc/mounts"), mounts).succeeded()).isTrue();
        assertThat(mounts.out).anyMatch(line -> line.startsWith("proc /proc proc "));
    }

    @Test
    void systemctlWithoutSystemdFailsVisibly() throws Exception {
        Captured c = new Captured();
        CommandResult result = shell().run(target(), RemoteCommand.of("systemctl is-active kubelet"), c);
        assertThat(result.succeeded()).isFalse();
        List<String> all = new java.util.ArrayList<>(c.out);
        all.addAll(c.err);
        // no systemd in a container: either systemctl is missing, or it cannot reach systemd, or kubelet is inactive
        assertThat(String.join("\n", all)).containsAnyOf("not been booted with systemd", "command not found",
                "inactive", "Failed to connect to bus");
    }

    @Test
    void outputStreamsWhileTheCommandRuns() throws Exception {
        Captured c = new Captured();
        long start = System.nanoTime();
        shell().run(target(), RemoteCommand.of("for i in 1 2 3; do echo line $i; sleep 0.4; done"), c);
        long end = System.nanoTime();
        assertThat(c.out).containsExactly("line 1", "line 2", "line 3");
        assertThat(Duration.ofNanos(end - c.times.get(0)).toMillis()).isGreaterThan(800);
    }

    /**
     * OpenSSH delivers the TERM of a timeout or cancel to the command's process group, except for root
     * logins (it refuses signals without privilege separation, which root logins skip); the result
     * comes back at once either way.
     */
    @Test
    void aTimeoutEndsTheCommandPromptly() throws Exception {
        String seconds = "31.4" + (System.nanoTime() % 1000);
        long start = System.nanoTime();
        CommandResult result = shell().run(target(), RemoteCommand.of("sleep " + seconds).withTimeout(Duration.ofMillis(700)),
                OutputListener.NONE);
        assertThat(result.outcome()).isEqualTo(CommandResult.Outcome.TIMED_OUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start).toMillis()).as(sshd.log()).isLessThan(5000);
        Thread.sleep(300);
        Captured c = new Captured();
        // the bracket keeps pgrep from finding the shell that runs it
        shell.run(target(), RemoteCommand.of("pgrep -f 'slee[p] " + seconds + "' || echo gone"), c);
        if ("root".equals(System.getProperty("user.name"))) {
            assertThat(sshd.log()).contains("session_signal_req: session signalling requires privilege separation");
            assertThat(c.out).hasSize(1).noneMatch("gone"::equals);
        } else {
            assertThat(c.out).as(sshd.log()).containsExactly("gone");
        }
        // the shell goes on serving commands on the same connection
        assertThat(shell.run(target(), RemoteCommand.of("true"), OutputListener.NONE).succeeded()).isTrue();

        // and a cancel comes back promptly too, signal or not
        RunningCommand running = shell.start(target(), RemoteCommand.of("sleep " + seconds), OutputListener.NONE);
        assertThat(running.await(Duration.ofMillis(300))).isEmpty();
        long cancelAt = System.nanoTime();
        running.cancel();
        assertThat(running.await().outcome()).isEqualTo(CommandResult.Outcome.CANCELLED);
        assertThat(Duration.ofNanos(System.nanoTime() - cancelAt).toMillis()).isLessThan(5000);
    }

    @Test
    void aDroppedConnectionIsSuccessOnlyWhenExpected() throws Exception {
        // killing the sshd process that serves the session drops the connection, as a reboot would
        CommandResult reboot = shell().run(target(), RemoteCommand.of("echo going down; kill -9 $PPID; sleep 5")
                .expectingDisconnect(), OutputListener.NONE);
        assertThat(reboot.outcome()).isEqualTo(CommandResult.Outcome.DISCONNECTED_AS_EXPECTED);
        assertThatThrownBy(() -> shell.run(target(), RemoteCommand.of("kill -9 $PPID; sleep 5"), OutputListener.NONE))
                .isInstanceOfSatisfying(RemoteException.class,
                        e -> assertThat(e.failure()).isEqualTo(RemoteException.Failure.DISCONNECTED));
        shell.awaitReachable(target(), Duration.ofSeconds(20));
        assertThat(shell.run(target(), RemoteCommand.of("true"), OutputListener.NONE).succeeded()).isTrue();
    }

    @Test
    void strictHostKeysAgainstHashedAndMissingEntries() throws Exception {
        shell();
        TestKeys.run(List.of("ssh-keygen", "-q", "-H", "-f", knownHosts.toString()));
        assertThat(shell.run(target(), RemoteCommand.of("true"), OutputListener.NONE).succeeded()).isTrue();
        shell.close();
        shell = new SshjRemoteShell(RemoteSettings.defaults(dir.resolve("home"), Map.of())
                .withExtraKnownHosts(dir.resolve("empty_known_hosts")).withDefaultIdentityFiles(List.of(clientKey)));
        assertThatThrownBy(() -> shell.run(target(), RemoteCommand.of("true"), OutputListener.NONE))
                .isInstanceOfSatisfying(RemoteException.class, e -> {
                    assertThat(e.failure()).isEqualTo(RemoteException.Failure.HOST_KEY_UNKNOWN);
                    assertThat(e.getMessage()).contains("ssh-ed25519 SHA256:");
                });
    }

    @Test
    void aJumpThroughOpenSshChecksTheTargetUnderItsOwnName() throws Exception {
        SshTarget bastion = SshTarget.of("bastion", "127.0.0.1", sshd.ports().get(1), System.getProperty("user.name"));
        SshTarget behind = target().withJumps(List.of(bastion));
        Captured c = new Captured();
        assertThat(shell().run(behind, RemoteCommand.of("echo $SSH_CONNECTION"), c).succeeded()).isTrue();
        // the target saw a connection from the tunnel's end at sshd, not from our client socket directly
        assertThat(c.out.get(0)).startsWith("127.0.0.1 ").endsWith(" " + sshd.port());
    }

    @Test
    void theAgentSignsForOpenSsh() throws Exception {
        TestKeys.require("ssh-agent");
        Path rsa = TestKeys.generate(dir.resolve("agent"), "id_rsa", "rsa", "");
        try (OpenSshServer agentSshd = OpenSshServer.start(dir.resolve("sshd-agent"), List.of(Path.of(rsa + ".pub")), 1)) {
            Path sock = Path.of("/tmp", "ib-agent-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".sock");
            Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", sock.toString()).redirectErrorStream(true).start();
            try {
                for (int i = 0; i < 100 && !Files.exists(sock); i++) {
                    Thread.sleep(50);
                }
                ProcessBuilder add = new ProcessBuilder("ssh-add", rsa.toString()).redirectErrorStream(true);
                add.environment().put("SSH_AUTH_SOCK", sock.toString());
                assertThat(add.start().waitFor()).isZero();
                Files.writeString(knownHosts, agentSshd.knownHostsLines());
                shell = new SshjRemoteShell(RemoteSettings.defaults(dir.resolve("home"), Map.of())
                        .withExtraKnownHosts(knownHosts).withDefaultIdentityFiles(List.of())
                        .withAgentSocket(Optional.of(sock)));
                SshTarget t = SshTarget.of("node-b", "127.0.0.1", agentSshd.port(), System.getProperty("user.name"));
                assertThat(shell.run(t, RemoteCommand.of("true"), OutputListener.NONE).succeeded()).isTrue();
            } finally {
                agent.destroy();
                Files.deleteIfExists(sock);
            }
        }
    }
}
