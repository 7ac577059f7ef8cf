package io.ironbook.engine;

import io.ironbook.runbook.Step;
import java.util.List;

/** Runs one kind of step on its nodes, reporting what it does through the run's events. */
interface StepExecutor {

    /**
     * @param step   the step
     * @param nodes  the nodes it acts on, expanded
     * @param text   the run's values for the step's text
     * @param run    the run
     */
    StepOutcome execute(Step step, List<String> nodes, StepText text, RunContext run) throws InterruptedException;
}
