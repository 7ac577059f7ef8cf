package io.ironbook.lab.shell;

/** A command line the simulated bash cannot parse, with bash's own message. */
final class ShellSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    ShellSyntaxException(String message) {
        super(message);
    }
}
