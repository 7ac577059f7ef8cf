package io.ironbook.lab.shell;

/** A command of the simulated node's shell, answering as the Debian tool of the same name does. */
@FunctionalInterface
interface ShellCommand {

    /** Runs the command and returns its exit status. */
    int run(Invocation invocation);
}
