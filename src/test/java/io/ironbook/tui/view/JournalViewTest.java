package io.ironbook.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import io.ironbook.engine.GateRequest;
import io.ironbook.engine.Journal;
import io.ironbook.engine.Redactor;
import io.ironbook.engine.RunEvent;
import io.ironbook.engine.RunHeader;
import io.ironbook.engine.RunStatus;
import io.ironbook.engine.StepStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal screens on the virtual terminal, over journals the engine's Journal wrote. */
class JournalViewTest {
    private static final String SUCCEEDED = "20261126-010000-node-maintenance-aaaa";
    private static final String DECLINED = "20261126-020000-node-reboot-cccc";
    private static final String INTERRUPTED = "20261126-025000-recover-readonly-fs-bbbb";
    private static final Instant T1 = Instant.parse("2026-11-26T01:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-26T02:00:00Z");
    private static final Instant T3 = Instant.parse("2026-11-26T02:50:00Z");

    @TempDir
    Path dir;

    private final RecordingRunStarter runs = new RecordingRunStarter();

    private static RunHeader header(String id, Instant at, String runbook, String version, String node) {
        return new RunHeader(id, at, "ops", "jump-1", "admin@prod-dc1", "https://10.0.0.10:6443", runbook, version,
                "ab".repeat(32), "shipped", Map.of("node", node));
    }

    @BeforeEach
    void writeJournals() {
        try (Journal journal = Journal.create(dir, header(SUCCEEDED, T1, "node-maintenance", "2.1.0", "k8s-worker-02"),
                new Redactor(List::of))) {
            journal.onEvent(new RunEvent.RunStarted(T1, SUCCEEDED, "node-maintenance", "2.1.0",
                    Map.of("node", "k8s-worker-02")));
            journal.onEvent(new RunEvent.StepStarted(T1.plusSeconds(1), "cordon", "Cordon k8s-worker-02",
                    List.of("k8s-worker-02")));
            journal.onEvent(new RunEvent.GateAsked(T1.plusSeconds(2), "cordon", new GateRequest("cordon",
                    "Cordon k8s-worker-02?", Optional.empty(), List.of("kubectl cordon k8s-worker-02"))));
            journal.onEvent(new RunEvent.GateAnswered(T1.plusSeconds(5), "cordon", true, "terminal"));
            journal.onEvent(new RunEvent.StepFinished(T1.plusSeconds(6), "cordon", StepStatus.DONE,
                    "node/k8s-worker-02 cordoned \u001b[0m\u0007\tdone", Duration.ofSeconds(5)));
            journal.onEvent(new RunEvent.RunFinished(T1.plusSeconds(7), RunStatus.SUCCEEDED, "every step done"));
        }
        try (Journal journal = Journal.create(dir, header(DECLINED, T2, "node-reboot", "1.0.0", "k8s-worker-03"),
                new Redactor(List::of))) {
            journal.onEvent(new RunEvent.RunStarted(T2, DECLINED, "node-reboot", "1.0.0",
                    Map.of("node", "k8s-worker-03")));
            journal.onEvent(new RunEvent.StepStarted(T2.plusSeconds(1), "reboot", "Reboot k8s-worker-03",
                    List.of("k8s-worker-03")));
            journal.onEvent(new RunEvent.GateAsked(T2.plusSeconds(1), "reboot", new GateRequest("reboot",
                    "Reboot k8s-worker-03?", Optional.of("reboot k8s-worker-03"), List.of("sudo systemctl reboot"))));
            journal.onEvent(new RunEvent.GateAnswered(T2.plusSeconds(9), "reboot", false, "terminal"));
            journal.onEvent(new RunEvent.RunFinished(T2.plusSeconds(9), RunStatus.DECLINED, "declined at reboot"));
        }
        try (Journal journal = Journal.create(dir, header(INTERRUPTED, T3, "recover-readonly-fs", "1.0.0",
                "k8s-worker-01"), new Redactor(List::of))) {
            journal.onEvent(new RunEvent.RunStarted(T3, INTERRUPTED, "recover-readonly-fs", "1.0.0",
                    Map.of("node", "k8s-worker-01")));
            journal.onEvent(new RunEvent.FactRecorded(T3, "bootId/k8s-worker-01", "boot-1"));
            journal.onEvent(new RunEvent.StepStarted(T3.plusSeconds(1), "drain", "Drain k8s-worker-01",
                    List.of("k8s-worker-01")));
            journal.onEvent(new RunEvent.Waiting(T3.plusSeconds(31), "drain", "pods to leave", Duration.ofSeconds(30)));
            journal.onEvent(new RunEvent.Waiting(T3.plusSeconds(61), "drain", "pods to leave", Duration.ofSeconds(60)));
        }
    }

    private VirtualConsole.Options console() {
        return VirtualConsole.with().nodes(List.of(TestNodes.ready("k8s-worker-01")))
                .operations(TestOperations.with(new FakeLiveDiagnosis(FakeLiveDiagnosis.POWER_LOSS,
                        TestOperations.shippedRemediation()), dir)).runs(runs);
    }

    private static int row(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + text + " in\n" + String.join("\n", lines));
    }

    @Test
    void runsNewestFirstWithStateOperatorAndParams() throws Exception {
        try (VirtualConsole console = console().size(160, 40).open()) {
            console.awaitText("k8s-worker-01");
            console.type("j");
            console.awaitText("recover-readonly-fs@1.0.0");
            Files.writeString(Path.of("target/screen-journal-160x40.txt"), console.text());
            List<String> lines = console.lines();
            assertThat(row(lines, "recover-readonly-fs@1.0.0")).isLessThan(row(lines, "node-reboot@1.0.0"));
            assertThat(row(lines, "node-reboot@1.0.0")).isLessThan(row(lines, "node-maintenance@2.1.0"));
            assertThat(console.lineWith("STARTED")).contains("RUNBOOK", "STATE", "OPERATOR", "RUN", "PARAMS");
            assertThat(console.lineWith("recover-readonly-fs@1.0.0")).contains("2026-11-26 02:50", "? interrupted",
                    "ops@jump-1", INTERRUPTED, "node=k8s-worker-01");
            assertThat(console.lineWith("node-reboot@1.0.0")).contains("▲ declined", "node=k8s-worker-03");
            assertThat(console.lineWith("node-maintenance@2.1.0")).contains("● succeeded");
            assertThat(console.text()).contains("Journal 3 runs   1 can be resumed");
            assertThat(console.footer()).contains("Enter open", "R resume", "j journal");
        }
    }

    @Test
    void enterShowsTheRunsStepsGateAnswersAndEnd() throws Exception {
        try (VirtualConsole console = console().open()) {
            console.awaitText("k8s-worker-01");
            console.type("j");
            console.awaitText("node-maintenance@2.1.0");
            console.press(KeyType.End);
            console.press(KeyType.Enter);
            console.awaitText("Events (oldest first)");
            Files.writeString(Path.of("target/screen-journal-run.txt"), console.text());
            assertThat(console.text()).contains("Run " + SUCCEEDED, "node-maintenance@2.1.0  ● succeeded",
                    "every step done", "started 2026-11-26 01:00:00 by ops@jump-1",
                    "context admin@prod-dc1   server https://10.0.0.10:6443", "params node=k8s-worker-02",
                    "● cordon  done", "01:00:01  → cordon: Cordon k8s-worker-02 (on k8s-worker-02)",
                    "01:00:02    gate Cordon k8s-worker-02?", "01:00:05    accepted (terminal)",
                    "01:00:06  ● cordon done in 5s: node/k8s-worker-02 cordoned ?[0m? done",
                    "01:00:07  run finished: succeeded: every step done")
                    .doesNotContain("can be resumed");
            assertThat(console.footer()).doesNotContain("resume").contains("Esc back");
            console.type("R");
            assertThat(runs.calls).isEmpty();
            console.press(KeyType.Escape);
            console.awaitText("STARTED");
        }
    }

    @Test
    void resumeIsOfferedOnlyForARunThatStoppedBeforeItsEnd() throws Exception {
        try (VirtualConsole console = console().open()) {
            console.awaitText("k8s-worker-01");
            console.type("j");
            console.awaitText("node-reboot@1.0.0");
            console.press(KeyType.ArrowDown);
            assertThat(console.footer()).doesNotContain("resume");
            console.type("R");
            assertThat(runs.calls).isEmpty();
            assertThat(console.text()).contains(DECLINED + " declined: there is nothing to resume");
            console.press(KeyType.Enter);
            console.awaitText("declined (terminal)");
            assertThat(console.text()).contains("gate (typed) Reboot k8s-worker-03?", "run finished: declined");
            console.press(KeyType.Escape);
            console.press(KeyType.ArrowUp);
            assertThat(console.footer()).contains("R resume");
            console.press(KeyType.Enter);
            console.awaitText("the journal ends here: the run never finished");
            assertThat(console.text()).contains("? interrupted", "it can be resumed: R resumes it",
                    "fact bootId/k8s-worker-01 = boot-1", "waiting: pods to leave (60s)", "? drain  running")
                    .doesNotContain("(30s)");
            assertThat(console.footer()).contains("R resume");
            console.type("R");
            assertThat(runs.calls).containsExactly("resume " + INTERRUPTED);
            console.press(KeyType.Escape);
            console.type("R");
            assertThat(runs.calls).containsExactly("resume " + INTERRUPTED, "resume " + INTERRUPTED);
        }
    }

    /** A console on the journals whose runs go to {@code launcher}, with the interrupted run resumed by R. */
    private VirtualConsole resumeWith(RecordingRunLauncher launcher) {
        VirtualConsole console = VirtualConsole.with().nodes(List.of(TestNodes.ready("k8s-worker-01")))
                .operations(TestOperations.with(new FakeLiveDiagnosis(FakeLiveDiagnosis.POWER_LOSS,
                        TestOperations.shippedRemediation()), dir, launcher)).open();
        console.awaitText("k8s-worker-01");
        console.type("j");
        console.awaitText("recover-readonly-fs@1.0.0");
        console.type("R");
        console.awaitText("(resumed)");
        return console;
    }

    @Test
    void rOpensTheResumedRunInTheRunScreen() throws Exception {
        RecordingRunLauncher launcher = new RecordingRunLauncher();
        try (VirtualConsole console = resumeWith(launcher)) {
            console.await(screen -> launcher.calls.contains("resume " + INTERRUPTED), "the resume");
            assertThat(console.text()).contains("recover-readonly-fs@1.0.0 on k8s-worker-01 (resumed)");
            assertThat(launcher.calls).containsExactly("resume " + INTERRUPTED);
        }
    }

    @Test
    void aRunStillGoingHereIsShownAgainNotResumedTwice() throws Exception {
        RecordingRunLauncher launcher = new RecordingRunLauncher();
        launcher.held = new java.util.concurrent.CountDownLatch(1);
        try (VirtualConsole console = resumeWith(launcher)) {
            console.await(screen -> launcher.calls.size() == 1, "the resume under way");
            console.press(KeyType.Escape);
            console.awaitText("STARTED");
            assertThat(console.lineWith("recover-readonly-fs@1.0.0")).contains("→ running");
            assertThat(console.text()).doesNotContain("can be resumed");
            console.press(KeyType.Enter);
            console.awaitText("it is still going in this console: R returns to its screen");
            console.type("R");
            console.awaitText(INTERRUPTED + " is still going in this console");
            assertThat(console.text()).contains("(resumed)");
            launcher.held.countDown();
            console.pump();
            assertThat(launcher.calls).containsExactly("resume " + INTERRUPTED);
        }
    }

    @Test
    void readOnlyBrowsesTheJournalButNeverResumes() throws Exception {
        try (VirtualConsole console = console().readOnly().open()) {
            console.awaitText("k8s-worker-01");
            console.type("j");
            console.awaitText("recover-readonly-fs@1.0.0");
            assertThat(console.footer()).contains("Enter open").doesNotContain("resume");
            console.type("R");
            console.type(":resume");
            console.press(KeyType.Enter);
            console.awaitText("resume is not offered: the console is read-only");
            console.press(KeyType.Enter);
            console.awaitText("Events (oldest first)");
            assertThat(console.text()).contains("it can be resumed: ironbook journal resume " + INTERRUPTED);
            assertThat(console.footer()).doesNotContain("resume");
            console.type("R");
            assertThat(runs.calls).isEmpty();
        }
    }

    @Test
    void at120AndAt80TheListKeepsStateAndParams() throws Exception {
        try (VirtualConsole console = console().open()) {
            console.awaitText("k8s-worker-01");
            console.type("j");
            console.awaitText("recover-readonly-fs@1.0.0");
            assertThat(console.lineWith("recover-readonly-fs@1.0.0")).contains("ops@jump-1", "node=k8s-worker-01")
                    .doesNotContain(INTERRUPTED);
        }
        try (VirtualConsole console = console().size(80, 24).open()) {
            console.awaitText("k8s-worker-01");
            console.type("j");
            console.awaitText("recover-readonly-fs@1.0.0");
            Files.writeString(Path.of("target/screen-journal-80x24.txt"), console.text());
            assertThat(console.lineWith("recover-readonly-fs@1.0.0")).contains("2026-11-26 02:50", "? interrupted",
                    "node=k8s-worker-01").doesNotContain(INTERRUPTED);
            assertThat(console.lineWith("STARTED")).doesNotContain(" RUN ");
            assertThat(console.footer()).contains("q quit");
        }
    }

    @Test
    void anEmptyJournalSaysWhereItLooked() throws Exception {
        Path empty = dir.resolve("none");
        try (VirtualConsole console = VirtualConsole.with().nodes(List.of(TestNodes.ready("k8s-worker-01")))
                .operations(TestOperations.with(new FakeLiveDiagnosis(FakeLiveDiagnosis.POWER_LOSS,
                        TestOperations.shippedRemediation()), empty)).runs(runs).open()) {
            console.awaitText("k8s-worker-01");
            console.type("j");
            console.awaitText("no run in " + empty + " yet");
            assertThat(console.footer()).doesNotContain("Enter open").doesNotContain("resume");
            console.press(KeyType.Enter);
            console.type("R");
            assertThat(runs.calls).isEmpty();
        }
    }
}
