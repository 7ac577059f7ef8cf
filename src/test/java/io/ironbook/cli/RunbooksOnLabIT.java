package io.ironbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ironbook.engine.RunRecord;
import io.ironbook.engine.StepStatus;
import io.ironbook.lab.Lab;
import io.ironbook.lab.LabOptions;
import io.ironbook.lab.Scenario;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
    private static LabCli cli;

    @BeforeAll
    static void startLab() {
        lab = Lab.start(new LabOptions(4, List.of(), dir.resolve("lab"), 20));
        cli = new LabCli(lab, dir);
    }

    @AfterAll
    static void stopLab() {
        if (lab != null) {
            lab.close();
        }
    }

    private static boolean ready(String node) {
        return cli.run(InputStream.nullInputStream(), "nodes").out().lines().anyMatch(l -> l.matches(node + "\\s+Ready\\s.*"));
    }

    /** The node turns Ready and {@code ironbook diagnose NODE} finds nothing wrong (exit 0). */
    private static void assertCleanDiagnosis(String node) throws InterruptedException {
        LabCli.until(() -> ready(node), node + " Ready");
        CliHarness.Result diagnosis = cli.run(InputStream.nullInputStream(), "diagnose", node);
        assertThat(diagnosis.exitCode()).as(diagnosis.out() + diagnosis.err()).isZero();
    }

    @Test
    void osPrepTurnsSwapOffForGoodAndTheKubeletComesBack() throws Exception {
        lab.trigger(Scenario.SWAP_ON, Optional.of("worker-1"));
        LabCli.until(() -> cli.onNode("worker-1", "cat /proc/swaps").contains("/dev/sda4"), "swap on worker-1");
        LabCli.until(() -> !ready("worker-1"), "worker-1 no longer Ready");
        CliHarness.Result result = cli.run(new ScriptedInput().line("y").line("y").line("y"), "run", "os-prep",
                "--param", "node=worker-1");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("==> swap-off", "==> verify-swap", "==> diagnose", "run succeeded");
        RunRecord record = cli.journal(result.out());
        assertThat(record.state()).isEqualTo("succeeded");
        assertThat(record.stepStatuses()).containsEntry("swap-off", StepStatus.DONE).containsEntry("diagnose", StepStatus.DONE);
        assertThat(cli.onNode("worker-1", "cat /proc/swaps")).doesNotContain("/dev/sda4");
        assertThat(cli.onNode("worker-1", "grep swap /etc/fstab")).startsWith("#");
        assertCleanDiagnosis("worker-1");
    }

    @Test
    void containerdSetupConfiguresADefaultConfiguredRuntimeAndTheNodeTurnsReady() throws Exception {
        lab.trigger(Scenario.CONTAINERD_DEFAULT_CONFIG, Optional.of("worker-2"));
        LabCli.until(() -> !ready("worker-2"), "worker-2 NotReady");
        CliHarness.Result before = cli.run(InputStream.nullInputStream(), "diagnose", "worker-2");
        assertThat(before.out()).contains("cgroup-driver-mismatch", "cni-bin-path-mismatch");
        CliHarness.Result result = cli.run(new ScriptedInput().line("y").line("y").line("y").line("y"), "run", "containerd-setup",
                "--param", "node=worker-2");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("containerd is already the newest version", "SystemdCgroup = true",
                "bin_dir = \"/opt/cni/bin\"", "==> verify-socket", "run succeeded");
        assertThat(cli.journal(result.out()).stepStatuses()).containsEntry("restart", StepStatus.DONE)
                .containsEntry("diagnose", StepStatus.DONE);
        assertThat(cli.onNode("worker-2", "ls /etc/containerd")).contains("config.toml.ironbook.bak");
        assertCleanDiagnosis("worker-2");
    }

    @Test
    void aKubeletOnCgroupfsIsLeftAloneByContainerdSetupAndFixedByKubeletCgroupDriver() throws Exception {
        lab.trigger(Scenario.CGROUP_DRIVER_MISMATCH, Optional.of("worker-3"));
        LabCli.until(() -> cli.onNode("worker-3", "grep cgroupDriver /var/lib/kubelet/config.yaml").contains("cgroupfs"), "kubelet on cgroupfs");
        CliHarness.Result result = cli.run(new ScriptedInput().line("y"), "run", "containerd-setup", "--param", "node=worker-3");
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.out()).contains("==> kubelet-driver", "set cgroupDriver systemd in /var/lib/kubelet/config.yaml")
                .doesNotContain("==> install");
        assertThat(cli.onNode("worker-3", "ls /etc/containerd")).doesNotContain("config.toml.ironbook.bak");

        CliHarness.Result diagnosis = cli.run(InputStream.nullInputStream(), "diagnose", "worker-3");
        assertThat(diagnosis.out()).contains("cgroup-driver-mismatch", "kubelet-cgroup-driver");
        CliHarness.Result fixed = cli.run(new ScriptedInput().line("y").line("y"), "run", "kubelet-cgroup-driver",
                "--param", "node=worker-3");
        assertThat(fixed.exitCode()).as(fixed.out() + fixed.err()).isZero();
        assertThat(fixed.out()).contains("==> check", "==> set-driver", "==> restart-kubelet", "==> diagnose",
                "run succeeded");
        assertThat(cli.onNode("worker-3", "grep cgroupDriver /var/lib/kubelet/config.yaml")).contains("systemd");
        assertCleanDiagnosis("worker-3");
    }
}
