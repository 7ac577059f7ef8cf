package io.ironbook.engine;

import io.ironbook.cluster.NodeReadiness;
import io.ironbook.diagnose.FindingIds;
import io.ironbook.remote.SshTarget;
import io.ironbook.runbook.RunbookCatalogue;
import io.ironbook.runbook.RunbookLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The world of the engine's tests: two control planes and two workers on a fake cluster, a shell that answers
 * "ok" to everything and takes a node down on {@code shutdown -h now}, the shipped runbooks, and the deps of a
 * run journaled into {@code journals}.
 */
final class EngineFixture {
    final RunbookCatalogue catalogue = RunbookCatalogue.load(new RunbookLoader(FindingIds.all()), List.of());
    final FakeClusterGateway cluster = new FakeClusterGateway().node("cp-1", "control-plane")
            .node("cp-2", "control-plane").node("worker-1", "worker").node("worker-2", "worker");
    final ScriptedRemoteShell shell = new ScriptedRemoteShell();
    private final Path journals;

    EngineFixture(Path journals) {
        this.journals = journals;
        shell.on(".*", 0, "ok");
        shell.onDisconnect("shutdown -h now", node -> {
            shell.down.add(node);
            cluster.nodes.get(node).readiness = NodeReadiness.UNKNOWN;
        });
    }

    EngineDeps deps(NodeLocks locks) {
        return new EngineDeps(cluster, shell, node -> SshTarget.of(node, "127.0.0.1", 22, "ops"),
                (node, progress) -> List.of(), locks, catalogue, new Operator("ops", "jump-1"), journals,
                Clock.systemUTC(), Duration.ofMillis(5));
    }
}
