package io.ironbook.engine;

import io.ironbook.cluster.ClusterEvent;
import io.ironbook.cluster.ClusterException;
import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.CordonRequest;
import io.ironbook.cluster.CordonResult;
import io.ironbook.cluster.DrainOptions;
import io.ironbook.cluster.DrainResult;
import io.ironbook.cluster.NodeReadiness;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.cluster.UncordonScope;
import io.ironbook.runbook.Step;
import io.ironbook.runbook.StepAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs a kube step through the cluster gateway: cordon, uncordon, drain, waits, describe. */
final class KubeStepExecutor implements StepExecutor {

    static final Duration DEFAULT_WAIT = Duration.ofMinutes(10);

    @Override
    public StepOutcome execute(Step step, List<String> nodes, StepText text, RunContext run) throws InterruptedException {
        StepAction.Kube kube = (StepAction.Kube) step.action();
        ClusterGateway cluster = run.deps().cluster();
        List<String> done = new ArrayList<>();
        try {
            for (String node : nodes) {
                if (run.cancelled()) {
                    return StepOutcome.failed("cancelled");
                }
                StepOutcome outcome = switch (kube.action()) {
                    case CORDON -> cordon(step, kube, node, text, run);
                    case UNCORDON -> uncordon(step, kube, node, run);
                    case DRAIN -> drain(step, kube, node, text, run);
                    case WAIT_READY -> waitFor(step, node, NodeReadiness.READY, run);
                    case WAIT_NOT_READY -> waitFor(step, node, NodeReadiness.NOT_READY, run);
                    case DESCRIBE -> describe(step, node, cluster, run);
                };
                if (!outcome.ok()) {
                    return StepOutcome.failed(node + ": " + outcome.summary());
                }
                done.add(outcome.summary());
            }
        } catch (ClusterException e) {
            return StepOutcome.failed(e.getMessage());
        }
        return StepOutcome.ok(String.join("; ", done));
    }

    private static StepOutcome cordon(Step step, StepAction.Kube kube, String node, StepText text, RunContext run) {
        String reason = kube.with().containsKey("reason") ? text.plain(kube.with().get("reason"), Optional.of(node))
                : run.runbook().id() + " step " + step.id();
        CordonResult result = run.deps().cluster().cordon(node, new CordonRequest(run.deps().operator().toString(), run.runId(), reason));
        run.output(step.id(), node, "stdout", result.message());
        return StepOutcome.ok(result.message());
    }

    private static StepOutcome uncordon(Step step, StepAction.Kube kube, String node, RunContext run) {
        ClusterGateway cluster = run.deps().cluster();
        if (kube.onlyIfCordonedByIronbook()) {
            Optional<NodeSummary> summary = cluster.node(node);
            if (summary.isPresent() && summary.get().cordoned() && summary.get().cordonMark().isEmpty()) {
                String message = "node/" + node + " left cordoned: an operator cordoned it, not ironbook";
                run.output(step.id(), node, "stdout", message);
                return StepOutcome.ok(message);
            }
        }
        UncordonScope scope = kube.onlyIfCordonedByThisRun() ? UncordonScope.onlyRun(run.runId()) : UncordonScope.any();
        CordonResult result = cluster.uncordon(node, scope);
        run.output(step.id(), node, "stdout", result.message());
        if (result.outcome() == CordonResult.Outcome.UNCORDONED) {
            run.output(step.id(), node, "stdout", "pods do not move back by themselves: only new pods land on " + node);
        }
        return StepOutcome.ok(result.message());
    }

    private static StepOutcome drain(Step step, StepAction.Kube kube, String node, StepText text, RunContext run) {
        DrainOptions options = DrainSettings.options(kube.with(), text, node, run, step);
        DrainResult result = run.deps().cluster().drain(node, options, new DrainProgress(step.id(), node, run));
        if (result.drained()) {
            return StepOutcome.ok("node/" + node + " drained (" + result.deleted().size() + " pods evicted)");
        }
        List<String> why = new ArrayList<>(result.errors());
        if (!result.pending().isEmpty()) {
            why.add("still on the node: " + result.pending().stream().map(Object::toString).toList());
        }
        return StepOutcome.failed("drain " + result.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (why.isEmpty() ? "" : ": " + String.join("; ", why)));
    }

    private static StepOutcome waitFor(Step step, String node, NodeReadiness target, RunContext run) {
        Duration timeout = step.timeout().orElse(DEFAULT_WAIT);
        NodeSummary summary = run.deps().cluster().waitForReadiness(node, target, timeout,
                (seen, elapsed, note) -> run.waiting(step.id(), node + " " + target.display() + ": " + note, elapsed));
        return StepOutcome.ok("node/" + node + " is " + summary.readiness().display());
    }

    private static StepOutcome describe(Step step, String node, ClusterGateway cluster, RunContext run) {
        Optional<NodeSummary> found = cluster.node(node);
        if (found.isEmpty()) {
            run.output(step.id(), node, "stdout", "the API has no node " + node);
            return StepOutcome.failed("the API has no node " + node);
        }
        NodeSummary summary = found.get();
        for (String line : NodeDescription.lines(summary)) {
            run.output(step.id(), node, "stdout", line);
        }
        List<ClusterEvent> events = cluster.nodeEvents(node);
        for (ClusterEvent event : events.subList(Math.max(0, events.size() - 10), events.size())) {
            run.output(step.id(), node, "stdout", "event: " + event.type() + " " + event.reason() + " " + event.message());
        }
        return StepOutcome.ok("node/" + node + " " + summary.statusText()
                + (summary.reasonText().isEmpty() ? "" : " (" + summary.reasonText() + ")"));
    }
}
