package io.ironbook.engine;

/** The operator declined a gate (or a manual step): the run ends cleanly, nothing after it runs. */
final class GateDeclinedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String stepId;

    GateDeclinedException(String stepId, String message) {
        super(message);
        this.stepId = stepId;
    }

    String stepId() {
        return stepId;
    }
}
