package io.ironbook.engine;

import io.ironbook.runbook.Step;
import io.ironbook.runbook.StepAction;
import io.ironbook.runbook.Target;
import io.ironbook.runbook.WaitCondition;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** The nodes a step acts on, expanded with the run's params and the cluster's labels. */
final class StepNodes {

    private StepNodes() {
    }

    static List<String> of(Step step, RunContext run, BoundParams params) {
        Optional<Target> target = target(step);
        TargetExpander expander = new TargetExpander(run.deps().cluster());
        if (target.isPresent()) {
            return expander.expand(target.get(), name -> list(params, name));
        }
        if (step.action() instanceof StepAction.Wait wait) {
            LinkedHashSet<String> nodes = new LinkedHashSet<>();
            for (WaitCondition condition : wait.conditions()) {
                condition.target().ifPresent(t -> nodes.addAll(expander.expand(t, name -> list(params, name))));
            }
            return List.copyOf(nodes);
        }
        return List.of();
    }

    static Optional<Target> target(Step step) {
        if (step.action() instanceof StepAction.Kube kube) {
            return Optional.of(kube.node());
        }
        if (step.action() instanceof StepAction.Ssh ssh) {
            return Optional.of(ssh.on());
        }
        if (step.action() instanceof StepAction.Diagnose diagnose) {
            return Optional.of(diagnose.node());
        }
        return Optional.empty();
    }

    static List<String> list(BoundParams params, String name) {
        return params.isList(name) ? params.list(name) : params.value(name).map(List::of).orElse(List.of());
    }
}
