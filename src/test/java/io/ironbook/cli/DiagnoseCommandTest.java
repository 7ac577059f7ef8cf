package io.ironbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ironbook.config.IronbookPaths;
import io.ironbook.diagnose.RemediationIndex;
import io.ironbook.diagnose.RunbookEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnoseCommandTest {

    @TempDir
    Path home;

    private static String bundle(String name) throws Exception {
        return Path.of(DiagnoseCommandTest.class.getResource("/diagnose/bundles/" + name).toURI()).toString();
    }

    private CliHarness harness() {
        return CliHarness.withHome(home);
    }

    @Test
    void aBundleWithFindingsExitsOneAndNamesTheShippedRunbook() throws Exception {
        CliHarness.Result r = harness().run("diagnose", "--bundle", bundle("90-power-loss-readonly-var-full-cascade"));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("k8s-worker-01: ")
                .contains("next: ironbook run recover-readonly-fs --param node=k8s-worker-01");
    }

    @Test
    void theNextLineComesFromTheRunbookCatalogue() throws Exception {
        IronbookPaths paths = new IronbookPaths(home.resolve("state"), home.resolve("config"), home);
        TestServices services = new TestServices(paths).withRemediation(RemediationIndex.of(List.of(
                new RunbookEntry("kubelet-fixer", "Fix the kubelet", List.of("kubelet-stopped")))));
        CliHarness.Result r = new CliHarness(services).run("diagnose", "--bundle", bundle("39-kubelet-inactive-dead-after-reset"));
        assertThat(r.out()).contains("next: ironbook run kubelet-fixer --param node=master-node    # Fix the kubelet (remedies kubelet-stopped)");
    }

    @Test
    void jsonIsTheContractsReport() throws Exception {
        CliHarness.Result r = harness().run("diagnose", "--bundle", bundle("11-cni-config-removed-containerd-needs-restart"), "-o", "json");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("node").asText()).isEqualTo("node01");
        assertThat(json.get("rootCauses")).extracting(JsonNode::asText).containsExactly("cni-config-missing");
        assertThat(json.get("chain")).extracting(JsonNode::asText)
                .containsExactly("cni-config-missing", "cni-not-initialized", "node-not-ready");
        assertThat(json.get("remediation").get(0).get("runbook").asText()).isEqualTo("cni-install");
    }

    @Test
    void aHealthyBundleExitsZero() throws Exception {
        CliHarness.Result r = harness().run("diagnose", "--bundle", bundle("93-healthy-full-bundle-look-alikes"), "--output", "text");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("k8s-worker-04: nothing wrong in the evidence read (14 files:");
    }

    @Test
    void aMissingOrEmptyFolderIsUnusableInput() throws Exception {
        CliHarness.Result missing = harness().run("diagnose", "--bundle", home.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err().strip().lines()).singleElement().asString().endsWith("nope: no such folder");
        Path empty = Files.createDirectories(home.resolve("empty"));
        Files.writeString(empty.resolve("photo.png"), "x");
        CliHarness.Result none = harness().run("diagnose", "--bundle", empty.toString());
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("no evidence files");
    }

    @Test
    void aMalformedMetaIsNamedWithItsPlace() throws Exception {
        Path dir = Files.createDirectories(home.resolve("b"));
        Files.writeString(dir.resolve("mounts.txt"), "/dev/sda2 /var ext4 ro 0 0\n");
        Files.writeString(dir.resolve("meta.yaml"), "node: [unclosed\n");
        CliHarness.Result r = harness().run("diagnose", "--bundle", dir.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).matches("error: meta\\.yaml:\\d+:\\d+: not YAML: while parsing a flow sequence");
    }

    @Test
    void liveDiagnosisSaysWhatItNeedsAndExitsTwo() {
        CliHarness.Result r = harness().run("diagnose", "worker-1");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip().lines()).singleElement().asString()
                .contains("live diagnosis of 'worker-1' needs the cluster and SSH layers", "ironbook diagnose --bundle DIR");
        assertThat(harness().run("diagnose").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(harness().run("diagnose", "w", "--bundle", "x").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(harness().run("diagnose", "--bundle", "x", "-o", "yaml").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void anOperatorsRuleReplacesTheShippedOneAndABadRuleIsNamedWithItsPlace() throws Exception {
        Path rules = Files.createDirectories(home.resolve("rules"));
        Files.writeString(rules.resolve("kubelet-stopped.yaml"), String.join("\n", "id: kubelet-stopped", "severity: warning",
                "summary: \"kubelet is off on purpose? ({state})\"", "signals:", "  - name: stopped", "    when:", "      - fact: unit",
                "        where:", "          name: kubelet", "          active: inactive", ""));
        CliHarness.Result r = harness().run("diagnose", "--bundle", bundle("39-kubelet-inactive-dead-after-reset"), "--rules", rules.toString());
        assertThat(r.out()).startsWith("master-node: kubelet is off on purpose? (inactive (dead) (Result: exit-code))");
        Files.writeString(rules.resolve("zz-bad.yaml"), "id: kubelet-stopped\nseverity: fatal\nsummary: x\nsignals: []\n");
        CliHarness.Result bad = harness().run("diagnose", "--bundle", bundle("39-kubelet-inactive-dead-after-reset"), "--rules", rules.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("zz-bad.yaml:2:11: severity is one of critical, warning, info");
    }

    @Test
    void helpDescribesTheExitStatus() {
        CliHarness.Result r = harness().run("diagnose", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--bundle", "-o, --output", "Exit status: 0 nothing wrong, 1 findings, 2 unusable input.");
    }
}
