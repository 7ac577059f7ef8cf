package io.ironbook.lab.node;

/** A simulated machine's power state. */
public enum Power {
    /** Booted and running; SSH answers. */
    RUNNING,
    /** systemd is stopping units; SSH is already gone. */
    SHUTTING_DOWN,
    /** Powered off; nothing answers. */
    HALTED,
    /** Firmware and kernel are starting; SSH answers once boot completes. */
    BOOTING
}
