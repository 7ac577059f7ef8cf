package io.ironbook.engine;

import io.ironbook.cluster.ClusterGateway;
import io.ironbook.remote.RemoteShell;
import io.ironbook.remote.SshTarget;
import io.ironbook.runbook.RunbookCatalogue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * The adapters and settings a run needs, built by the composition root.
 *
 * @param cluster      the Kubernetes API
 * @param shell        SSH to the nodes
 * @param targets      how a node name becomes an SSH target
 * @param diagnoser    live diagnosis of a node, for {@code diagnose} steps
 * @param locks        per-node locks
 * @param catalogue    the runbooks, for nested runbooks and hand-overs
 * @param operator     who runs it
 * @param journalDir   where run journals go
 * @param clock        the time
 * @param pollInterval how often waits look again
 */
public record EngineDeps(ClusterGateway cluster, RemoteShell shell, Function<String, SshTarget> targets,
                         NodeDiagnoser diagnoser, NodeLocks locks, RunbookCatalogue catalogue, Operator operator,
                         Path journalDir, Clock clock, Duration pollInterval) {

    public EngineDeps {
        Objects.requireNonNull(cluster);
        Objects.requireNonNull(shell);
        Objects.requireNonNull(targets);
        Objects.requireNonNull(diagnoser);
        Objects.requireNonNull(locks);
        Objects.requireNonNull(catalogue);
        Objects.requireNonNull(operator);
        Objects.requireNonNull(journalDir);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(pollInterval);
    }
}
