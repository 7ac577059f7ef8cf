package io.ironbook.cli;

/** The exit statuses of the command-line contract. */
public final class ExitCodes {
    /** Success; for {@code diagnose}, nothing wrong. */
    public static final int OK = 0;
    /** The command ran and found a problem, or a step failed. */
    public static final int FAILED = 1;
    /** Unusable input: a bad file, an unknown node, a bad option. */
    public static final int USAGE = 2;
    /** An interrupted or refused run: a gate declined, a lock held by someone else. */
    public static final int INTERRUPTED = 3;

    private ExitCodes() {
    }
}
