package io.ironbook.cluster;

/** What a Node's {@code Ready} condition says: True, False, or Unknown (also when it is missing). */
public enum NodeReadiness {
    READY("Ready"),
    NOT_READY("NotReady"),
    UNKNOWN("Unknown");

    private final String display;

    NodeReadiness(String display) {
        this.display = display;
    }

    /** The word kubectl prints for this state. */
    public String display() {
        return display;
    }
}
