package io.ironbook.remote;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a remote command ended.
 *
 * @param node       the node it ran on
 * @param outcome    how it ended
 * @param exitStatus the exit status, when the command exited
 * @param signal     the signal that killed it, when one did
 * @param duration   wall time from start to end
 */
public record CommandResult(String node, Outcome outcome, Optional<Integer> exitStatus, Optional<String> signal,
                            Duration duration) {

    /** How a command ended. */
    public enum Outcome {
        /** It exited; see the exit status. */
        EXITED,
        /** A signal killed it. */
        KILLED,
        /** It ran past its timeout and was cancelled. */
        TIMED_OUT,
        /** It was cancelled by the caller. */
        CANCELLED,
        /** The connection dropped while it ran, as the command said it would (reboot, shutdown). */
        DISCONNECTED_AS_EXPECTED,
        /** sudo needed a password; nothing ran as root. */
        SUDO_PASSWORD_REQUIRED
    }

    public CommandResult {
        Objects.requireNonNull(node);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(exitStatus);
        Objects.requireNonNull(signal);
        Objects.requireNonNull(duration);
    }

    /** True when the command exited 0 or dropped the connection as expected. */
    public boolean succeeded() {
        return outcome == Outcome.DISCONNECTED_AS_EXPECTED
                || outcome == Outcome.EXITED && exitStatus.orElse(-1) == 0;
    }

    /** A short human text: {@code exit 0}, {@code exit 3}, {@code timed out}, {@code killed by TERM}. */
    public String summary() {
        return switch (outcome) {
            case EXITED -> "exit " + exitStatus.map(String::valueOf).orElse("?");
            case KILLED -> "killed by " + signal.orElse("a signal");
            case TIMED_OUT -> "timed out";
            case CANCELLED -> "cancelled";
            case DISCONNECTED_AS_EXPECTED -> "disconnected (expected)";
            case SUDO_PASSWORD_REQUIRED -> "sudo requires a password";
        };
    }
}
