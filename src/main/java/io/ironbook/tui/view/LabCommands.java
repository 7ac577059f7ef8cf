package io.ironbook.tui.view;

/**
 * The built-in lab's control commands ({@code power-on NODE}, {@code power-off NODE}, {@code scenario NAME
 * [NODE]}, {@code status}), typed as {@code :lab ...} in a console opened on the lab: the operator's hands on
 * the simulated machines (a BMC, a power cable). Called off the GUI thread.
 */
@FunctionalInterface
public interface LabCommands {

    /** Runs one command line and returns the lab's answer. */
    String execute(String line);
}
