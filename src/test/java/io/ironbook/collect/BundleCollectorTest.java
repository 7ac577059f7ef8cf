package io.ironbook.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.ironbook.diagnose.evidence.BundleMeta;
import io.ironbook.diagnose.evidence.BundleMetaYaml;
import io.ironbook.diagnose.evidence.ProbeOutcome;
import io.ironbook.remote.CommandResult;
import io.ironbook.remote.HostKeyPolicy;
import io.ironbook.remote.OutputListener;
import io.ironbook.remote.OutputStreamKind;
import io.ironbook.remote.RemoteCommand;
import io.ironbook.remote.RemoteException;
import io.ironbook.remote.RemoteShell;
import io.ironbook.remote.RunningCommand;
import io.ironbook.remote.SshTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The collector's own decisions, on a shell double: sudo fallback, failed probes, stale files, meta.yaml. */
class BundleCollectorTest {
    @TempDir
    Path dir;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:00:00Z"), ZoneOffset.UTC);

    private static SshTarget target(String node) {
        return new SshTarget(node, "127.0.0.1", 22, "ops", List.of(), false, List.of(), Optional.empty(),
                HostKeyPolicy.STRICT, List.of(), List.of());
    }

    /** Answers probes: kubeadm wants a sudo password, swaps fails, everything else prints its command name. */
    private static final class ScriptedShell implements RemoteShell {
        final boolean reachable;
        final List<String> ran = new ArrayList<>();

        ScriptedShell(boolean reachable) {
            this.reachable = reachable;
        }

        @Override
        public synchronized RunningCommand start(SshTarget target, RemoteCommand command, OutputListener listener) {
            ran.add((command.sudo() ? "sudo " : "") + command.command());
            CommandResult.Outcome outcome = CommandResult.Outcome.EXITED;
            int exit = 0;
            if (command.command().startsWith("kubeadm") && command.sudo()) {
                outcome = CommandResult.Outcome.SUDO_PASSWORD_REQUIRED;
            } else if (command.command().contains("/proc/swaps")) {
                exit = 1;
                listener.onLine(target.node(), OutputStreamKind.STDERR, "cat: /proc/swaps: Permission denied");
            } else {
                listener.onLine(target.node(), OutputStreamKind.STDOUT, "output of " + command.command());
            }
            CommandResult result = new CommandResult(target.node(), outcome,
                    outcome == CommandResult.Outcome.EXITED ? Optional.of(exit) : Optional.empty(), Optional.empty(), Duration.ZERO);
            return new io.ironbook.remote.FinishedCommand(result);
        }

        @Override
        public void connect(SshTarget target) throws RemoteException {
            if (!reachable) {
                throw new RemoteException(RemoteException.Failure.UNREACHABLE, target.node(), "cannot connect to ops@127.0.0.1:22: Connection refused");
            }
        }

        @Override
        public void awaitReachable(SshTarget target, Duration limit) {
        }

        @Override
        public void disconnect(SshTarget target) {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void probesWriteTheirFilesAFailedOneWritesNoneAndSudoFallsBackToTheLogin() throws Exception {
        Files.writeString(dir.resolve("swaps.txt"), "stale\n");
        ScriptedShell shell = new ScriptedShell(true);
        List<String> progress = new ArrayList<>();
        CollectionReport report = new BundleCollector(Optional.empty(), shell, BundleCollectorTest::target, CLOCK, "ops@jump")
                .collect("worker-1", dir, progress::add);

        assertThat(report.sshError()).isEmpty();
        assertThat(report.apiError()).contains("no cluster configured");
        assertThat(dir.resolve("swaps.txt")).doesNotExist();
        assertThat(dir.resolve("mounts.txt")).hasContent("output of cat /proc/mounts");
        assertThat(dir.resolve("kubeadm-certs.txt")).hasContent("output of kubeadm certs check-expiration");
        assertThat(shell.ran).contains("sudo kubeadm certs check-expiration", "kubeadm certs check-expiration");
        assertThat(report.fileCount()).isEqualTo(Probe.standard().size() - 1);
        assertThat(progress).contains("swaps.txt: exit 1 (cat: /proc/swaps: Permission denied)");

        BundleMeta meta = BundleMetaYaml.read(Files.readString(dir.resolve("meta.yaml")));
        assertThat(meta.node()).isEqualTo("worker-1");
        assertThat(meta.collectedFrom()).isEqualTo("ops@jump");
        assertThat(meta.collectedInstant()).contains(CLOCK.instant());
        assertThat(meta.channels()).containsExactly("ssh");
        assertThat(meta.probes()).filteredOn(p -> !p.ok()).extracting(ProbeOutcome::file).containsExactly("swaps.txt", "node.yaml");
        assertThat(meta.probes()).filteredOn(p -> p.file().equals("kubeadm-certs.txt")).singleElement()
                .satisfies(p -> assertThat(p.detail()).contains("sudo wants a password: ran as ops"));
    }

    @Test
    void unreachableSshAndNoClusterCollectNothingAndSayWhy() throws Exception {
        CollectionReport report = new BundleCollector(Optional.empty(), new ScriptedShell(false), BundleCollectorTest::target,
                CLOCK, "ops@jump").collect("worker-1", dir, line -> { });
        assertThat(report.fileCount()).isZero();
        assertThat(report.sshError()).contains("cannot connect to ops@127.0.0.1:22: Connection refused");
        BundleMeta meta = BundleMetaYaml.read(Files.readString(dir.resolve("meta.yaml")));
        assertThat(meta.channels()).isEmpty();
        assertThat(meta.probes()).extracting(ProbeOutcome::file).containsExactly("ssh", "node.yaml");
        assertThat(meta.probes().get(0).detail()).startsWith("SSH unreachable, no probe ran: cannot connect");
    }
}
