package io.ironbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ironbook.cluster.ClusterException;
import io.ironbook.config.IronbookPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleCommandTest {
    @TempDir
    Path home;

    private CliHarness harness(TestServices services) {
        return new CliHarness(services);
    }

    private TestServices services() {
        return new TestServices(new IronbookPaths(home.resolve("state"), home.resolve("config"), home))
                .cluster(TestServices::unreachable);
    }

    @Test
    void anUnreachableClusterIsOneLineWithTheLabSuggestedAndExitTwo() {
        CliHarness.Result result = harness(services()).run("console");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().strip()).isEqualTo("error: cannot reach the API server at https://127.0.0.1:1"
                + " (context test): Connection refused (to try ironbook without a cluster: ironbook lab)");
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void ironbookAloneOpensTheConsoleTooAndFailsTheSameWay() {
        CliHarness.Result result = harness(services()).run();
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("ironbook lab").hasLineCount(1);
    }

    @Test
    void aMissingKubeconfigAlsoSuggestsTheLab() {
        TestServices services = new TestServices(new IronbookPaths(home.resolve("state"), home.resolve("config"),
                home));
        CliHarness.Result result = harness(services).run("console");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains(home.resolve(".kube").toString()).contains("ironbook lab")
                .hasLineCount(1);
    }

    @Test
    void aForbiddenClusterDoesNotSuggestTheLab() {
        TestServices services = services().cluster(options -> {
            throw new ClusterException(ClusterException.Kind.FORBIDDEN, "forbidden: cannot list nodes");
        });
        CliHarness.Result result = harness(services).run("console");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("forbidden: cannot list nodes").doesNotContain("lab");
    }

    @Test
    void anUnknownThemeIsNamedBeforeTheClusterIsAsked() {
        CliHarness.Result result = harness(services()).run("--theme", "solarized", "console");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("unknown theme 'solarized'").contains("dark, light, high-contrast,"
                + " colour-blind").doesNotContain("API server");
    }

    @Test
    void aBrokenUserThemeChosenByNameIsReportedWithFileAndLine() throws Exception {
        Path themes = Files.createDirectories(home.resolve("config/themes"));
        Files.writeString(themes.resolve("night.properties"), "# mine\nironbook.row.foreground = purplish\n");
        CliHarness.Result result = harness(services()).run("--theme", "night", "console");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("night.properties:2: 'purplish' is not a colour for ironbook.row.foreground");
    }

    @Test
    void theDetailScreensSshLineComesFromTheInventoryElseTheNodesAddress() throws Exception {
        Path inventory = home.resolve("hosts.ini");
        Files.writeString(inventory, "[workers]\nk8s-worker-01 ansible_host=10.0.0.11 ansible_user=ops\n");
        GlobalOptions options = new GlobalOptions();
        options.inventory = inventory;
        io.ironbook.tui.view.FakeNodeStore store = io.ironbook.tui.view.FakeNodeStore.syncedWith(java.util.List.of(
                io.ironbook.tui.view.TestNodes.ready("k8s-worker-09")));
        io.ironbook.tui.view.TargetDescriber targets = ConsoleLauncher.targets(services(), options,
                new io.ironbook.tui.view.FakeClusterGateway(store));
        assertThat(targets.describe("k8s-worker-01")).hasValueSatisfying(line -> assertThat(line)
                .startsWith("k8s-worker-01 → 10.0.0.11:22 as ops").contains("hosts.ini:2"));
        String address = store.get("k8s-worker-09").orElseThrow().internalIp();
        assertThat(targets.describe("k8s-worker-09")).hasValueSatisfying(line -> assertThat(line)
                .startsWith("k8s-worker-09 → " + address + ":22"));
    }
}
