package io.ironbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ironbook.cluster.ClusterException;
import io.ironbook.diagnose.FindingIds;
import io.ironbook.remote.SshTarget;
import io.ironbook.runbook.Runbook;
import io.ironbook.runbook.RunbookCatalogue;
import io.ironbook.runbook.RunbookLoader;
import io.ironbook.runbook.RunbookSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Node locks the API cannot give when a run starts (a cluster starting up) are taken before the first step on the node. */
class RunLocksTest {

    @TempDir
    Path journals;

    private final FakeClusterGateway cluster = new FakeClusterGateway().node("cp-1", "control-plane").node("worker-1", "worker");
    private final ScriptedRemoteShell shell = new ScriptedRemoteShell();
    private final List<RunEvent> events = new CopyOnWriteArrayList<>();

    /** In-memory locks whose API answers only once {@code up} is set. */
    private static final class LocksBehindAnApi implements NodeLocks {
        private final NodeLocks inner = NodeLocks.inMemory();
        volatile boolean up;
        final List<String> taken = new CopyOnWriteArrayList<>();

        @Override
        public Optional<Holder> tryAcquire(String node, Holder holder) {
            if (!up) {
                throw new ClusterException(ClusterException.Kind.UNREACHABLE, "cannot reach the API server at https://10.0.0.100:6443");
            }
            taken.add(node);
            return inner.tryAcquire(node, holder);
        }

        @Override
        public void renew(String node, Holder holder) {
            inner.renew(node, holder);
        }

        @Override
        public void release(String node, Holder holder) {
            inner.release(node, holder);
        }
    }

    private static final String STARTUP = """
            apiVersion: ironbook/v1
            kind: Runbook
            id: start-and-uncordon
            version: 1.0.0
            title: Power a node on, then uncordon it
            params:
              - {name: node, type: node, required: true}
            steps:
              - id: power
                title: Power it on
                kind: manual
                instructions: Power on {{node}}.
              - id: uncordon
                title: Uncordon it
                kind: kube
                action: uncordon
                node: "{{node}}"
            """;

    private RunResult run(LocksBehindAnApi locks, Runnable atTheManualStep) throws InterruptedException {
        RunbookCatalogue catalogue = RunbookCatalogue.load(new RunbookLoader(FindingIds.all()), List.of());
        Runbook runbook = new RunbookLoader(FindingIds.all()).load("s.yaml", STARTUP.getBytes(StandardCharsets.UTF_8),
                RunbookSource.Origin.FILE);
        EngineDeps deps = new EngineDeps(cluster, shell, node -> SshTarget.of(node, "127.0.0.1", 22, "ops"),
                (node, progress) -> List.of(), locks, catalogue, new Operator("ops", "jump-1"), journals,
                Clock.systemUTC(), Duration.ofMillis(5));
        Gate gate = request -> {
            atTheManualStep.run();
            return GateAnswer.confirmed("test");
        };
        return new RunbookRunner(deps).run(runbook, Map.of("node", "worker-1"), new RunOptions(gate, events::add, false));
    }

    @Test
    void aLockTheApiCannotGiveAtTheStartIsTakenBeforeTheStepOnTheNode() throws Exception {
        LocksBehindAnApi locks = new LocksBehindAnApi();
        cluster.nodes.get("worker-1").cordoned = true;

        RunResult result = run(locks, () -> locks.up = true);

        assertThat(result.status()).as(result.message()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(locks.taken).containsExactly("worker-1");
        assertThat(events).filteredOn(e -> e instanceof RunEvent.OutputLine)
                .anyMatch(e -> ((RunEvent.OutputLine) e).text().startsWith("cannot lock worker-1 yet (cannot reach the API server"));
    }

    @Test
    void aStepOnANodeThatStillCannotBeLockedIsRefusedAndDoesNothing() {
        LocksBehindAnApi locks = new LocksBehindAnApi();

        assertThatThrownBy(() -> run(locks, () -> { }))
                .isInstanceOf(RunRefusedException.class)
                .hasMessage("refusing step 'uncordon': cannot lock worker-1 (cannot reach the API server at https://10.0.0.100:6443)");
        assertThat(cluster.calls()).isEmpty();
    }
}
