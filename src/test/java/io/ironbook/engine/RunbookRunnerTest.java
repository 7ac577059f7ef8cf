package io.ironbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ironbook.cluster.NodeReadiness;
import io.ironbook.diagnose.FindingIds;
import io.ironbook.runbook.Runbook;
import io.ironbook.runbook.RunbookCatalogue;
import io.ironbook.runbook.RunbookLoader;
import io.ironbook.runbook.RunbookSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunbookRunnerTest {

    @TempDir
    Path journals;

    private EngineFixture world;
    private RunbookCatalogue catalogue;
    private FakeClusterGateway cluster;
    private ScriptedRemoteShell shell;
    private final List<RunEvent> events = new CopyOnWriteArrayList<>();
    private final List<GateRequest> asked = new CopyOnWriteArrayList<>();

    @BeforeEach
    void cluster() {
        world = new EngineFixture(journals);
        catalogue = world.catalogue;
        cluster = world.cluster;
        shell = world.shell;
    }

    private EngineDeps deps(NodeLocks locks) {
        return world.deps(locks);
    }

    /** Answers every gate: confirm with yes, typed with {@code typed}; a manual step powers the node back on. */
    private Gate operator(String typed) {
        return request -> {
            asked.add(request);
            if (request.manual()) {
                for (String node : List.of("worker-1")) {
                    FakeClusterGateway.FakeNode n = cluster.nodes.get(node);
                    n.bootId = "boot-" + node + "-2";
                    n.readiness = NodeReadiness.READY;
                    shell.down.remove(node);
                }
                return GateAnswer.confirmed("test");
            }
            return request.typed() ? GateAnswer.typed(typed, "test") : GateAnswer.confirmed("test");
        };
    }

    private RunOptions options(Gate gate, boolean yes) {
        return new RunOptions(gate, events::add, yes);
    }

    @Test
    void nodeMaintenanceRunsTheWholeLifecycle() throws Exception {
        Runbook runbook = catalogue.find("node-maintenance").orElseThrow();
        RunResult result = new RunbookRunner(deps(NodeLocks.inMemory()))
                .run(runbook, Map.of("node", "worker-1"), options(operator("worker-1"), false));

        assertThat(result.status()).as(result.message()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(cluster.calls()).containsExactly("drain worker-1", "cordon worker-1", "uncordon worker-1");
        assertThat(shell.commands()).contains("worker-1: sudo -n -- sh -c 'systemctl stop kubelet containerd && shutdown -h now'");
        FakeClusterGateway.FakeNode node = cluster.nodes.get("worker-1");
        assertThat(node.cordoned).isFalse();
        assertThat(node.bootId).isEqualTo("boot-worker-1-2");

        GateRequest halt = asked.stream().filter(r -> r.stepId().equals("halt")).findFirst().orElseThrow();
        assertThat(halt.typedText()).contains("worker-1");
        assertThat(halt.whatHappens()).anyMatch(l -> l.contains("$ systemctl stop kubelet containerd && shutdown -h now"));
        GateRequest drain = asked.stream().filter(r -> r.stepId().equals("drain")).findFirst().orElseThrow();
        assertThat(drain.whatHappens()).anyMatch(l -> l.contains("drain worker-1: evicts 1 pods: default/web-worker-1"));

        RunRecord record = new JournalStore(journals).find(result.runId());
        assertThat(record.stepStatuses()).containsEntry("drain", StepStatus.DONE).containsEntry("halt", StepStatus.DONE)
                .containsEntry("back", StepStatus.DONE).containsEntry("uncordon", StepStatus.DONE);
        assertThat(record.gateAnswers()).contains("drain: accepted (test)", "halt: accepted (test)", "maintenance: accepted (test)");
        assertThat(record.facts()).containsEntry("bootId/worker-1", "boot-worker-1-1");
        assertThat(record.state()).isEqualTo("succeeded");
    }

    @Test
    void aWrongTypedAnswerDeclinesAndNothingAfterTheGateRuns() throws Exception {
        Runbook runbook = catalogue.find("node-maintenance").orElseThrow();
        RunResult result = new RunbookRunner(deps(NodeLocks.inMemory()))
                .run(runbook, Map.of("node", "worker-1"), options(operator("worker-2"), true));

        assertThat(result.status()).isEqualTo(RunStatus.DECLINED);
        assertThat(shell.commands()).noneMatch(c -> c.contains("shutdown"));
        assertThat(cluster.nodes.get("worker-1").cordoned).isTrue();
        assertThat(cluster.calls()).doesNotContain("uncordon worker-1");
        RunRecord record = new JournalStore(journals).find(result.runId());
        assertThat(record.gateAnswers()).contains("drain: accepted (--yes)", "halt: declined (test: the typed text did not match)");
        assertThat(record.state()).isEqualTo("declined");
    }

    @Test
    void yesNeverAnswersATypedGate() throws Exception {
        Runbook runbook = catalogue.find("node-maintenance").orElseThrow();
        new RunbookRunner(deps(NodeLocks.inMemory())).run(runbook, Map.of("node", "worker-1"), options(operator("worker-1"), true));
        assertThat(asked).extracting(GateRequest::stepId).doesNotContain("drain").contains("halt", "maintenance");
    }

    @Test
    void aResumedRunDoesNotHaltTwice() throws Exception {
        Runbook runbook = catalogue.find("node-maintenance").orElseThrow();
        Gate giveUp = request -> {
            if (request.manual()) {
                throw new InterruptedException("terminal closed");
            }
            return request.typed() ? GateAnswer.typed("worker-1", "test") : GateAnswer.confirmed("test");
        };
        RunbookRunner runner = new RunbookRunner(deps(NodeLocks.inMemory()));
        RunResult first = runner.run(runbook, Map.of("node", "worker-1"), options(giveUp, false));
        assertThat(first.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(Thread.interrupted()).as("the runner keeps the interrupt for its caller").isTrue();
        assertThat(shell.commands()).filteredOn(c -> c.contains("shutdown")).hasSize(1);

        RunResult resumed = runner.resume(first.runId(), false, Map.of(), options(operator("worker-1"), false));
        assertThat(resumed.status()).as(resumed.message()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(resumed.runId()).isEqualTo(first.runId());
        assertThat(shell.commands()).filteredOn(c -> c.contains("shutdown")).hasSize(1);
        assertThat(cluster.nodes.get("worker-1").cordoned).isFalse();
    }

    @Test
    void aStepThatFailsBecauseTheOperatorCancelledEndsTheRunCancelledAndResumable() throws Exception {
        cluster.interruptDrains = true;
        Runbook runbook = catalogue.find("node-maintenance").orElseThrow();
        RunResult result = new RunbookRunner(deps(NodeLocks.inMemory()))
                .run(runbook, Map.of("node", "worker-1"), options(operator("worker-1"), false));
        assertThat(Thread.interrupted()).as("the runner keeps the interrupt for its caller").isTrue();
        assertThat(result.status()).isEqualTo(RunStatus.CANCELLED);
        RunRecord record = new JournalStore(journals).find(result.runId());
        assertThat(record.state()).isEqualTo("cancelled");
        assertThat(record.resumable()).isTrue();
        assertThat(shell.commands()).noneMatch(c -> c.contains("shutdown"));
    }

    @Test
    void aSecondRunOnTheSameNodeIsRefusedNamingTheFirst() throws Exception {
        NodeLocks locks = NodeLocks.inMemory();
        locks.tryAcquire("worker-1", new NodeLocks.Holder("run-a", "alice@jump-2", java.time.Instant.parse("2026-11-26T03:00:00Z")));
        Runbook runbook = catalogue.find("node-maintenance").orElseThrow();
        RunResult result = new RunbookRunner(deps(locks)).run(runbook, Map.of("node", "worker-1"), options(operator("worker-1"), false));
        assertThat(result.status()).isEqualTo(RunStatus.REFUSED);
        assertThat(result.message()).isEqualTo("node worker-1 is locked by run run-a of alice@jump-2 since 2026-11-26T03:00:00Z");
        assertThat(cluster.calls()).isEmpty();
    }

    @Test
    void theLastReadyControlPlaneIsNeverTakenDown() {
        cluster.nodes.get("cp-2").readiness = NodeReadiness.NOT_READY;
        Runbook runbook = catalogue.find("node-maintenance").orElseThrow();
        RunbookRunner runner = new RunbookRunner(deps(NodeLocks.inMemory()));
        assertThatThrownBy(() -> runner.run(runbook, Map.of("node", "cp-1"), options(operator("cp-1"), false)))
                .isInstanceOf(RunRefusedException.class)
                .hasMessageContaining("other control-plane nodes are not Ready: cp-2");
        assertThat(cluster.calls()).isEmpty();
    }

    @Test
    void parameterValuesReachTheShellQuoted() throws Exception {
        String text = """
                apiVersion: ironbook/v1
                kind: Runbook
                id: echo-note
                version: 1.0.0
                title: Echo a note on a node
                params:
                  - {name: node, type: node, required: true}
                  - {name: note, type: string, required: true}
                steps:
                  - id: echo
                    title: Echo
                    kind: ssh
                    on: "{{node}}"
                    run: echo {{note}} > /tmp/note
                """;
        Runbook runbook = new RunbookLoader(FindingIds.all()).load("echo.yaml", text.getBytes(StandardCharsets.UTF_8),
                RunbookSource.Origin.FILE);
        RunResult result = new RunbookRunner(deps(NodeLocks.inMemory()))
                .run(runbook, Map.of("node", "worker-2", "note", "x; rm -rf /"), options(operator(""), false));
        assertThat(result.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(shell.commands()).containsExactly("worker-2: echo 'x; rm -rf /' > /tmp/note");
    }

    @Test
    void aFailingCheckIsRetriedAndItsHintReported() throws Exception {
        shell.on("ctr --address", 1, "ctr: connection refused");
        String text = """
                apiVersion: ironbook/v1
                kind: Runbook
                id: socket-check
                version: 1.0.0
                title: Check the CRI socket
                params:
                  - {name: node, type: node, required: true}
                steps:
                  - id: socket
                    title: Prove the socket answers
                    kind: ssh
                    on: "{{node}}"
                    run: ctr --address /run/containerd/containerd.sock version
                    expect: {hint: read journalctl -u containerd}
                    onFailure: retry
                    retries: 2
                    retryDelay: 10ms
                  - id: after
                    title: Never reached
                    kind: ssh
                    on: "{{node}}"
                    run: uptime
                """;
        Runbook runbook = new RunbookLoader(FindingIds.all()).load("s.yaml", text.getBytes(StandardCharsets.UTF_8),
                RunbookSource.Origin.FILE);
        RunResult result = new RunbookRunner(deps(NodeLocks.inMemory()))
                .run(runbook, Map.of("node", "worker-2"), options(operator("worker-2"), true));
        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.message()).isEqualTo("step 'socket' failed: worker-2: exit 1 (expected 0) — read journalctl -u containerd");
        assertThat(shell.commands()).filteredOn(c -> c.contains("ctr --address")).hasSize(3);
        assertThat(shell.commands()).noneMatch(c -> c.contains("uptime"));
    }

    @Test
    void stepsWhoseConditionDoesNotHoldAreSkipped() throws Exception {
        Runbook runbook = catalogue.find("cni-install").orElseThrow();
        RunResult result = new RunbookRunner(deps(NodeLocks.inMemory()))
                .run(runbook, Map.of("controlPlane", "cp-1", "cni", "calico"), options(operator(""), true));
        assertThat(result.status()).as(result.message()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(shell.commands()).anyMatch(c -> c.contains("calico.yaml")).noneMatch(c -> c.contains("flannel.yml"));
        RunRecord record = new JournalStore(journals).find(result.runId());
        assertThat(record.stepStatuses()).containsEntry("flannel", StepStatus.SKIPPED).containsEntry("calico", StepStatus.DONE);
    }

    @Test
    void aDryRunChangesNothing() {
        Runbook runbook = catalogue.find("node-maintenance").orElseThrow();
        List<String> plan = new RunPlanner(deps(NodeLocks.inMemory())).plan(runbook, Map.of("node", "worker-1"));
        assertThat(String.join("\n", plan))
                .contains("dry run of node-maintenance@2.1.0")
                .contains("2. halt · Stop kubelet and containerd, then halt worker-1  [DESTRUCTIVE · gate: type \"worker-1\"]")
                .contains("$ systemctl stop kubelet containerd && shutdown -h now")
                .contains("drain worker-1: evicts 1 pods")
                .contains("waits until worker-1 is Ready");
        assertThat(cluster.calls()).isEmpty();
        assertThat(shell.commands()).isEmpty();
        assertThat(journals.toFile().list()).isEmpty();
    }

    @Test
    void capturedSecretsNeverReachTheJournal() throws Exception {
        shell.on("kubeadm token create", 0, "abcdef.0123456789abcdef");
        shell.on("config view", 0, "10.0.0.100:6443");
        shell.on("openssl x509", 0, "5c1e2d6f0d54c8e6b6b3b0b0e1e0d7c1f6a0c4e3b1d2a9f8e7d6c5b4a3928170");
        Runbook runbook = catalogue.find("kubeadm-join-worker").orElseThrow();
        RunResult result = new RunbookRunner(deps(NodeLocks.inMemory()))
                .run(runbook, Map.of("node", "worker-2", "controlPlane", "cp-1"), options(operator(""), true));
        assertThat(result.status()).as(result.message()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(shell.commands()).contains("worker-2: sudo -n -- sh -c 'kubeadm join 10.0.0.100:6443 --token "
                + "abcdef.0123456789abcdef --discovery-token-ca-cert-hash sha256:5c1e2d6f0d54c8e6b6b3b0b0e1e0d7c1f6a0c4e3b1d2a9f8e7d6c5b4a3928170'");
        String journal = java.nio.file.Files.readString(result.journal()) + java.nio.file.Files.readString(
                journals.resolve(result.runId() + ".out"));
        assertThat(journal).doesNotContain("abcdef.0123456789abcdef").doesNotContain("5c1e2d6f0d54c8e6");
        assertThat(events).filteredOn(e -> e instanceof RunEvent.OutputLine)
                .noneMatch(e -> ((RunEvent.OutputLine) e).text().contains("0123456789abcdef"));
    }
}
