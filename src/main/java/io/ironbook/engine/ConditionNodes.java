package io.ironbook.engine;

import io.ironbook.runbook.WaitCondition;
import java.util.List;

/** The nodes a wait condition is about, expanded with the run's params. */
final class ConditionNodes {

    private ConditionNodes() {
    }

    static List<String> of(WaitCondition condition, StepText text, RunContext run) {
        return new TargetExpander(run.deps().cluster()).expand(condition.target().orElseThrow(),
                name -> StepNodes.list(text.params(), name));
    }
}
