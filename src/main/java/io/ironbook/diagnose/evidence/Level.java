package io.ironbook.diagnose.evidence;

import java.util.Locale;
import java.util.Optional;

/**
 * The severity a log line states about itself (klog letter, logfmt {@code level=}, JSON
 * {@code "level"}), or {@link #UNKNOWN} when it states none, as in most pastes and kernel lines.
 */
public enum Level {
    UNKNOWN, DEBUG, INFO, WARNING, ERROR, FATAL;

    /** Reads a level word (`info`, `warn`, `error`, `fatal`, `panic`, `debug`, `trace`), if it is one. */
    public static Optional<Level> fromWord(String word) {
        switch (word.toLowerCase(Locale.ROOT)) {
            case "trace", "debug", "d" -> {
                return Optional.of(DEBUG);
            }
            case "info", "notice", "i" -> {
                return Optional.of(INFO);
            }
            case "warn", "warning", "w" -> {
                return Optional.of(WARNING);
            }
            case "error", "err", "e" -> {
                return Optional.of(ERROR);
            }
            case "fatal", "panic", "crit", "critical", "f" -> {
                return Optional.of(FATAL);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** Whether a line of this level passes a filter asking for at least {@code minimum}; unknown always passes. */
    public boolean atLeast(Level minimum) {
        return this == UNKNOWN || ordinal() >= minimum.ordinal();
    }
}
