package io.ironbook.tui.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.ironbook.diagnose.Diagnoser;
import io.ironbook.diagnose.DiagnosisReport;
import io.ironbook.diagnose.RemediationIndex;
import io.ironbook.diagnose.RunbookEntry;
import io.ironbook.diagnose.evidence.EvidenceBundle;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diagnosis screen's layout of real reports: healthy, two roots, and narrow widths. */
class DiagnosisTextTest {
    private static final RemediationIndex RUNBOOKS = RemediationIndex.of(List.of(
            new RunbookEntry("os-prep", "Prepare the OS", List.of("swap-enabled")),
            new RunbookEntry("return-to-service", "Uncordon", List.of("node-cordoned"))));

    private static DiagnosisReport diagnose(String bundle) throws Exception {
        Path dir = Path.of(DiagnosisTextTest.class.getResource("/diagnose/bundles/" + bundle).toURI());
        return Diagnoser.withShippedRules(RUNBOOKS).diagnose(EvidenceBundle.read(dir));
    }

    private static List<String> text(DiagnosisReport report, int width, DiagnosisText.Choice choice) {
        return DiagnosisText.lines(report, Glyphs.unicodeSet(), width, choice).stream().map(StyledLine::text)
                .toList();
    }

    @Test
    void aHealthyNodeSaysSoAndOffersNoRemedy() throws Exception {
        DiagnosisReport report = diagnose("93-healthy-full-bundle-look-alikes");
        List<String> lines = text(report, 78, new DiagnosisText.Choice("k8s-worker-07", 0, true));
        assertThat(lines.get(0)).startsWith("● healthy  no finding in ");
        assertThat(String.join("\n", lines)).contains("nothing wrong in the evidence read").doesNotContain("Remed")
                .doesNotContain("Cascade");
    }

    @Test
    void twoRootsGetTwoChainsAndTheirRunbooksAndTheSelectionMoves() throws Exception {
        DiagnosisReport report = diagnose("94-two-roots-swap-hyperkube-and-cordon");
        List<String> first = text(report, 78, new DiagnosisText.Choice("n1", 0, true));
        String all = String.join("\n", first);
        assertThat(first.get(0)).contains("2 root causes swap-enabled, node-cordoned");
        assertThat(all).contains("swap-enabled → kubelet-crashloop → node-not-ready", "Remedies",
                "Cascade from swap-enabled, cause first", "\nFinding\n  node-cordoned (",
                " → os-prep  Prepare the OS", "   return-to-service  Uncordon");
        String second = String.join("\n", text(report, 78, new DiagnosisText.Choice("n1", 1, true)));
        assertThat(second).contains("   os-prep  Prepare the OS", " → return-to-service  Uncordon");
    }

    @Test
    void noLineIsWiderThanTheWidthOfAn80Or120ColumnTerminal() throws Exception {
        DiagnosisReport report = diagnose("90-power-loss-readonly-var-full-cascade");
        for (int width : List.of(78, 118)) {
            for (boolean runnable : List.of(true, false)) {
                assertThat(text(report, width, new DiagnosisText.Choice("k8s-worker-01", 0, runnable)))
                        .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(width));
            }
        }
    }
}
