package io.ironbook.engine;

/** The state of one step of a run. */
public enum StepStatus {
    PENDING, RUNNING, WAITING, GATED, DONE, FAILED, SKIPPED;

    /** Whether the step is known to be complete (a resumed run does not repeat it). */
    public boolean complete() {
        return this == DONE || this == SKIPPED;
    }
}
