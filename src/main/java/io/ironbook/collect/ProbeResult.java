package io.ironbook.collect;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one probe came to.
 *
 * @param probe    the probe
 * @param written  whether its file was written
 * @param outcome  one line: {@code exit 0}, {@code timed out}, {@code sudo requires a password, ran as ops}...
 * @param lines    how many lines it wrote
 * @param duration how long it took
 * @param error    why there is no file, when there is none
 */
public record ProbeResult(Probe probe, boolean written, String outcome, int lines, Duration duration, Optional<String> error) {

    public ProbeResult {
        Objects.requireNonNull(probe);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(duration);
        Objects.requireNonNull(error);
    }
}
