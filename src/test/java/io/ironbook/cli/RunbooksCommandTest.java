package io.ironbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RunbooksCommandTest {

    private static final String GOOD = """
            apiVersion: ironbook/v1
            kind: Runbook
            id: check-uptime
            version: 1.0.0
            title: Show a node's uptime
            params:
              - name: node
                type: node
                required: true
            steps:
              - id: uptime
                title: Uptime of {{node}}
                kind: ssh
                on: "{{node}}"
                run: uptime
            """;

    @TempDir
    Path home;

    private CliHarness cli() {
        return CliHarness.withHome(home);
    }

    @Test
    void listShowsEveryShippedRunbookWithVersionAndSource() {
        CliHarness.Result result = cli().run("runbooks", "list");
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out().lines().findFirst().orElseThrow()).startsWith("ID").contains("VERSION", "SOURCE", "TITLE");
        assertThat(result.out()).containsPattern("node-maintenance\\s+2\\.1\\.0\\s+shipped\\s+Planned maintenance");
        for (String id : new String[] {"os-prep", "containerd-setup", "kubeadm-init", "kube-vip", "kubeadm-join-worker",
            "kubeadm-join-control-plane", "cni-install", "fix-cni-bin-path", "node-reboot", "cluster-shutdown",
            "cluster-startup", "recover-readonly-fs", "return-to-service", "troubleshoot-notready"}) {
            assertThat(result.out()).containsPattern("(?m)^" + id + "\\s+\\d+\\.\\d+\\.\\d+\\s+shipped");
        }
    }

    @Test
    void aUserRunbookOverridesTheShippedOneAndListSaysSo() throws IOException {
        Path dir = Files.createDirectories(home.resolve("config/runbooks"));
        Files.writeString(dir.resolve("rts.yaml"), GOOD.replace("id: check-uptime", "id: return-to-service")
                .replace("version: 1.0.0", "version: 1.1.0"));
        CliHarness.Result result = cli().run("runbooks", "list");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsPattern("return-to-service\\s+1\\.1\\.0\\s+\\S+rts\\.yaml \\(overrides shipped 1\\.0\\.0\\)");
    }

    @Test
    void showReadsLikeTheLifecycleWithTheGatesVisible() {
        CliHarness.Result result = cli().run("runbooks", "show", "node-maintenance");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("node-maintenance 2.1.0")
                .contains("lifecycle: drain → stop services → shutdown → maintenance → boot → uncordon")
                .contains("1. drain · Evict workloads from {{node}}   [DESTRUCTIVE · gate: confirm]")
                .contains("2. halt · Stop kubelet and containerd, then halt {{node}}   [DESTRUCTIVE · gate: type \"{{node}}\" to confirm]")
                .contains("over SSH on {{node}} as root (sudo -n):")
                .contains("$ systemctl stop kubelet containerd && shutdown -h now")
                .contains("the connection dropping is success")
                .contains("uncordon {{node}} through the API, only if this run cordoned it");
        assertThat(result.out().indexOf("1. drain")).isLessThan(result.out().indexOf("2. halt"));
    }

    @Test
    void showFillsInParamsAndRefusesBadOnes() {
        CliHarness.Result result = cli().run("runbooks", "show", "node-maintenance", "--param", "node=worker-7");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("gate: type \"worker-7\" to confirm", "timeout 5m").doesNotContain("{{node}}");

        CliHarness.Result bad = cli().run("runbooks", "show", "node-maintenance", "--param", "node=x; rm -rf /");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err().strip()).isEqualTo("error: --param node=x; rm -rf /: must be a node name (lower-case letters, digits, '-' and '.')");

        CliHarness.Result unknown = cli().run("runbooks", "show", "node-maintenance", "--param", "nod=a");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err().strip()).isEqualTo("error: --param nod: node-maintenance has no param 'nod'");
    }

    @Test
    void showOfAnUnknownRunbookIsOneLine() {
        CliHarness.Result result = cli().run("runbooks", "show", "node-maintenence");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().strip()).isEqualTo("error: no runbook 'node-maintenence' (did you mean 'node-maintenance'?)");
        CliHarness.Result version = cli().run("runbooks", "show", "node-maintenance@9.9.9");
        assertThat(version.err().strip()).isEqualTo("error: no runbook node-maintenance@9.9.9 (versions: 2.1.0)");
    }

    @Test
    void validateAcceptsAGoodFile() throws IOException {
        Path file = Files.writeString(home.resolve("good.yaml"), GOOD);
        CliHarness.Result result = cli().run("runbooks", "validate", file.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo("ok: " + file + ": check-uptime@1.0.0, 1 steps, 0 destructive, 0 gated");
    }

    @Test
    void validateAcceptsEveryShippedFile() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("runbooks"))) {
            String[] args = Stream.concat(Stream.of("runbooks", "validate"), files.map(Path::toString).sorted()).toArray(String[]::new);
            CliHarness.Result result = cli().run(args);
            assertThat(result.err()).isEmpty();
            assertThat(result.exitCode()).isZero();
            assertThat(result.out().lines()).hasSize(args.length - 2).allMatch(line -> line.startsWith("ok: runbooks/"));
        }
    }

    static Stream<Map.Entry<String, String>> badFiles() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("empty.yaml", "");
        bad.put("list.yaml", "- id: a\n- id: b\n");
        bad.put("tabs.yaml", GOOD.replace("  - id: uptime", "\t- id: uptime"));
        bad.put("duplicate-key.yaml", GOOD.replace("kind: Runbook\n", "kind: Runbook\nkind: Runbook\n"));
        bad.put("wrong-type.yaml", GOOD.replace("    required: true", "    required: 1"));
        bad.put("misspelt.yaml", GOOD.replace("    run: uptime", "    rn: uptime"));
        bad.put("no-steps.yaml", GOOD.substring(0, GOOD.indexOf("steps:")) + "steps: []\n");
        bad.put("unknown-param.yaml", GOOD.replace("Uptime of {{node}}", "Uptime of {{host}}"));
        bad.put("no-gate.yaml", GOOD.replace("    run: uptime", "    run: reboot\n    destructive: true"));
        bad.put("bad-version.yaml", GOOD.replace("version: 1.0.0", "version: latest"));
        bad.put("bad-api.yaml", GOOD.replace("apiVersion: ironbook/v1", "apiVersion: v1"));
        bad.put("dangling.yaml", GOOD + "  - id: more\n    kind: runbook\n    runbook: nothing-here\n");
        bad.put("unclosed.yaml", GOOD.replace("title: Show a node's uptime", "title: \"Show a node's uptime"));
        bad.put("timeout.yaml", GOOD.replace("    run: uptime", "    run: uptime\n    timeout: soon"));
        return bad.entrySet().stream();
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void validateGivesOneLineWithThePlaceAndExitTwo(Map.Entry<String, String> bad) throws IOException {
        Path file = Files.writeString(home.resolve(bad.getKey()), bad.getValue());
        CliHarness.Result result = cli().run("runbooks", "validate", file.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).startsWith("error: " + file + ":").containsPattern(":\\d+(:\\d+)?: \\S")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void validateNamesABinaryOrMissingFile() throws IOException {
        Path binary = Files.write(home.resolve("x.yaml"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1});
        CliHarness.Result result = cli().run("runbooks", "validate", binary.toString(), home.resolve("nope.yaml").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().lines()).containsExactly(
                "error: " + binary + ": binary content (a NUL byte at offset 4), not YAML text",
                "error: " + home.resolve("nope.yaml") + ": no such file");
    }

    @Test
    void aMissingRunbooksFolderIsOneLine() {
        CliHarness.Result result = cli().run("runbooks", "list", "--runbooks", home.resolve("nowhere").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().strip()).isEqualTo("error: --runbooks " + home.resolve("nowhere") + ": no such folder");
    }

    @Test
    void validateWithoutFilesIsAUsageError() {
        CliHarness.Result result = cli().run("runbooks", "validate");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().lines()).hasSize(1);
    }
}
