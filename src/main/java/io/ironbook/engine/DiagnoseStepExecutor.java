package io.ironbook.engine;

import io.ironbook.runbook.Step;
import io.ironbook.runbook.StepAction;
import java.util.ArrayList;
import java.util.List;

/** Diagnoses each node of a diagnose step; fails when a finding the step expects absent is there. */
final class DiagnoseStepExecutor implements StepExecutor {

    @Override
    public StepOutcome execute(Step step, List<String> nodes, StepText text, RunContext run) throws InterruptedException {
        StepAction.Diagnose diagnose = (StepAction.Diagnose) step.action();
        List<String> present = new ArrayList<>();
        for (String node : nodes) {
            List<NodeDiagnoser.Finding> findings;
            try {
                findings = run.deps().diagnoser().diagnose(node, line -> run.output(step.id(), node, "stdout", line));
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                return StepOutcome.failed(node + ": diagnosis failed: " + e.getMessage());
            }
            if (findings.isEmpty()) {
                run.output(step.id(), node, "stdout", "no findings: the node looks healthy");
            }
            for (NodeDiagnoser.Finding finding : findings) {
                run.output(step.id(), node, "stdout", "finding " + finding.id() + ": " + finding.summary());
                if (diagnose.expectAbsent().contains(finding.id())) {
                    present.add(node + ": " + finding.id() + " (" + finding.summary() + ")");
                }
            }
        }
        if (!present.isEmpty()) {
            return StepOutcome.failed("still found: " + String.join("; ", present));
        }
        return StepOutcome.ok("none of " + String.join(", ", diagnose.expectAbsent()) + " on " + String.join(", ", nodes));
    }
}
