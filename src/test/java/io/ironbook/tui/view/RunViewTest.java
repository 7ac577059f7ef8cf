package io.ironbook.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.diagnose.FindingIds;
import io.ironbook.engine.EngineDeps;
import io.ironbook.engine.JournalStore;
import io.ironbook.engine.NodeLocks;
import io.ironbook.engine.Operator;
import io.ironbook.engine.RunRecord;
import io.ironbook.engine.RunbookRunner;
import io.ironbook.remote.ScriptedRemoteShell;
import io.ironbook.remote.SshTarget;
import io.ironbook.runbook.RunbookCatalogue;
import io.ironbook.runbook.RunbookLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runbook screen, the params dialog and the run screen on the virtual terminal, with the engine's real
 * runner, journal and gates over a fake cluster and a scripted SSH shell.
 */
class RunViewTest {
    private static final String RUNBOOK = """
            apiVersion: ironbook/v1
            kind: Runbook
            id: kubelet-bounce
            version: 1.2.0
            title: Restart the kubelet on one node
            description: |
              Cordons the node, shows the kubelet's state, then restarts it.
            appliesTo: [kubelet-crashloop]
            params:
              - name: node
                type: node
                required: true
                description: The node
            steps:
              - id: cordon
                title: Cordon {{node}}
                kind: kube
                action: cordon
                node: "{{node}}"
              - id: look
                title: Show the kubelet
                kind: ssh
                on: "{{node}}"
                run: systemctl is-active kubelet
              - id: restart
                title: Restart the kubelet on {{node}}
                kind: ssh
                on: "{{node}}"
                run: systemctl restart kubelet
                destructive: true
                gate: {typed: "{{node}}"}
            """;

    private static final String DRAIN_RUNBOOK = """
            apiVersion: ironbook/v1
            kind: Runbook
            id: drain-then-look
            version: 1.0.0
            title: Drain a node, then look at it
            params:
              - {name: node, type: node, required: true}
            steps:
              - id: drain
                title: Drain {{node}}
                kind: kube
                action: drain
                node: "{{node}}"
                destructive: true
                gate: confirm
              - id: look
                title: Show the kubelet
                kind: ssh
                on: "{{node}}"
                run: systemctl is-active kubelet
            """;

    private static final String LOOK_THEN_DRAIN = """
            apiVersion: ironbook/v1
            kind: Runbook
            id: look-then-drain
            version: 1.0.0
            title: Look at a node, then drain it
            params:
              - {name: node, type: node, required: true}
            steps:
              - id: look
                title: Show the kubelet
                kind: ssh
                on: "{{node}}"
                run: systemctl is-active kubelet
              - id: drain
                title: Drain {{node}}
                kind: kube
                action: drain
                node: "{{node}}"
                destructive: true
                gate: confirm
            """;

    @TempDir
    Path dir;

    private final ScriptedRemoteShell shell = new ScriptedRemoteShell();
    private RunbookCatalogue catalogue;

    @BeforeEach
    void runbooks() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("runbooks"));
        Files.writeString(folder.resolve("kubelet-bounce.yaml"), RUNBOOK);
        Files.writeString(folder.resolve("drain-then-look.yaml"), DRAIN_RUNBOOK);
        Files.writeString(folder.resolve("look-then-drain.yaml"), LOOK_THEN_DRAIN);
        catalogue = RunbookCatalogue.load(new RunbookLoader(FindingIds.all()),
                List.of(new RunbookCatalogue.Place(io.ironbook.runbook.RunbookSource.Origin.USER, folder)));
        assertThat(catalogue.problems()).isEmpty();
        shell.on("worker-1", "systemctl is-active kubelet", ScriptedRemoteShell.Answer.ok("activating"));
        shell.on("worker-1", "systemctl restart kubelet", ScriptedRemoteShell.Answer.ok());
    }

    private static List<NodeSummary> nodes() {
        return List.of(TestNodes.ready("cp-1"), TestNodes.ready("worker-1"), TestNodes.ready("worker-2"));
    }

    private VirtualConsole open(VirtualConsole.Options options) {
        VirtualConsole[] holder = new VirtualConsole[1];
        VirtualConsole console = options.nodes(nodes()).operations(operations(() -> holder[0])).open();
        holder[0] = console;
        return console;
    }

    private ConsoleOperations operations(java.util.function.Supplier<VirtualConsole> console) {
        Path journals = dir.resolve("runs");
        RunLauncher launcher = new RunLauncher() {
            @Override
            public io.ironbook.engine.RunResult run(io.ironbook.runbook.Runbook runbook,
                    java.util.Map<String, String> params, io.ironbook.engine.RunOptions options)
                    throws InterruptedException {
                return runner(console.get(), journals).run(runbook, params, options);
            }

            @Override
            public io.ironbook.engine.RunResult resume(String runId, boolean force,
                    io.ironbook.engine.RunOptions options) throws InterruptedException {
                return runner(console.get(), journals).resume(runId, force, java.util.Map.of(), options);
            }
        };
        return new ConsoleOperations(catalogue, launcher, new JournalStore(journals), (node, progress) -> {
            throw new IllegalStateException("not diagnosed here");
        });
    }

    private RunbookRunner runner(VirtualConsole console, Path journals) {
        return new RunbookRunner(new EngineDeps(console.gateway, shell, node -> SshTarget.of(node, "127.0.0.1", 22,
                "ops"), (node, progress) -> List.of(), NodeLocks.inMemory(), catalogue, new Operator("ops", "jump-1"),
                journals, Clock.systemUTC(), Duration.ofMillis(5)));
    }

    /** The filter left one runbook of the catalogue (shipped and this test's). */
    private static void awaitOneRunbook(VirtualConsole console) {
        console.await(screen -> screen.matches("(?s).*Runbooks 1 of \\d+.*"), "one runbook left by the filter");
    }

    /** Selects worker-1, opens the runbooks, filters to one, and starts it with worker-1 from its params dialog. */
    private static void startOnWorker1(VirtualConsole console, String filter, String dialogTitle,
            java.util.function.Consumer<VirtualConsole> checkChosen) {
        console.awaitText("worker-2");
        console.press(KeyType.ArrowDown);
        console.type("b");
        console.awaitText("kubelet-bounce");
        console.type("/" + filter);
        console.press(KeyType.Enter);
        awaitOneRunbook(console);
        checkChosen.accept(console);
        console.press(KeyType.Enter);
        console.awaitText(dialogTitle);
        assertThat(console.text()).contains("node (node, required)", "worker-1");
        console.press(KeyType.Tab);
        console.press(KeyType.Tab);
        console.press(KeyType.Enter);
    }

    private void startOnWorker1(VirtualConsole console) {
        startOnWorker1(console, "kubelet-bounce", "Start kubelet-bounce 1.2.0", shown -> assertThat(shown.text())
                .contains("1.2.0", "Restart the kubelet on one node", "lifecycle:", "restart: ",
                        "[gate: type \"{{node}}\"]", "Enter start"));
    }

    /** Types the typed gate's text, then Tab past Cancel to Run and Enter. */
    private static void typeAndRun(VirtualConsole console, String text) {
        console.type(text);
        console.press(KeyType.Tab);
        console.press(KeyType.Tab);
        console.press(KeyType.Enter);
    }

    @Test
    void aRunGoesThroughItsTypedGateWithLiveOutputAndIsJournaled() throws Exception {
        try (VirtualConsole console = open(VirtualConsole.with())) {
            startOnWorker1(console);
            console.awaitText("Run step restart?");
            String gate = console.text();
            assertThat(gate).contains("$ systemctl restart kubelet", "Type \"worker-1\" to confirm");
            assertThat(console.lineWith("cordon ")).contains("done");
            assertThat(console.lineWith("look ")).contains("done");
            assertThat(console.text()).contains("[worker-1] activating");
            Files.writeString(Path.of("target/screen-run-gate.txt"), gate);

            typeAndRun(console, "worker-1");
            console.awaitText("Run succeeded");
            console.await(screen -> !console.footer().contains("x cancel"), "no cancel once the run ended");
            assertThat(console.lineWith("restart ")).contains("done");
            assertThat(console.text()).contains("gate restart: accepted (console)");
            Files.writeString(Path.of("target/screen-run-done.txt"), console.text());

            assertThat(shell.ran()).extracting(ran -> ran.command().commandLine())
                    .containsExactly("systemctl is-active kubelet", "systemctl restart kubelet");
            assertThat(console.gateway.calls).contains("cordon worker-1 by ops@jump-1");
            RunRecord record = new JournalStore(dir.resolve("runs")).list().get(0);
            assertThat(record.state()).isEqualTo("succeeded");
            assertThat(record.gateAnswers()).containsExactly("restart: accepted (console)");
        }
    }

    @Test
    void cancellingTheTypedGateEndsTheRunAndNothingAfterItRuns() throws Exception {
        try (VirtualConsole console = open(VirtualConsole.with())) {
            startOnWorker1(console);
            console.awaitText("Run step restart?");
            console.press(KeyType.Enter);
            console.awaitText("Run declined");
            assertThat(console.lineWith("restart ")).doesNotContain("done");
            assertThat(shell.ran()).extracting(ran -> ran.command().commandLine())
                    .containsExactly("systemctl is-active kubelet");
            assertThat(new JournalStore(dir.resolve("runs")).list().get(0).state()).isEqualTo("declined");
        }
    }

    @Test
    void xCancelsARunningStepAfterAConfirmationAndTheJournalKeepsItForAResume() throws Exception {
        try (VirtualConsole console = open(VirtualConsole.with())) {
            console.gateway.drainHeld = new java.util.concurrent.CountDownLatch(1);
            startDrainThenLook(console);
            console.await(screen -> console.lineWith("drain ").contains("running"), "the drain running");
            assertThat(console.text()).contains("x cancel");
            console.type("x");
            console.awaitText("Cancel drain-then-look@1.0.0 on worker-1?");
            console.press(KeyType.Enter);
            console.awaitNoText("Cancel drain-then-look@1.0.0 on worker-1?");
            assertThat(console.lineWith("drain ")).contains("running");
            console.type("x");
            console.awaitText("Cancel drain-then-look@1.0.0 on worker-1?");
            console.press(KeyType.Tab);
            console.press(KeyType.Enter);
            console.awaitText("Run cancelled");
            assertThat(console.text()).contains("can resume it");
            assertThat(shell.ran()).isEmpty();
            RunRecord record = new JournalStore(dir.resolve("runs")).list().get(0);
            assertThat(record.state()).isEqualTo("cancelled");
            assertThat(record.resumable()).isTrue();
        }
    }

    @Test
    void quittingWhileARunGoesAsksFirstAndLeavesAJournalThatCanResume() throws Exception {
        VirtualConsole console = open(VirtualConsole.with());
        try {
            console.gateway.drainHeld = new java.util.concurrent.CountDownLatch(1);
            startDrainThenLook(console);
            console.await(screen -> console.lineWith("drain ").contains("running"), "the drain running");
            console.type("q");
            console.awaitText("Quit while work is running?");
            assertThat(console.text()).contains("run drain-then-look@1.0.0 on worker-1",
                    "a run is cancelled where it stands, and its journal can resume it");
            console.press(KeyType.Tab);
            console.press(KeyType.Enter);
            console.await(screen -> console.console.quitRequested(), "the quit");
        } finally {
            console.close();
        }
        RunRecord record = new JournalStore(dir.resolve("runs")).list().get(0);
        assertThat(record.state()).isEqualTo("cancelled");
        assertThat(record.resumable()).isTrue();
    }

    @Test
    void aCancelledRunResumesFromTheJournalScreenWithItsEarlierOutput() throws Exception {
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        try (VirtualConsole console = open(VirtualConsole.with())) {
            console.gateway.drainHeld = held;
            startOnWorker1(console, "look-then", "Start look-then-drain 1.0.0", shown -> { });
            console.awaitText("Run step drain?");
            console.press(KeyType.Tab);
            console.press(KeyType.Enter);
            console.await(screen -> console.lineWith("drain ").contains("running"), "the drain running");
            console.type("x");
            console.awaitText("Cancel look-then-drain@1.0.0 on worker-1?");
            console.press(KeyType.Tab);
            console.press(KeyType.Enter);
            console.awaitText("Run cancelled");
        }
        held.countDown();
        try (VirtualConsole console = open(VirtualConsole.with())) {
            console.awaitText("worker-2");
            console.type("j");
            console.awaitText("look-then-drain");
            console.press(KeyType.Enter);
            console.awaitText("R resume");
            console.type("R");
            console.awaitText("(resumed)");
            console.awaitText("Run step drain?");
            assertThat(console.lineWith("drain ")).contains("gated").doesNotContain("interrupted");
            console.press(KeyType.Tab);
            console.press(KeyType.Enter);
            console.awaitText("Run succeeded");
            assertThat(console.text()).contains("[worker-1] activating", "resuming run ");
            assertThat(console.lineWith("look ")).contains("done");
            assertThat(console.lineWith("drain ")).contains("done");
            assertThat(shell.ran()).extracting(ran -> ran.command().commandLine())
                    .containsExactly("systemctl is-active kubelet");

            console.type("j");
            console.awaitText("Journal 1 run");
            console.await(screen -> console.lineWith("look-then-drain").contains("succeeded"),
                    "the journal read again, the run succeeded");
            console.press(KeyType.Escape);
            console.awaitText("Nodes 3");
        }
        assertThat(new JournalStore(dir.resolve("runs")).list().get(0).state()).isEqualTo("succeeded");
    }

    private void startDrainThenLook(VirtualConsole console) {
        startOnWorker1(console, "drain-then", "Start drain-then-look 1.0.0", shown -> { });
        console.awaitText("Run step drain?");
        console.press(KeyType.Tab);
        console.press(KeyType.Enter);
    }

    @Test
    void outputIsSearchableAndTheRunbookScreenRemembersRunsGoing() throws Exception {
        try (VirtualConsole console = open(VirtualConsole.with())) {
            startOnWorker1(console);
            console.awaitText("Run step restart?");
            typeAndRun(console, "worker-1");
            console.awaitText("Run succeeded");
            console.type("/");
            console.type("nomatch");
            console.awaitText("no output line matches 'nomatch'");
            console.press(KeyType.Escape);
            console.awaitText("[worker-1] activating");
            console.press(KeyType.Escape);
            awaitOneRunbook(console);
        }
    }

    @Test
    void readOnlyShowsTheCatalogueButStartsNothing() throws Exception {
        try (VirtualConsole console = open(VirtualConsole.with().readOnly())) {
            console.awaitText("worker-2");
            console.type("b");
            console.awaitText("kubelet-bounce");
            console.type("/kubelet-b");
            console.press(KeyType.Enter);
            assertThat(console.text()).contains("Read-only console").doesNotContain("Enter start");
            console.press(KeyType.Enter);
            assertThat(console.text()).doesNotContain("Start kubelet-bounce");
            assertThat(shell.ran()).isEmpty();
        }
    }
}
