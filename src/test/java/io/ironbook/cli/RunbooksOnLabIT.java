package io.ironbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ironbook.config.IronbookPaths;
import io.ironbook.engine.JournalStore;
import io.ironbook.engine.RunRecord;
import io.ironbook.engine.StepStatus;
import io.ironbook.lab.Lab;
import io.ironbook.lab.LabFiles;
import io.ironbook.lab.LabOptions;
import io.ironbook.lab.Scenario;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped node-preparation runbooks in line mode through the real CLI against a small lab (cp-1 and
 * one worker per test): each is run on the scenario it remedies, and the node's live diagnosis must be
 * clean afterwards.
 */
class RunbooksOnLabIT {

    @TempDir
    static Path dir;

    private static Lab lab;

    @BeforeAll
    static void startLab() {
        lab = Lab.start(new LabOptions(4, List.of(), dir.resolve("lab"), 20));
    }

    @AfterAll
    static void stopLab() {
        if (lab != null) {
            lab.close();
        }
    }

    private static IronbookPaths paths() {
        return new IronbookPaths(dir.resolve("xdg/ironbook"), dir.resolve("config"), dir);
    }

    private static CliHarness.Result run(InputStream stdin, String... args) {
        LabFiles files = lab.files();
        List<String> all = new ArrayList<>(List.of("--kubeconfig", files.kubeconfig().toString(), "--ssh-config",
                files.sshConfig().toString(), "--known-hosts", files.knownHosts().toString(), "--inventory",
                files.inventory().toString()));
        all.addAll(List.of(args));
        return new CliHarness(new TestServices(paths()).withStdin(stdin)).run(all.toArray(String[]::new));
    }

    private static RunRecord journal(String output) {
        String id = output.lines().filter(l -> l.startsWith("run ") && l.contains(": ")).findFirst().orElseThrow()
                .substring(4).split(":")[0];
        return new JournalStore(paths().runsDir()).find(id);
    }

    /** Runs a command on a lab node through {@code ironbook exec} and returns its output, node prefixes removed. */
    private static String onNode(String node, String command) {
        CliHarness.Result result = run(InputStream.nullInputStream(), "exec", node, "--", command);
        return String.join("\n", result.out().lines().filter(l -> l.startsWith(node + " "))
                .map(l -> l.substring(l.indexOf('|') + 1).strip()).toList());
    }

    private static void until(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for %s", what).isBefore(deadline);
            Thread.sleep(250);
        }
    }

    private static boolean ready(String node) {
        return run(InputStream.nullInputStream(), "nodes").out().lines().anyMatch(l -> l.matches(node + "\\s+Ready\\s.*"));
    }

    /** The node turns Ready and {@code ironbook diagnose NODE} finds nothing wrong (exit 0). */
    private static void assertCleanDiagnosis(String node) throws InterruptedException {
        until(() -> ready(node), node + " Ready");
        CliHarness.Result diagnosis = run(InputStream.nullInputStream(), "diagnose", node);
        assertThat(diagnosis.exitCode()).as(diagnosis.out() + diagnosis.err()).isZero();
    }

    @Test
    void osPrepTurnsSwapOffForGoodAndTheKubeletComesBack() throws Exception {
        lab.trigger(Scenario.SWAP_ON, Optional.of("worker-1"));
        until(() -> onNode("worker-1", "cat /proc/swaps").contains("/dev/sda4"), "swap on worker-1");
        until(() -> !ready("worker-1"), "worker-1 no longer Ready");
        CliHarness.Result result = run(new ScriptedInput().line("y").line("y").line("y"), "run", "os-prep",
                "--param", "node=worker-1");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("==> swap-off", "==> verify-swap", "==> diagnose", "run succeeded");
        RunRecord record = journal(result.out());
        assertThat(record.state()).isEqualTo("succeeded");
        assertThat(record.stepStatuses()).containsEntry("swap-off", StepStatus.DONE).containsEntry("diagnose", StepStatus.DONE);
        assertThat(onNode("worker-1", "cat /proc/swaps")).doesNotContain("/dev/sda4");
        assertThat(onNode("worker-1", "grep swap /etc/fstab")).startsWith("#");
        assertCleanDiagnosis("worker-1");
    }

    @Test
    void containerdSetupConfiguresADefaultConfiguredRuntimeAndTheNodeTurnsReady() throws Exception {
        lab.trigger(Scenario.CONTAINERD_DEFAULT_CONFIG, Optional.of("worker-2"));
        until(() -> !ready("worker-2"), "worker-2 NotReady");
        CliHarness.Result before = run(InputStream.nullInputStream(), "diagnose", "worker-2");
        assertThat(before.out()).contains("cgroup-driver-mismatch", "cni-bin-path-mismatch");
        CliHarness.Result result = run(new ScriptedInput().line("y").line("y").line("y").line("y"), "run", "containerd-setup",
                "--param", "node=worker-2");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("containerd is already the newest version", "SystemdCgroup = true",
                "bin_dir = \"/opt/cni/bin\"", "==> verify-socket", "run succeeded");
        assertThat(journal(result.out()).stepStatuses()).containsEntry("restart", StepStatus.DONE)
                .containsEntry("diagnose", StepStatus.DONE);
        assertThat(onNode("worker-2", "ls /etc/containerd")).contains("config.toml.ironbook.bak");
        assertCleanDiagnosis("worker-2");
    }

    @Test
    void containerdSetupStopsBeforeChangingAnythingWhenTheKubeletIsTheOneOnCgroupfs() throws Exception {
        lab.trigger(Scenario.CGROUP_DRIVER_MISMATCH, Optional.of("worker-3"));
        until(() -> onNode("worker-3", "grep cgroupDriver /var/lib/kubelet/config.yaml").contains("cgroupfs"), "kubelet on cgroupfs");
        CliHarness.Result result = run(new ScriptedInput().line("y"), "run", "containerd-setup", "--param", "node=worker-3");
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.out()).contains("==> kubelet-driver", "set cgroupDriver systemd in /var/lib/kubelet/config.yaml")
                .doesNotContain("==> install");
        assertThat(onNode("worker-3", "ls /etc/containerd")).doesNotContain("config.toml.ironbook.bak");
    }
}
