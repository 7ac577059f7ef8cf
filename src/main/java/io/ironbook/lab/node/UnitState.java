package io.ironbook.lab.node;

/** The ActiveState of a systemd unit, with the sub-state systemctl prints. */
public enum UnitState {
    ACTIVE("active", "running"),
    INACTIVE("inactive", "dead"),
    FAILED("failed", "failed"),
    AUTO_RESTART("activating", "auto-restart"),
    DEACTIVATING("deactivating", "stop-sigterm");

    private final String active;
    private final String sub;

    UnitState(String active, String sub) {
        this.active = active;
        this.sub = sub;
    }

    /** What {@code systemctl is-active} prints. */
    public String active() {
        return active;
    }

    /** The sub-state in parentheses in {@code systemctl status}. */
    public String sub() {
        return sub;
    }
}
