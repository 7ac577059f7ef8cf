package io.ironbook.engine;

import io.ironbook.cluster.ClusterException;
import io.ironbook.cluster.NodeReadiness;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.runbook.Runbook;
import io.ironbook.runbook.Step;
import io.ironbook.runbook.StepAction;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a stopped run goes on: every step the journal shows done or skipped is complete, except those
 * whose captured output is needed again (captures are secrets and not journaled); a halt or reboot
 * that was under way is complete when the world shows it happened (the node went down, or came back
 * with a new boot id). Everything else runs again.
 */
final class ResumePoint {
    private final RunRecord record;
    private final Runbook runbook;
    private final RunContext run;

    ResumePoint(RunRecord record, Runbook runbook, RunContext run) {
        this.record = record;
        this.runbook = runbook;
        this.run = run;
    }

    Set<String> completedSteps() {
        Map<String, StepStatus> statuses = record.stepStatuses();
        Set<String> done = new HashSet<>();
        for (Step step : runbook.steps()) {
            StepStatus status = statuses.getOrDefault(step.id(), StepStatus.PENDING);
            boolean captures = step.action() instanceof StepAction.Ssh ssh && ssh.capture().isPresent();
            if (status.complete() && !captures) {
                done.add(step.id());
            } else if (status.complete()) {
                run.output(step.id(), "", "stdout", "resume: step '" + step.id() + "' runs again to capture its output");
            } else if ((status == StepStatus.RUNNING || status == StepStatus.FAILED) && haltHappened(step)) {
                done.add(step.id());
                run.emit(new RunEvent.StepFinished(run.now(), step.id(), StepStatus.DONE,
                        "resume: the node already went down, so it is not halted twice", Duration.ZERO));
            }
        }
        for (String node : nodesOf(runbook)) {
            try {
                run.deps().cluster().node(node).ifPresent(summary -> run.output("", node, "stdout", "resume: " + node + " is "
                        + summary.statusText() + summary.cordonMark().map(m -> m.runId().equals(run.runId())
                        ? ", cordoned by this run" : ", cordoned by " + m.by()).orElse(summary.cordoned() ? ", cordoned by hand" : "")));
            } catch (ClusterException e) {
                run.output("", node, "stderr", "resume: cannot read " + node + ": " + e.getMessage());
            }
        }
        return done;
    }

    private boolean haltHappened(Step step) {
        if (!(step.action() instanceof StepAction.Ssh ssh) || !ssh.expectDisconnect()) {
            return false;
        }
        List<String> nodes = StepNodes.of(step, run, run.params());
        if (nodes.isEmpty()) {
            return false;
        }
        for (String node : nodes) {
            Optional<NodeSummary> now;
            try {
                now = run.deps().cluster().node(node);
            } catch (ClusterException e) {
                return false;
            }
            Optional<String> before = run.fact(RunFacts.bootId(node));
            boolean rebooted = now.isPresent() && before.isPresent() && !now.get().bootId().isEmpty()
                    && !now.get().bootId().equals(before.get());
            boolean down = now.isPresent() && now.get().readiness() != NodeReadiness.READY;
            if (!rebooted && !down && !unreachable(node)) {
                return false;
            }
        }
        return true;
    }

    private boolean unreachable(String node) {
        try {
            run.deps().shell().connect(run.deps().targets().apply(node));
            return false;
        } catch (io.ironbook.remote.RemoteException e) {
            return e.failure() == io.ironbook.remote.RemoteException.Failure.UNREACHABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Set<String> nodesOf(Runbook runbook) {
        Set<String> nodes = new java.util.LinkedHashSet<>();
        for (Step step : runbook.steps()) {
            if (step.action() instanceof StepAction.Kube) {
                try {
                    nodes.addAll(StepNodes.of(step, run, run.params()));
                } catch (ClusterException e) {
                    return nodes;
                }
            }
        }
        return nodes;
    }
}
