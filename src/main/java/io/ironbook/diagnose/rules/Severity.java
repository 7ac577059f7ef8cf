package io.ironbook.diagnose.rules;

import java.util.Locale;
import java.util.Optional;

/** How bad a finding is; the report writes it in lower case. */
public enum Severity {
    CRITICAL, WARNING, INFO;

    /** Reads {@code critical}, {@code warning} or {@code info}. */
    public static Optional<Severity> parse(String text) {
        for (Severity s : values()) {
            if (s.label().equals(text)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The lower-case name the rule files and the report use. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
