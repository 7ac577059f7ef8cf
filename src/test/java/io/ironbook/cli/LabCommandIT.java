package io.ironbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ironbook.config.IronbookPaths;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ironbook lab} through the real command line, with control commands on stdin. */
class LabCommandIT {
    @TempDir
    Path home;

    private CliHarness harness(String stdin) {
        IronbookPaths paths = new IronbookPaths(home.resolve("state"), home.resolve("config"), home);
        return new CliHarness(new TestServices(paths).withStdin(stdin));
    }

    @Test
    void servesPrintsThePathsAndTakesCommandsOnStdin() {
        Path dir = home.resolve("mylab");
        CliHarness.Result r = harness("status\nscenario power-loss worker-1\nscenario bogus\npower-on nosuch\npower-on cp-1\nquit\n")
                .run("lab", "--nodes", "2", "--dir", dir.toString(), "--no-console", "--speed", "20");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("ironbook lab: 2 nodes (1 control plane, 1 worker) ready in ")
                .contains("  kubeconfig  " + dir.resolve("kubeconfig"))
                .contains("kubectl --kubeconfig " + dir.resolve("kubeconfig") + " get nodes")
                .contains("ssh -F " + dir.resolve("ssh_config") + " worker-1 systemctl status kubelet")
                .doesNotContain("No terminal for the console")
                .containsPattern("worker-1\\s+running\\s+yes")
                .contains("scenario power-loss triggered on worker-1")
                .contains("error: unknown scenario 'bogus'")
                .contains("error: no node 'nosuch' in the lab")
                .contains("cp-1 is already running")
                .contains("stopping the lab");
        assertThat(dir.resolve("known_hosts")).exists();
    }

    @Test
    void withoutATerminalTheLabServesInsteadOfTheConsoleAndUsesTheStateFolder() {
        CliHarness.Result r = harness("quit\n").run("lab", "--nodes", "1", "--speed", "20");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("No terminal for the console; serving the lab until Ctrl-C instead.")
                .contains("ironbook lab: 1 node (1 control plane, 0 workers)");
        assertThat(home.resolve("state/lab/kubeconfig")).exists();
        assertThat(home.resolve("state/lab/ssh_config")).exists();
    }

    @Test
    void badScenarioIsOneLineExitTwo() {
        CliHarness.Result r = harness("quit\n").run("lab", "--scenario", "bogus", "--dir", home.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("error: --scenario: unknown scenario 'bogus' (known: healthy, power-loss,");
    }

    @Test
    void scenarioOnAnUnknownNodeIsExitTwo() {
        CliHarness.Result r = harness("quit\n").run("lab", "--nodes", "2", "--scenario", "power-loss:worker-9", "--dir", home.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("error: --scenario: no node 'worker-9' in the lab (nodes: cp-1, worker-1)");
    }

    @Test
    void badNodeCountAndSpeedAreExitTwo() {
        assertThat(harness("").run("lab", "--nodes", "0").err()).startsWith("error: --nodes: must be between 1 and 5000, not 0");
        assertThat(harness("").run("lab", "--speed", "-1").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
