package io.ironbook.cli;

/**
 * A failure the operator can act on, reported as one line on stderr with the given exit status and
 * never with a stack trace.
 */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public UserError(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** Bad input: exit status 2. */
    public static UserError usage(String message) {
        return new UserError(ExitCodes.USAGE, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
