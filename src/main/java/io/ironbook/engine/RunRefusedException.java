package io.ironbook.engine;

/**
 * A run that cannot start or go on for a reason the operator can act on: bad params, an unknown
 * node, a failed precondition, a lock held by someone else, a runbook changed since the run began.
 */
public final class RunRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the run was refused; decides the exit status. */
    public enum Reason {
        /** The operator's input is unusable (exit 2). */
        BAD_INPUT,
        /** The world does not allow it now: a precondition, a lock, an interlock (exit 3). */
        NOT_NOW
    }

    private final Reason reason;

    public RunRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
