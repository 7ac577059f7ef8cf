package io.ironbook.diagnose.evidence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code time.txt}, the output of {@code timedatectl}: one {@code clock} fact with
 * {@code synchronized} ({@code yes}/{@code no}, from "System clock synchronized" or the older "NTP
 * synchronized"), {@code ntp} (the NTP service state) and, when meta.yaml says when the bundle was
 * collected, {@code skewSeconds} between the node's universal time and the collector's.
 */
public final class TimedatectlParser implements FactParser {

    private static final Pattern UNIVERSAL = Pattern.compile("Universal time:\\s+\\S+\\s+(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})");

    @Override
    public void parse(String file, List<String> lines, BundleMeta meta, FactSink sink) {
        String synced = "";
        String ntp = "";
        String universal = "";
        int evidence = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = PastedText.clean(lines.get(i)).strip();
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("system clock synchronized:") || lower.startsWith("ntp synchronized:")) {
                synced = value(line);
                evidence = i;
            } else if (lower.startsWith("ntp service:") || lower.startsWith("network time on:")) {
                ntp = value(line);
            } else {
                Matcher m = UNIVERSAL.matcher(line);
                if (m.find()) {
                    universal = m.group(1);
                    evidence = evidence < 0 ? i : evidence;
                }
            }
        }
        if (evidence < 0) {
            return;
        }
        String skew = skewSeconds(universal, meta.collectedInstant()).map(String::valueOf).orElse("");
        sink.covers("clock");
        sink.add("clock", PastedText.attrs("synchronized", synced, "ntp", ntp, "universalTime", universal,
                "skewSeconds", skew), PastedText.at(file, evidence, lines.get(evidence)));
    }

    private static String value(String line) {
        return line.substring(line.indexOf(':') + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<Long> skewSeconds(String universal, Optional<Instant> collected) {
        if (universal.isEmpty() || collected.isEmpty()) {
            return Optional.empty();
        }
        try {
            Instant node = LocalDateTime.parse(universal, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
                    .toInstant(ZoneOffset.UTC);
            return Optional.of(Math.abs(Duration.between(collected.get(), node).getSeconds()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
