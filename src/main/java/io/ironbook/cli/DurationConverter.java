package io.ironbook.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads Go-style durations for options: {@code 90s}, {@code 5m}, {@code 1h30m}, {@code 1.5h}, {@code 250ms}. */
public final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    /** The duration, or a {@link TypeConversionException} naming the bad text. */
    public static Duration parse(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new TypeConversionException("empty duration (use e.g. 90s, 5m, 1h30m)");
        }
        Matcher m = PART.matcher(text);
        int at = 0;
        BigDecimal nanos = BigDecimal.ZERO;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new TypeConversionException("'" + value + "' is not a duration (use e.g. 90s, 5m, 1h30m)");
            }
            BigDecimal amount = new BigDecimal(m.group(1));
            long unit = switch (m.group(2)) {
                case "ns" -> 1L;
                case "us", "µs" -> 1_000L;
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                default -> 3_600_000_000_000L;
            };
            nanos = nanos.add(amount.multiply(BigDecimal.valueOf(unit)));
            at = m.end();
        }
        if (nanos.signum() <= 0) {
            throw new TypeConversionException("'" + value + "' is not a positive duration");
        }
        return Duration.ofNanos(nanos.longValue());
    }
}
