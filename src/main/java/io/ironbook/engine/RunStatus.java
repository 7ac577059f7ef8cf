package io.ironbook.engine;

/** How a run ended. */
public enum RunStatus {
    /** Every step succeeded or was skipped. */
    SUCCEEDED,
    /** A step failed and the run stopped. */
    FAILED,
    /** The operator declined a gate; nothing after it ran. */
    DECLINED,
    /** The run was refused before it began: a precondition, a lock held by someone else. */
    REFUSED,
    /** The operator cancelled it. */
    CANCELLED
}
