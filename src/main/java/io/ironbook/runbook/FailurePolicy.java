package io.ironbook.runbook;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What happens when a step fails: stop the run (the default), continue with the next step, retry
 * the step, or hand over to another runbook.
 *
 * @param kind       which of the four
 * @param retries    how many more attempts, for {@code retry}
 * @param retryDelay the pause between attempts, for {@code retry}
 * @param handover   the runbook to run instead, for {@code runbook:<id>}
 */
public record FailurePolicy(Kind kind, int retries, Duration retryDelay, Optional<RunbookRef> handover) {

    /** The four policies of {@code onFailure}. */
    public enum Kind { STOP, CONTINUE, RETRY, RUNBOOK }

    public static final int DEFAULT_RETRIES = 3;
    public static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(10);

    public FailurePolicy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(retryDelay, "retryDelay");
        Objects.requireNonNull(handover, "handover");
    }

    public static FailurePolicy stop() {
        return new FailurePolicy(Kind.STOP, 0, Duration.ZERO, Optional.empty());
    }

    @Override
    public String toString() {
        return switch (kind) {
            case STOP -> "stop";
            case CONTINUE -> "continue";
            case RETRY -> "retry " + retries + "× every " + GoDuration.format(retryDelay);
            case RUNBOOK -> "hand over to " + handover.map(RunbookRef::toString).orElse("?");
        };
    }
}
