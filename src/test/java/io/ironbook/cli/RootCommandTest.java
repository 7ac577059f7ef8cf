package io.ironbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootCommandTest {

    @TempDir
    Path home;

    @Test
    void versionNamesTheBuild() {
        CliHarness.Result result = CliHarness.withHome(home).run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("ironbook ").doesNotContain("unknown");
    }

    @Test
    void helpListsTheGlobalOptions() {
        CliHarness.Result result = CliHarness.withHome(home).run("--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--kubeconfig", "--context", "--inventory", "--ssh-config",
                "--known-hosts", "--runbooks", "--theme", "--read-only");
    }

    @Test
    void anUnknownOptionIsOneLineAndExitTwo() {
        CliHarness.Result result = CliHarness.withHome(home).run("--frobnicate");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(result.err()).startsWith("error: Unknown option: '--frobnicate'");
    }

    @Test
    void anUnknownCommandIsOneLineAndExitTwo() {
        CliHarness.Result result = CliHarness.withHome(home).run("frobnicate");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().strip().lines()).hasSize(1);
    }
}
