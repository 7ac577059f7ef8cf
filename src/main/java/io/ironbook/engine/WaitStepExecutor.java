package io.ironbook.engine;

import io.ironbook.cluster.ClusterException;
import io.ironbook.cluster.NodeReadiness;
import io.ironbook.remote.RemoteException;
import io.ironbook.remote.SshTarget;
import io.ironbook.runbook.Step;
import io.ironbook.runbook.StepAction;
import io.ironbook.runbook.WaitCondition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Waits until every condition of a wait step holds on every node, or the step's timeout passes; it
 * reports what it waits for and for how long, and names what it saw last when it gives up.
 */
final class WaitStepExecutor implements StepExecutor {

    @Override
    public StepOutcome execute(Step step, List<String> nodes, StepText text, RunContext run) throws InterruptedException {
        StepAction.Wait wait = (StepAction.Wait) step.action();
        Duration timeout = step.timeout().orElse(KubeStepExecutor.DEFAULT_WAIT);
        Instant deadline = run.now().plus(timeout);
        List<String> met = new ArrayList<>();
        for (WaitCondition condition : wait.conditions()) {
            List<String> targets = condition.target().isEmpty() ? List.of("") : ConditionNodes.of(condition, text, run);
            for (String node : targets) {
                Optional<String> failure = await(step, condition.kind(), node, deadline, run);
                if (failure.isPresent()) {
                    return StepOutcome.failed(failure.get());
                }
                met.add(node.isEmpty() ? condition.kind().meaning() : node + " " + condition.kind().meaning());
            }
        }
        return StepOutcome.ok(String.join("; ", met));
    }

    private Optional<String> await(Step step, WaitCondition.Kind kind, String node, Instant deadline, RunContext run)
            throws InterruptedException {
        Duration left = Duration.between(run.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            return Optional.of("timed out before " + node + " " + kind.meaning());
        }
        try {
            switch (kind) {
                case NODE_READY -> readiness(step, node, NodeReadiness.READY, left, run);
                case NODE_NOT_READY -> readiness(step, node, NodeReadiness.NOT_READY, left, run);
                case NODE_UNKNOWN -> readiness(step, node, NodeReadiness.UNKNOWN, left, run);
                case BOOT_ID_CHANGED -> {
                    Optional<String> before = run.fact(RunFacts.bootId(node));
                    if (before.isEmpty()) {
                        return Optional.of("no boot id of " + node + " was recorded at the start of the run");
                    }
                    run.deps().cluster().waitForBootIdChange(node, before.get(), left,
                            (seen, elapsed, note) -> run.waiting(step.id(), node + " back with a new boot id: " + note, elapsed));
                }
                case SSH_REACHABLE -> {
                    SshTarget target = run.deps().targets().apply(node);
                    run.waiting(step.id(), node + " to answer over SSH", Duration.ZERO);
                    run.deps().shell().awaitReachable(target, left);
                }
                case SSH_UNREACHABLE -> {
                    return unreachable(step, node, deadline, run);
                }
                case API_REACHABLE -> {
                    return api(step, deadline, run);
                }
                default -> throw new IllegalStateException(kind.name());
            }
        } catch (ClusterException e) {
            return Optional.of(e.getMessage());
        } catch (RemoteException e) {
            return Optional.of(node + " did not answer over SSH in time: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static void readiness(Step step, String node, NodeReadiness target, Duration left, RunContext run) {
        run.deps().cluster().waitForReadiness(node, target, left,
                (seen, elapsed, note) -> run.waiting(step.id(), node + " " + target.display() + ": " + note, elapsed));
    }

    private static Optional<String> unreachable(Step step, String node, Instant deadline, RunContext run)
            throws InterruptedException {
        SshTarget target = run.deps().targets().apply(node);
        Instant start = run.now();
        while (run.now().isBefore(deadline)) {
            run.deps().shell().disconnect(target);
            try {
                run.deps().shell().connect(target);
            } catch (RemoteException e) {
                if (e.failure() == RemoteException.Failure.UNREACHABLE || e.failure() == RemoteException.Failure.DISCONNECTED) {
                    run.deps().shell().disconnect(target);
                    return Optional.empty();
                }
                return Optional.of(e.getMessage());
            }
            run.waiting(step.id(), node + " to stop answering over SSH", Duration.between(start, run.now()));
            Thread.sleep(run.deps().pollInterval().toMillis());
        }
        return Optional.of(node + " still answers over SSH");
    }

    private static Optional<String> api(Step step, Instant deadline, RunContext run) throws InterruptedException {
        Instant start = run.now();
        String last = "";
        while (run.now().isBefore(deadline)) {
            try {
                if (run.deps().cluster().controlPlane().apiReady()) {
                    return Optional.empty();
                }
                last = "the API server is not ready";
            } catch (ClusterException e) {
                last = e.getMessage();
            }
            run.waiting(step.id(), "the Kubernetes API (" + last + ")", Duration.between(start, run.now()));
            Thread.sleep(run.deps().pollInterval().toMillis());
        }
        return Optional.of("the Kubernetes API did not answer in time: " + last);
    }
}
