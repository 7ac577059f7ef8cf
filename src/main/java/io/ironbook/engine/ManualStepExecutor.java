package io.ironbook.engine;

import io.ironbook.runbook.Step;
import io.ironbook.runbook.StepAction;
import java.util.List;
import java.util.Optional;

/** Shows a manual step's instructions and waits until the operator says the work is done. */
final class ManualStepExecutor implements StepExecutor {

    @Override
    public StepOutcome execute(Step step, List<String> nodes, StepText text, RunContext run) throws InterruptedException {
        StepAction.Manual manual = (StepAction.Manual) step.action();
        List<String> lines = manual.instructions().map(i -> text.plain(i, Optional.empty()).strip().lines().toList())
                .orElse(List.of());
        GateRequest request = GateRequest.manual(step.id(), text.plain(step.title(), Optional.empty()), lines);
        run.emit(new RunEvent.GateAsked(run.now(), step.id(), request));
        GateAnswer answer = run.options().gate().ask(request);
        run.emit(new RunEvent.GateAnswered(run.now(), step.id(), answer.accepted(), answer.how()));
        if (!answer.accepted()) {
            throw new GateDeclinedException(step.id(), "the operator did not confirm the manual step '" + step.id() + "' as done");
        }
        return StepOutcome.ok("done by hand (" + answer.how() + ")");
    }
}
