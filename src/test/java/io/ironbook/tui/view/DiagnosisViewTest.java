package io.ironbook.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import io.ironbook.diagnose.RemediationIndex;
import io.ironbook.diagnose.RunbookEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diagnosis screen on the virtual terminal, over the real diagnoser and the power-loss bundle. */
class DiagnosisViewTest {
    private static final String NODE = "k8s-worker-01";
    private static final String CHAIN = "power-loss-dirty-journal → fs-readonly → containerd-down → kubelet-crashloop"
            + " → node-status-unknown";

    @TempDir
    Path journal;

    private final RecordingRunStarter runs = new RecordingRunStarter();

    private VirtualConsole.Options console(FakeLiveDiagnosis diagnosis) {
        return VirtualConsole.with().nodes(List.of(TestNodes.unknown(NODE), TestNodes.ready("k8s-worker-02")))
                .operations(TestOperations.with(diagnosis, journal)).runs(runs);
    }

    private static FakeLiveDiagnosis powerLoss() {
        return new FakeLiveDiagnosis(FakeLiveDiagnosis.POWER_LOSS, TestOperations.shippedRemediation());
    }

    private static void save(VirtualConsole console, String name) throws IOException {
        Files.writeString(Path.of("target/" + name), console.text());
    }

    @Test
    void leavingTheScreenStopsADiagnosisStillCollecting() throws Exception {
        FakeLiveDiagnosis diagnosis = powerLoss();
        diagnosis.held = new CountDownLatch(1);
        try (VirtualConsole console = console(diagnosis).open()) {
            console.awaitText(NODE);
            console.type("d");
            console.awaitText("collecting kernel.log, mounts.txt (6 of 13 probes)");
            console.press(KeyType.Escape);
            console.await(screen -> diagnosis.interrupted.get(), "the diagnosis interrupted");
            assertThat(console.text()).doesNotContain("Diagnosis of " + NODE);
        }
    }

    @Test
    void progressWhileItWorksThenVerdictChainEvidenceAndRemedy() throws Exception {
        FakeLiveDiagnosis diagnosis = powerLoss();
        diagnosis.held = new CountDownLatch(1);
        try (VirtualConsole console = console(diagnosis).open()) {
            console.awaitText(NODE);
            assertThat(console.footer()).contains("d diagnose", "j journal");
            console.type("d");
            console.awaitText("collecting kernel.log, mounts.txt (6 of 13 probes)");
            assertThat(console.lineWith("diagnosing " + NODE)).contains("diagnosing " + NODE + " 0s");
            assertThat(console.text()).contains("Diagnosis of " + NODE, "collecting evidence from " + NODE)
                    .doesNotContain("Cascade");
            diagnosis.held.countDown();
            console.awaitText("Cascade, cause first");
            save(console, "screen-diagnosis-120x40.txt");
            assertThat(console.lineWith("root cause")).contains("▲ 5 findings  root cause power-loss-dirty-journal");
            assertThat(console.text()).contains(NODE + ": the filesystem on sda2 was not unmounted cleanly", CHAIN,
                    "Remedy  Enter starts the chosen runbook on " + NODE,
                    "→ recover-readonly-fs  ", "remedies power-loss-dirty-journal, the root cause",
                    "  → fs-readonly (critical)",
                    "/var (/dev/sda2) is mounted read-only, and the runtime's writes to /var/lib/containerd fail");
            assertThat(console.lineWith("mounts.txt:5")).contains("/dev/sda2 /var ext4 ro,relatime 0 0");
            assertThat(console.lineWith("diagnosed in")).contains("diagnosed in 0s: bundle " + FakeLiveDiagnosis.POWER_LOSS
                    + " read");
            assertThat(console.footer()).contains("d again", "Enter start", "Esc back", "q quit")
                    .doesNotContain("cordon");
            console.press(KeyType.End);
            assertThat(console.text()).contains("What the evidence cannot say",
                    "unknown (not in the bundle, so not checked): node.yaml");

            console.press(KeyType.Enter);
            assertThat(runs.calls).containsExactly("start recover-readonly-fs@"
                    + TestOperations.CATALOGUE.find("recover-readonly-fs").orElseThrow().version()
                    + " {node=" + NODE + "}");
        }
    }

    @Test
    void at80x24TheChainAndTheRemedyShowWithoutScrolling() throws Exception {
        try (VirtualConsole console = console(powerLoss()).size(80, 24).open()) {
            console.awaitText(NODE);
            console.type("d");
            console.awaitText("Cascade");
            save(console, "screen-diagnosis-80x24.txt");
            List<String> lines = console.lines();
            assertThat(lines).hasSize(24);
            assertThat(console.text()).contains("power-loss-dirty-journal → fs-readonly → containerd-down →",
                    "→ node-status-unknown", "→ recover-readonly-fs", "5 findings");
            assertThat(console.footer()).contains("q quit");
            console.press(KeyType.PageDown);
            assertThat(console.text()).contains("→ fs-readonly (critical)", "mounts.txt:5");
            assertThat(console.lineWith("mounts.txt:5").length()).isEqualTo(80);
        }
    }

    @Test
    void aHealthyNodeOffersNothingToStart() throws Exception {
        FakeLiveDiagnosis healthy = new FakeLiveDiagnosis("93-healthy-full-bundle-look-alikes",
                TestOperations.shippedRemediation());
        try (VirtualConsole console = console(healthy).open()) {
            console.awaitText(NODE);
            console.type("d");
            console.awaitText("● healthy");
            assertThat(console.text()).contains("Diagnosis of " + NODE + "   healthy",
                    "nothing wrong in the evidence read").doesNotContain("Remed");
            assertThat(console.footer()).contains("d again").doesNotContain("Enter start");
            console.press(KeyType.Enter);
            assertThat(runs.calls).isEmpty();
        }
    }

    @Test
    void anAsciiTerminalGetsAsciiArrows() throws Exception {
        try (VirtualConsole console = console(powerLoss()).ascii().open()) {
            console.awaitText(NODE);
            console.type("d");
            console.awaitText("Cascade");
            assertThat(console.text()).contains(CHAIN.replace("→", "->"), "  -> fs-readonly (critical)",
                    "-> recover-readonly-fs").doesNotContain("→").doesNotContain("…");
        }
    }

    @Test
    void upAndDownChooseTheRemedyEnterRunsItAndDDiagnosesAgain() throws Exception {
        RemediationIndex twoRemedies = RemediationIndex.of(List.of(
                new RunbookEntry("recover-readonly-fs", "Recover", List.of("power-loss-dirty-journal")),
                new RunbookEntry("node-reboot", "Reboot", List.of("power-loss-dirty-journal"))));
        FakeLiveDiagnosis diagnosis = new FakeLiveDiagnosis(FakeLiveDiagnosis.POWER_LOSS, twoRemedies);
        try (VirtualConsole console = console(diagnosis).open()) {
            console.awaitText(NODE);
            console.type("d");
            console.awaitText("Remedies");
            assertThat(console.text()).contains("→ recover-readonly-fs  Recover", "   node-reboot  Reboot");
            console.press(KeyType.ArrowDown);
            assertThat(console.text()).contains("   recover-readonly-fs  Recover", "→ node-reboot  Reboot");
            console.press(KeyType.Enter);
            assertThat(runs.calls).hasSize(1);
            assertThat(runs.calls.get(0)).startsWith("start node-reboot@").endsWith(" {node=" + NODE + "}");

            console.type("d");
            console.await(screen -> diagnosis.calls.get() == 2 && screen.contains("diagnosed in"),
                    "a second diagnosis");
            assertThat(console.text()).contains("→ node-reboot  Reboot");
        }
    }

    @Test
    void readOnlyShowsTheRemedyButOffersNoRun() throws Exception {
        try (VirtualConsole console = console(powerLoss()).readOnly().open()) {
            console.awaitText(NODE);
            console.type("d");
            console.awaitText("Cascade");
            assertThat(console.text()).contains("(read-only: run it from line mode)",
                    "ironbook run recover-readonly-fs --param node=" + NODE);
            assertThat(console.footer()).contains("d again").doesNotContain("Enter start");
            console.press(KeyType.Enter);
            console.type(":remedy");
            console.press(KeyType.Enter);
            assertThat(runs.calls).isEmpty();
            console.type("?");
            console.awaitText("Keys on the diagnosis screen");
            assertThat(console.text()).contains("diagnose the node again").doesNotContain("remedy runbook");
        }
    }

    @Test
    void aDiagnosisThatFailsSaysWhyAndCanBeTriedAgain() throws Exception {
        FakeLiveDiagnosis diagnosis = powerLoss();
        diagnosis.failure = new IllegalStateException("no SSH route to k8s-worker-01: connection timed out");
        try (VirtualConsole console = console(diagnosis).open()) {
            console.awaitText(NODE);
            console.press(KeyType.Enter);
            console.awaitText("Conditions");
            assertThat(console.text()).contains("d diagnose");
            console.type("d");
            console.awaitText("failed after 0s: no SSH route to k8s-worker-01: connection timed out");
            assertThat(console.text()).contains("no diagnosis (d tries again)");
            diagnosis.failure = null;
            console.type("d");
            console.awaitText("Cascade, cause first");
            console.press(KeyType.Escape);
            console.awaitText("Conditions");
        }
    }

    @Test
    void enterOnTheRemedyOpensItsParamsWithTheNodeFilledIn() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().nodes(List.of(TestNodes.unknown(NODE)))
                .operations(TestOperations.with(powerLoss(), journal)).open()) {
            console.awaitText(NODE);
            console.type("d");
            console.awaitText("Cascade");
            console.press(KeyType.Enter);
            console.awaitText("Start recover-readonly-fs");
            assertThat(console.text()).contains("node (node, required)", "device (string, required)");
            assertThat(console.lineWith("Start recover-readonly-fs")).isNotEmpty();
            assertThat(console.text().lines().filter(line -> line.contains("│" + NODE)).count()).isEqualTo(1);
            console.press(KeyType.Escape);
            console.awaitNoText("Start recover-readonly-fs");
            assertThat(console.text()).contains("Cascade, cause first");
        }
    }

    @Test
    void theRemedyRunsWithTheNodeAndTheParamsGivenInTheDialog() throws Exception {
        RecordingRunLauncher launcher = new RecordingRunLauncher();
        try (VirtualConsole console = VirtualConsole.with().nodes(List.of(TestNodes.unknown(NODE)))
                .operations(TestOperations.with(powerLoss(), journal, launcher)).open()) {
            console.awaitText(NODE);
            console.type("d");
            console.awaitText("Cascade");
            console.press(KeyType.Enter);
            console.awaitText("Start recover-readonly-fs");
            console.press(KeyType.Tab);
            console.press(KeyType.Tab);
            console.type("/dev/sda2");
            console.press(KeyType.Tab);
            console.press(KeyType.Tab);
            console.press(KeyType.Tab);
            console.press(KeyType.Enter);
            console.await(screen -> !launcher.calls.isEmpty(), "the run");
            assertThat(launcher.calls.get(0)).startsWith("run recover-readonly-fs@")
                    .contains("device=/dev/sda2", "node=" + NODE);
        }
    }

    @Test
    void withoutAnEngineThereIsNoDiagnosisKey() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().nodes(List.of(TestNodes.unknown(NODE))).open()) {
            console.awaitText(NODE);
            assertThat(console.footer()).doesNotContain("diagnose").doesNotContain("journal");
            console.type("d");
            console.type("j");
            assertThat(console.text()).doesNotContain("Diagnosis of").doesNotContain("Journal");
        }
    }
}
