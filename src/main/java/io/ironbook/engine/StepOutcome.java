package io.ironbook.engine;

/**
 * What one attempt at a step came to.
 *
 * @param ok      whether the step succeeded
 * @param summary one line: what happened, or why it failed (with the runbook's hint)
 */
record StepOutcome(boolean ok, String summary) {

    static StepOutcome ok(String summary) {
        return new StepOutcome(true, summary);
    }

    static StepOutcome failed(String summary) {
        return new StepOutcome(false, summary);
    }
}
