package io.ironbook.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sshj shell against in-process MINA servers that answer like Linux nodes. */
class SshjRemoteShellIT {

    @TempDir
    Path dir;

    private Path clientKey;
    private Path knownHosts;
    private MinaNode node;
    private SshjRemoteShell shell;

    @BeforeEach
    void setUp() throws Exception {
        clientKey = TestKeys.generate(dir.resolve("keys"), "id_ed25519", "ed25519", "");
        node = MinaNode.start("worker-1", dir.resolve("srv"), List.of(pub(clientKey)));
        knownHosts = dir.resolve("known_hosts");
        Files.writeString(knownHosts, node.knownHostsLine() + "\n");
    }

    @AfterEach
    void tearDown() throws IOException {
        if (shell != null) {
            shell.close();
        }
        node.close();
    }

    private static Path pub(Path key) {
        return Path.of(key + ".pub");
    }

    private RemoteSettings settings() {
        return RemoteSettings.defaults(dir.resolve("home"), Map.of())
                .withExtraKnownHosts(knownHosts)
                .withDefaultIdentityFiles(List.of(clientKey));
    }

    private SshjRemoteShell shell() {
        shell = new SshjRemoteShell(settings());
        return shell;
    }

    private SshTarget target(MinaNode server) {
        return SshTarget.of("worker-1", "127.0.0.1", server.port(), "ops");
    }

    /** Collects lines with their arrival time. */
    private static final class Lines implements OutputListener {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final List<Long> times = new CopyOnWriteArrayList<>();

        @Override
        public void onLine(String nodeName, OutputStreamKind stream, String line) {
            lines.add(stream + " " + line);
            times.add(System.nanoTime());
        }
    }

    @Test
    void outputArrivesLineByLineWhileTheCommandRuns() throws Exception {
        Lines lines = new Lines();
        long start = System.nanoTime();
        CommandResult result = shell().run(target(node), RemoteCommand.of("lines 4 300"), lines);
        long end = System.nanoTime();
        assertThat(result.succeeded()).isTrue();
        assertThat(lines.lines).containsExactly("STDOUT line 1", "STDOUT line 2", "STDOUT line 3", "STDOUT line 4");
        // the first line came long before the command ended (it ends 1.2 s after it starts)
        assertThat(Duration.ofNanos(end - lines.times.get(0)).toMillis()).isGreaterThan(800);
        assertThat(Duration.ofNanos(lines.times.get(1) - lines.times.get(0)).toMillis()).isBetween(150L, 1000L);
        assertThat(Duration.ofNanos(end - start).toMillis()).isGreaterThanOrEqualTo(1200);
    }

    @Test
    void exitStatusAndStderrComeBack() throws Exception {
        Lines lines = new Lines();
        CommandResult failed = shell().run(target(node), RemoteCommand.of("exit 42"), lines);
        assertThat(failed.outcome()).isEqualTo(CommandResult.Outcome.EXITED);
        assertThat(failed.exitStatus()).contains(42);
        assertThat(failed.succeeded()).isFalse();
        assertThat(lines.lines).containsExactly("STDERR failing with 42");
        CommandResult missing = shell.run(target(node), RemoteCommand.of("lsblk"), OutputListener.NONE);
        assertThat(missing.exitStatus()).contains(127);
        assertThat(shell.run(target(node), RemoteCommand.of("uptime"), OutputListener.NONE).succeeded()).isTrue();
    }

    @Test
    void oneConnectionServesManyCommandsAlsoInParallel() throws Exception {
        SshjRemoteShell s = shell();
        for (int i = 0; i < 5; i++) {
            assertThat(s.run(target(node), RemoteCommand.of("uptime"), OutputListener.NONE).succeeded()).isTrue();
        }
        List<RunningCommand> running = new java.util.ArrayList<>();
        for (int i = 0; i < 15; i++) {
            running.add(s.start(target(node), RemoteCommand.of("lines 2 100").withTimeout(Duration.ofSeconds(20)), OutputListener.NONE));
        }
        for (RunningCommand command : running) {
            assertThat(command.await().succeeded()).isTrue();
        }
        assertThat(node.connections.get()).isEqualTo(1);
    }

    @Test
    void aTimeoutCancelsTheCommandAndKeepsTheConnection() throws Exception {
        long start = System.nanoTime();
        CommandResult result = shell().run(target(node), RemoteCommand.of("sleep 30").withTimeout(Duration.ofMillis(500)),
                OutputListener.NONE);
        assertThat(result.outcome()).isEqualTo(CommandResult.Outcome.TIMED_OUT);
        assertThat(result.succeeded()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start).toMillis()).isLessThan(5000);
        assertThat(node.signals).contains("TERM");
        assertThat(shell.run(target(node), RemoteCommand.of("uptime"), OutputListener.NONE).succeeded()).isTrue();
        assertThat(node.connections.get()).isEqualTo(1);
    }

    @Test
    void cancelSignalsThenCloses() throws Exception {
        RunningCommand running = shell().start(target(node), RemoteCommand.of("sleep 30"), OutputListener.NONE);
        assertThat(running.await(Duration.ofMillis(300))).isEmpty();
        long start = System.nanoTime();
        running.cancel();
        CommandResult result = running.await();
        assertThat(result.outcome()).isEqualTo(CommandResult.Outcome.CANCELLED);
        assertThat(Duration.ofNanos(System.nanoTime() - start).toMillis()).isLessThan(4000);
        assertThat(node.signals).contains("TERM");
    }

    @Test
    void sudoThatWantsAPasswordIsAClearOutcome() throws Exception {
        CommandResult result = shell().run(target(node), RemoteCommand.of("systemctl restart kubelet").withSudo(), OutputListener.NONE);
        assertThat(result.outcome()).isEqualTo(CommandResult.Outcome.SUDO_PASSWORD_REQUIRED);
        assertThat(result.summary()).contains("sudo requires a password");
        assertThat(node.commands).contains("sudo -n -- sh -c 'systemctl restart kubelet'");
    }

    @Test
    void aDroppedConnectionIsSuccessOnlyWhenExpected() throws Exception {
        CommandResult reboot = shell().run(target(node), RemoteCommand.of("reboot").expectingDisconnect(), OutputListener.NONE);
        assertThat(reboot.outcome()).isEqualTo(CommandResult.Outcome.DISCONNECTED_AS_EXPECTED);
        assertThat(reboot.succeeded()).isTrue();
        assertThatThrownBy(() -> shell.run(target(node), RemoteCommand.of("reboot"), OutputListener.NONE))
                .isInstanceOfSatisfying(RemoteException.class,
                        e -> assertThat(e.failure()).isEqualTo(RemoteException.Failure.DISCONNECTED));
        // and the shell reconnects afterwards
        assertThat(shell.run(target(node), RemoteCommand.of("uptime"), OutputListener.NONE).succeeded()).isTrue();
    }

    @Test
    void awaitReachableWaitsForTheNodeToComeBack() throws Exception {
        SshjRemoteShell s = shell();
        assertThat(s.run(target(node), RemoteCommand.of("uptime"), OutputListener.NONE).succeeded()).isTrue();
        int port = node.port();
        node.close();
        MinaNode[] back = new MinaNode[1];
        Thread restart = new Thread(() -> {
            try {
                Thread.sleep(1500);
                back[0] = MinaNode.start("worker-1", dir.resolve("srv"), List.of(pub(clientKey)), port);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long start = System.nanoTime();
        restart.start();
        try {
            s.awaitReachable(SshTarget.of("worker-1", "127.0.0.1", port, "ops"), Duration.ofSeconds(20));
            assertThat(Duration.ofNanos(System.nanoTime() - start).toMillis()).isGreaterThanOrEqualTo(1400);
            assertThat(s.run(SshTarget.of("worker-1", "127.0.0.1", port, "ops"), RemoteCommand.of("hostname"),
                    OutputListener.NONE).succeeded()).isTrue();
        } finally {
            restart.join();
            node = back[0];
        }
    }

    @Test
    void anUnknownHostIsRefused() throws Exception {
        Files.writeString(knownHosts, "");
        assertThatThrownBy(() -> shell().run(target(node), RemoteCommand.of("uptime"), OutputListener.NONE))
                .isInstanceOfSatisfying(RemoteException.class, e -> {
                    assertThat(e.failure()).isEqualTo(RemoteException.Failure.HOST_KEY_UNKNOWN);
                    assertThat(e.getMessage()).contains("unknown host key", "[127.0.0.1]:" + node.port(), node.fingerprint());
                });
        assertThat(node.commands).isEmpty();
    }

    @Test
    void aChangedKeyIsALoudSecurityErrorNamingTheFingerprint() throws Exception {
        try (MinaNode impostor = MinaNode.start("impostor", dir.resolve("srv2"), List.of(pub(clientKey)))) {
            String listed = impostor.knownHostsLine().replace(":" + impostor.port() + " ", ":" + node.port() + " ");
            Files.writeString(knownHosts, listed + "\n");
            assertThatThrownBy(() -> shell().run(target(node), RemoteCommand.of("uptime"), OutputListener.NONE))
                    .isInstanceOfSatisfying(RemoteException.class, e -> {
                        assertThat(e.failure()).isEqualTo(RemoteException.Failure.HOST_KEY_CHANGED);
                        assertThat(e.isSecurityError()).isTrue();
                        assertThat(e.getMessage()).contains("HOST KEY CHANGED", node.fingerprint(), impostor.fingerprint(),
                                knownHosts + ":1");
                    });
        }
        assertThat(node.commands).isEmpty();
    }

    @Test
    void aRevokedKeyIsRefusedEvenWhenAPlainLineListsIt() throws Exception {
        String line = node.knownHostsLine();
        Files.writeString(knownHosts, line + "\n@revoked * " + line.substring(line.indexOf(' ') + 1) + "\n");
        assertThatThrownBy(() -> shell().run(target(node), RemoteCommand.of("uptime"), OutputListener.NONE))
                .isInstanceOfSatisfying(RemoteException.class, e -> {
                    assertThat(e.failure()).isEqualTo(RemoteException.Failure.HOST_KEY_REVOKED);
                    assertThat(e.getMessage()).contains(knownHosts + ":2");
                });
    }

    @Test
    void hashedEntriesAreHonoured() throws Exception {
        TestKeys.require("ssh-keygen");
        TestKeys.run(List.of("ssh-keygen", "-q", "-H", "-f", knownHosts.toString()));
        assertThat(Files.readString(knownHosts)).startsWith("|1|").doesNotContain("127.0.0.1");
        assertThat(shell().run(target(node), RemoteCommand.of("uptime"), OutputListener.NONE).succeeded()).isTrue();
    }

    @Test
    void acceptNewRecordsAnUnknownHostButNeverAcceptsAChangedOne() throws Exception {
        Files.writeString(knownHosts, "");
        SshTarget target = target(node).withHostKeyPolicy(HostKeyPolicy.ACCEPT_NEW);
        assertThat(shell().run(target, RemoteCommand.of("uptime"), OutputListener.NONE).succeeded()).isTrue();
        assertThat(Files.readString(knownHosts)).contains("[127.0.0.1]:" + node.port() + " ecdsa-sha2-nistp256 ");
        shell.close();
        // a fresh shell now trusts it strictly
        assertThat(shell().run(target(node), RemoteCommand.of("uptime"), OutputListener.NONE).succeeded()).isTrue();
        shell.close();

        try (MinaNode impostor = MinaNode.start("impostor", dir.resolve("srv2"), List.of(pub(clientKey)))) {
            Files.writeString(knownHosts, impostor.knownHostsLine().replace(":" + impostor.port() + " ", ":" + node.port() + " ") + "\n");
            assertThatThrownBy(() -> shell().run(target, RemoteCommand.of("uptime"), OutputListener.NONE))
                    .isInstanceOfSatisfying(RemoteException.class,
                            e -> assertThat(e.failure()).isEqualTo(RemoteException.Failure.HOST_KEY_CHANGED));
        }
    }

    @Test
    void aJumpHostTunnelsAndTheTargetKeyIsCheckedUnderTheTargetsName() throws Exception {
        try (MinaNode bastion = MinaNode.start("bastion", dir.resolve("bastion"), List.of(pub(clientKey)))) {
            Files.writeString(knownHosts, node.knownHostsLine() + "\n" + bastion.knownHostsLine() + "\n");
            SshTarget hop = SshTarget.of("bastion", "127.0.0.1", bastion.port(), "ops");
            SshTarget target = target(node).withJumps(List.of(hop));
            Lines lines = new Lines();
            assertThat(shell().run(target, RemoteCommand.of("hostname"), lines).succeeded()).isTrue();
            assertThat(lines.lines).containsExactly("STDOUT worker-1");
            assertThat(bastion.connections.get()).isEqualTo(1);
            assertThat(bastion.commands).isEmpty();
            shell.close();

            // the bastion is trusted, the target behind it is not
            Files.writeString(knownHosts, bastion.knownHostsLine() + "\n");
            assertThatThrownBy(() -> shell().run(target, RemoteCommand.of("hostname"), OutputListener.NONE))
                    .isInstanceOfSatisfying(RemoteException.class, e -> {
                        assertThat(e.failure()).isEqualTo(RemoteException.Failure.HOST_KEY_UNKNOWN);
                        assertThat(e.getMessage()).contains("[127.0.0.1]:" + node.port());
                    });
        }
    }

    @Test
    void anUnreachableNodeIsReportedAsSuch() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        SshTarget nowhere = SshTarget.of("worker-9", "127.0.0.1", port, "ops");
        assertThatThrownBy(() -> shell().run(nowhere, RemoteCommand.of("uptime"), OutputListener.NONE))
                .isInstanceOfSatisfying(RemoteException.class, e -> {
                    assertThat(e.failure()).isEqualTo(RemoteException.Failure.UNREACHABLE);
                    assertThat(e.getMessage()).startsWith("worker-9: cannot reach 127.0.0.1:" + port);
                });
        long start = System.nanoTime();
        assertThatThrownBy(() -> shell.awaitReachable(nowhere, Duration.ofMillis(1500))).isInstanceOf(RemoteException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start).toMillis()).isBetween(1400L, 6000L);
    }

    @Test
    void aWrongKeyIsAnAuthenticationFailure() throws Exception {
        Path other = TestKeys.generate(dir.resolve("other"), "id_other", "ed25519", "");
        shell = new SshjRemoteShell(settings().withDefaultIdentityFiles(List.of(other)));
        assertThatThrownBy(() -> shell.run(target(node), RemoteCommand.of("uptime"), OutputListener.NONE))
                .isInstanceOfSatisfying(RemoteException.class, e -> {
                    assertThat(e.failure()).isEqualTo(RemoteException.Failure.AUTH_FAILED);
                    assertThat(e.getMessage()).contains("refused every key", "id_other");
                });
    }

    @Test
    void anEncryptedKeyIsUnlockedOnceThroughThePrompt() throws Exception {
        Path locked = TestKeys.generate(dir.resolve("locked"), "id_ecdsa", "ecdsa", "correct horse");
        AtomicInteger asked = new AtomicInteger();
        PassphrasePrompt prompt = key -> {
            asked.incrementAndGet();
            return Optional.of("correct horse".toCharArray());
        };
        try (MinaNode second = MinaNode.start("worker-2", dir.resolve("srv2"), List.of(pub(locked)));
             MinaNode first = MinaNode.start("worker-3", dir.resolve("srv3"), List.of(pub(locked)))) {
            Files.writeString(knownHosts, first.knownHostsLine() + "\n" + second.knownHostsLine() + "\n");
            shell = new SshjRemoteShell(settings().withDefaultIdentityFiles(List.of(locked)).withPassphrasePrompt(prompt));
            assertThat(shell.run(SshTarget.of("worker-2", "127.0.0.1", second.port(), "ops"), RemoteCommand.of("uptime"),
                    OutputListener.NONE).succeeded()).isTrue();
            assertThat(shell.run(SshTarget.of("worker-3", "127.0.0.1", first.port(), "ops"), RemoteCommand.of("uptime"),
                    OutputListener.NONE).succeeded()).isTrue();
            assertThat(asked.get()).isEqualTo(1);
            shell.close();

            shell = new SshjRemoteShell(settings().withDefaultIdentityFiles(List.of(locked))
                    .withPassphrasePrompt(key -> Optional.of("wrong".toCharArray())));
            assertThatThrownBy(() -> shell.run(SshTarget.of("worker-2", "127.0.0.1", second.port(), "ops"),
                    RemoteCommand.of("uptime"), OutputListener.NONE))
                    .isInstanceOfSatisfying(RemoteException.class,
                            e -> assertThat(e.failure()).isEqualTo(RemoteException.Failure.AUTH_FAILED));
        }
    }

    @Test
    void theAgentAuthenticatesWithoutReadingTheKey() throws Exception {
        TestKeys.require("ssh-agent");
        TestKeys.require("ssh-add");
        Path agentKey = TestKeys.generate(dir.resolve("agentkeys"), "id_rsa", "rsa", "");
        Path sock = Path.of("/tmp", "ib-agent-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", sock.toString()).redirectErrorStream(true).start();
        try {
            for (int i = 0; i < 100 && !Files.exists(sock); i++) {
                Thread.sleep(50);
            }
            ProcessBuilder add = new ProcessBuilder("ssh-add", agentKey.toString()).redirectErrorStream(true);
            add.environment().put("SSH_AUTH_SOCK", sock.toString());
            Process adding = add.start();
            assertThat(adding.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(adding.exitValue()).isZero();
            Files.delete(agentKey);
            try (MinaNode agentNode = MinaNode.start("worker-4", dir.resolve("srv4"), List.of(pub(agentKey)))) {
                Files.writeString(knownHosts, agentNode.knownHostsLine() + "\n");
                shell = new SshjRemoteShell(settings().withDefaultIdentityFiles(List.of()).withAgentSocket(Optional.of(sock)));
                assertThat(shell.run(SshTarget.of("worker-4", "127.0.0.1", agentNode.port(), "ops"),
                        RemoteCommand.of("uptime"), OutputListener.NONE).succeeded()).isTrue();
            }
        } finally {
            agent.destroy();
            agent.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            Files.deleteIfExists(sock);
        }
    }

    @Test
    void fanOutCancelAllStopsTheRemoteCommands() throws Exception {
        FanOut fanOut = new FanOut(shell(), 4);
        java.util.concurrent.atomic.AtomicReference<List<FanOut.NodeOutcome>> outcomes = new java.util.concurrent.atomic.AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                outcomes.set(fanOut.run(List.of(target(node), target(node)), RemoteCommand.of("sleep 30"), (n, s, l) -> { }));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        runner.start();
        for (int i = 0; i < 100 && node.commands.size() < 2; i++) {
            Thread.sleep(50);
        }
        long start = System.nanoTime();
        fanOut.cancelAll(Duration.ofSeconds(5));
        runner.join(10_000);
        assertThat(Duration.ofNanos(System.nanoTime() - start).toMillis()).isLessThan(5000);
        assertThat(outcomes.get()).extracting(o -> o.result().orElseThrow().outcome())
                .containsExactly(CommandResult.Outcome.CANCELLED, CommandResult.Outcome.CANCELLED);
        assertThat(node.signals).containsExactly("TERM", "TERM");
    }

    @Test
    void fanOutReportsEveryNodeAndOneBadNodeStopsNoOther() throws Exception {
        Files.writeString(knownHosts, node.knownHostsLine() + "\n");
        try (MinaNode untrusted = MinaNode.start("worker-5", dir.resolve("srv5"), List.of(pub(clientKey)))) {
            int closedPort;
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            List<SshTarget> targets = List.of(
                    target(node),
                    SshTarget.of("worker-5", "127.0.0.1", untrusted.port(), "ops"),
                    SshTarget.of("worker-6", "127.0.0.1", closedPort, "ops"));
            List<String> finished = new CopyOnWriteArrayList<>();
            FanOut.Listener listener = new FanOut.Listener() {
                @Override
                public void onLine(String n, OutputStreamKind stream, String line) {
                }

                @Override
                public void finished(FanOut.NodeOutcome outcome) {
                    finished.add(outcome.node());
                }
            };
            List<FanOut.NodeOutcome> outcomes = new FanOut(shell(), 3).run(targets, RemoteCommand.of("uptime"), listener);
            assertThat(outcomes).extracting(FanOut.NodeOutcome::node).containsExactly("worker-1", "worker-5", "worker-6");
            assertThat(outcomes.get(0).succeeded()).isTrue();
            assertThat(outcomes.get(1).failure()).contains(RemoteException.Failure.HOST_KEY_UNKNOWN);
            assertThat(outcomes.get(2).failure()).contains(RemoteException.Failure.UNREACHABLE);
            assertThat(finished).containsExactlyInAnyOrder("worker-1", "worker-5", "worker-6");
        }
    }
}
