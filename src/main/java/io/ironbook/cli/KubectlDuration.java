package io.ironbook.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations as kubectl's flags take them: {@code 90s}, {@code 5m}, {@code 1h30m}, {@code 0}. */
final class KubectlDuration {
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h)");

    private KubectlDuration() {
    }

    /** The duration, or a usage error naming the option. */
    static Duration parse(String option, String text) {
        String value = text.strip();
        if (value.equals("0")) {
            return Duration.ZERO;
        }
        if (value.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        Matcher matcher = PART.matcher(value);
        Duration total = Duration.ZERO;
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            long amount = Long.parseLong(matcher.group(1));
            total = total.plus(switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            });
            end = matcher.end();
        }
        if (end != value.length() || value.isEmpty()) {
            throw UserError.usage(option + ": '" + text + "' is not a duration (examples: 90s, 5m, 1h30m, 0 for none)");
        }
        return total;
    }
}
