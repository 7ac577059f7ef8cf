package io.ironbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ironbook.cluster.ClusterException;
import io.ironbook.cluster.KuredLock;
import io.ironbook.cluster.NodeReadiness;
import io.ironbook.runbook.Runbook;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that changes nodes is refused while kured holds its reboot lock; read-only runs and expired locks go on. */
class KuredInterlockTest {

    @TempDir
    Path journals;

    private EngineFixture world;
    private FakeClusterGateway cluster;
    private ScriptedRemoteShell shell;
    private final List<RunEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void cluster() {
        world = new EngineFixture(journals);
        cluster = world.cluster;
        shell = world.shell;
    }

    private RunbookRunner runner() {
        return new RunbookRunner(world.deps(NodeLocks.inMemory()));
    }

    private static Optional<KuredLock> heldBy(String node, Instant created, Duration ttl) {
        return Optional.of(new KuredLock("kube-system/kured", KuredLock.ANNOTATION,
                List.of(new KuredLock.Holder(node, Optional.of(created), ttl))));
    }

    /** Answers every gate (typed ones with {@code typed}); runs {@code onGate} first. */
    private RunOptions options(String typed, Runnable onGate) {
        Gate gate = request -> {
            onGate.run();
            return request.typed() ? GateAnswer.typed(typed, "test") : GateAnswer.confirmed("test");
        };
        return new RunOptions(gate, events::add, false);
    }

    private static final Instant TAKEN = Instant.parse("2026-11-26T03:00:00Z");

    @Test
    void aRunOnAnotherNodeIsRefusedNamingKuredsHolderAndNothingChanges() {
        cluster.kured = heldBy("worker-2", TAKEN, Duration.ZERO);
        Runbook runbook = world.catalogue.find("node-maintenance").orElseThrow();

        assertThatThrownBy(() -> runner().run(runbook, Map.of("node", "worker-1"), options("worker-1", () -> { })))
                .isInstanceOf(RunRefusedException.class)
                .hasMessage("refusing run node-maintenance: kured holds its reboot lock for worker-2 since 2026-11-26T03:00:00Z"
                        + " (annotation weave.works/kured-node-lock on the DaemonSet kube-system/kured): kured is draining or"
                        + " rebooting it, and lets one node out of service at a time; wait until kured releases it")
                .extracting(e -> ((RunRefusedException) e).reason()).isEqualTo(RunRefusedException.Reason.NOT_NOW);
        assertThat(cluster.calls()).isEmpty();
        assertThat(shell.commands()).isEmpty();
        RunRecord record = new JournalStore(journals).list().get(0);
        assertThat(record.state()).isEqualTo("refused");
    }

    @Test
    void aRunOnKuredsOwnNodeSaysKuredIsWorkingOnIt() {
        cluster.kured = heldBy("worker-1", TAKEN, Duration.ZERO);
        Runbook runbook = world.catalogue.find("os-prep").orElseThrow();

        assertThatThrownBy(() -> runner().run(runbook, Map.of("node", "worker-1"), options("", () -> { })))
                .isInstanceOf(RunRefusedException.class)
                .hasMessageContaining("kured holds its reboot lock for worker-1")
                .hasMessageContaining("a node this run changes: kured is draining or rebooting it");
        assertThat(shell.commands()).isEmpty();
    }

    @Test
    void aReadOnlyRunGoesOnWhileKuredHoldsTheLock() throws Exception {
        cluster.kured = heldBy("worker-2", TAKEN, Duration.ZERO);
        assertThat(KuredInterlock.changesNodes(world.catalogue.find("troubleshoot-notready").orElseThrow(), world.catalogue, java.util.Set.of()))
                .isFalse();
        assertThat(KuredInterlock.changesNodes(world.catalogue.find("os-prep").orElseThrow(), world.catalogue, java.util.Set.of())).isTrue();
        assertThat(KuredInterlock.changesNodes(world.catalogue.find("return-to-service").orElseThrow(), world.catalogue, java.util.Set.of()))
                .isTrue();
    }

    @Test
    void anExpiredLockIsNotedAndTheRunGoesOn() throws Exception {
        cluster.kured = heldBy("worker-2", Instant.now().minus(Duration.ofHours(2)), Duration.ofMinutes(30));
        Runbook runbook = world.catalogue.find("os-prep").orElseThrow();

        RunResult result = runner().run(runbook, Map.of("node", "worker-1"), options("", () -> { }));

        assertThat(result.status()).as(result.message()).isNotEqualTo(RunStatus.REFUSED);
        assertThat(shell.commands()).anyMatch(c -> c.contains("swapoff -a"));
        assertThat(events).filteredOn(e -> e instanceof RunEvent.OutputLine)
                .anyMatch(e -> ((RunEvent.OutputLine) e).text().startsWith("note: kured's lock for worker-2 expired"));
    }

    @Test
    void aLockKuredTakesDuringTheRunStopsItBeforeTheHalt() {
        Runbook runbook = world.catalogue.find("node-maintenance").orElseThrow();
        Runnable kuredTakesTheLock = () -> cluster.kured = heldBy("worker-2", Instant.now(), Duration.ZERO);

        assertThatThrownBy(() -> runner().run(runbook, Map.of("node", "worker-1"), options("worker-1", kuredTakesTheLock)))
                .isInstanceOf(RunRefusedException.class)
                .hasMessageStartingWith("refusing step 'halt': kured holds its reboot lock for worker-2");
        assertThat(cluster.calls()).contains("drain worker-1");
        assertThat(shell.commands()).noneMatch(c -> c.contains("shutdown"));
        RunRecord refused = new JournalStore(journals).list().get(0);
        assertThat(refused.state()).isEqualTo("refused");
        assertThat(refused.resumable()).isTrue();
    }

    @Test
    void aRunRefusedForKuredResumesOnceKuredIsDone() throws Exception {
        Runbook runbook = world.catalogue.find("node-maintenance").orElseThrow();
        assertThatThrownBy(() -> runner().run(runbook, Map.of("node", "worker-1"),
                options("worker-1", () -> cluster.kured = heldBy("worker-2", Instant.now(), Duration.ZERO))))
                .isInstanceOf(RunRefusedException.class);
        String runId = new JournalStore(journals).list().get(0).header().runId();
        assertThatThrownBy(() -> runner().resume(runId, false, Map.of(), options("worker-1", () -> { })))
                .hasMessageStartingWith("refusing run node-maintenance: kured holds its reboot lock for worker-2");

        cluster.kured = Optional.empty();
        Gate operator = request -> {
            if (request.manual()) {
                FakeClusterGateway.FakeNode node = cluster.nodes.get("worker-1");
                node.bootId = "boot-worker-1-2";
                node.readiness = NodeReadiness.READY;
                shell.down.remove("worker-1");
            }
            return request.typed() ? GateAnswer.typed("worker-1", "test") : GateAnswer.confirmed("test");
        };
        RunResult resumed = runner().resume(runId, false, Map.of(), new RunOptions(operator, events::add, false));

        assertThat(resumed.status()).as(resumed.message()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(shell.commands()).filteredOn(c -> c.contains("shutdown -h now")).hasSize(1);
        assertThat(cluster.nodes.get("worker-1").cordoned).isFalse();
    }

    @Test
    void aLockThatCannotBeReadIsAWarningNotARefusal() throws Exception {
        cluster.kuredError = new ClusterException(ClusterException.Kind.FORBIDDEN, "forbidden: get daemonsets in kube-system");
        Runbook runbook = world.catalogue.find("os-prep").orElseThrow();

        RunResult result = runner().run(runbook, Map.of("node", "worker-1"), options("", () -> { }));

        assertThat(result.status()).as(result.message()).isNotEqualTo(RunStatus.REFUSED);
        assertThat(shell.commands()).anyMatch(c -> c.contains("swapoff -a"));
        assertThat(events).filteredOn(e -> e instanceof RunEvent.OutputLine)
                .anyMatch(e -> ((RunEvent.OutputLine) e).text().equals(
                        "warning: cannot read kured's reboot lock (forbidden: get daemonsets in kube-system); going on without it"));
    }

    @Test
    void aDryRunSaysARealRunWouldBeRefused() {
        cluster.kured = heldBy("worker-2", TAKEN, Duration.ZERO);
        Runbook runbook = world.catalogue.find("node-maintenance").orElseThrow();
        List<String> plan = new RunPlanner(world.deps(NodeLocks.inMemory())).plan(runbook, Map.of("node", "worker-1"));
        assertThat(plan).anyMatch(l -> l.startsWith("now: a real run would be refused: refusing run node-maintenance: kured holds"));
    }
}
