package io.ironbook.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ironbook.diagnose.evidence.EvidenceBundle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON and text forms of the report, with a fake runbook catalogue naming the shipped runbooks. */
class ReportTest {

    /** A fake of the catalogue: the shipped runbooks' ids, titles and appliesTo. */
    static final RemediationIndex FAKE_CATALOGUE = RemediationIndex.of(List.of(
            new RunbookEntry("os-prep", "Prepare the OS", List.of("swap-enabled", "module-missing-overlay",
                    "module-missing-br-netfilter", "ip-forward-disabled")),
            new RunbookEntry("recover-readonly-fs", "Recover a read-only filesystem", List.of("fs-readonly", "power-loss-dirty-journal")),
            new RunbookEntry("fix-cni-bin-path", "Point containerd at the CNI binaries", List.of("cni-bin-path-mismatch")),
            new RunbookEntry("return-to-service", "Uncordon", List.of("node-cordoned")),
            new RunbookEntry("troubleshoot-notready", "Troubleshoot NotReady", List.of("node-not-ready", "node-status-unknown"))));

    private static DiagnosisReport diagnose(String bundle) throws Exception {
        Path dir = FixtureBundlesTest.bundlesDir().resolve(bundle);
        return Diagnoser.withShippedRules(FAKE_CATALOGUE).diagnose(EvidenceBundle.read(dir));
    }

    @Test
    void jsonHasExactlyTheContractsShape() throws Exception {
        DiagnosisReport report = diagnose("90-power-loss-readonly-var-full-cascade");
        JsonNode json = new ObjectMapper().readTree(json(report));
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("node", "findings", "rootCauses", "chain", "remediation");
        assertThat(json.get("node").asText()).isEqualTo("k8s-worker-01");
        JsonNode ro = null;
        for (JsonNode f : json.get("findings")) {
            List<String> fk = new ArrayList<>();
            f.fieldNames().forEachRemaining(fk::add);
            assertThat(fk).containsExactly("id", "severity", "summary", "evidence", "causes");
            if ("fs-readonly".equals(f.get("id").asText())) {
                ro = f;
            }
        }
        assertThat(ro).isNotNull();
        assertThat(ro.get("severity").asText()).isEqualTo("critical");
        assertThat(ro.get("summary").asText())
                .isEqualTo("/var (/dev/sda2) is mounted read-only, and the runtime's writes to /var/lib/containerd fail there");
        JsonNode first = ro.get("evidence").get(0);
        assertThat(first.get("file").asText()).isEqualTo("journal-containerd.log");
        assertThat(first.get("line").asInt()).isEqualTo(3);
        JsonNode second = ro.get("evidence").get(1);
        assertThat(second.get("file").asText()).isEqualTo("mounts.txt");
        assertThat(second.get("line").asInt()).isEqualTo(5);
        assertThat(second.get("text").asText()).isEqualTo("/dev/sda2 /var ext4 ro,relatime 0 0");
        assertThat(ro.get("causes")).extracting(JsonNode::asText).containsExactly("containerd-down", "kubelet-crashloop");
        assertThat(json.get("rootCauses")).extracting(JsonNode::asText).containsExactly("power-loss-dirty-journal");
        assertThat(json.get("chain")).extracting(JsonNode::asText).containsExactly("power-loss-dirty-journal", "fs-readonly",
                "containerd-down", "kubelet-crashloop", "node-status-unknown");
        assertThat(json.get("remediation").get(0).get("runbook").asText()).isEqualTo("recover-readonly-fs");
        assertThat(json.get("remediation").get(0).get("why").asText()).contains("power-loss-dirty-journal");
    }

    @Test
    void textReadsLikeANoteVerdictChainEvidenceNext() throws Exception {
        String text = ReportText.write(diagnose("90-power-loss-readonly-var-full-cascade"));
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).startsWith("k8s-worker-01: the filesystem on sda2 was not unmounted cleanly")
                .endsWith("which leads to node-status-unknown through 4 links.");
        assertThat(text).contains("  power-loss-dirty-journal (critical): ", "  → fs-readonly (critical): /var (/dev/sda2) is mounted read-only, and the runtime's writes to /var/lib/containerd fail there",
                "→ node-status-unknown (critical)");
        assertThat(text).containsPattern("\n {8}mounts\\.txt:5 +/dev/sda2 /var ext4 ro,relatime 0 0\n");
        assertThat(text).contains("next: ironbook run recover-readonly-fs --param node=k8s-worker-01");
        assertThat(text).contains("Unknown (not in the bundle, so not checked): node.yaml, swaps.txt");
    }

    @Test
    void severalRootsEachGetTheirRunbook() throws Exception {
        String text = ReportText.write(diagnose("94-two-roots-swap-hyperkube-and-cordon"));
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("node-b7: 2 independent problems: swap is on");
        assertThat(text).contains("next: ironbook run os-prep --param node=node-b7", "next: ironbook run return-to-service --param node=node-b7");
    }

    @Test
    void aRootNoRunbookNamesFallsBackToTheFirstLinkThatHasOne() throws Exception {
        DiagnosisReport report = diagnose("28-pleg-unhealthy-describe-node");
        assertThat(report.remediation()).singleElement().satisfies(r -> {
            assertThat(r.runbook()).isEqualTo("troubleshoot-notready");
            assertThat(r.why()).contains("no runbook names the root cause pleg-unhealthy");
        });
        assertThat(ReportText.write(report)).contains("next: ironbook run troubleshoot-notready --param node=etkhub",
                "no runbook names the root cause itself");
    }

    @Test
    void healthyIsOneLineAndSaysWhatWasNotChecked() throws Exception {
        DiagnosisReport report = diagnose("18-healthy-containerd-config-lowercase-key");
        assertThat(report.exitCode()).isZero();
        String text = ReportText.write(report);
        assertThat(text.lines().findFirst().orElseThrow())
                .isEqualTo("This node: nothing wrong in the evidence read (1 file: containerd-config.toml).");
        assertThat(text).doesNotContain("next:").contains("Unknown (not in the bundle, so not checked): node.yaml");
        assertThat(json(report)).contains("\"findings\" : [ ]", "\"chain\" : [ ]", "\"node\" : null");
    }

    private static String json(DiagnosisReport report) throws Exception {
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(ReportJson.tree(report));
    }
}
