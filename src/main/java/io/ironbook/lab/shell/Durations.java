package io.ironbook.lab.shell;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How systemd prints instants and ages: {@code Thu 2026-11-26 06:26:46 UTC; 2h 3min ago}. */
final class Durations {
    private static final DateTimeFormatter SYSTEMD = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Durations() {
    }

    static String since(Instant then, Instant now) {
        return SYSTEMD.format(then) + "; " + ago(Duration.between(then, now)) + " ago";
    }

    static String timestamp(Instant t) {
        return SYSTEMD.format(t);
    }

    static String ago(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + "s";
        }
        long m = s / 60;
        if (m < 60) {
            return m + "min " + (s % 60) + "s";
        }
        long h = m / 60;
        if (h < 24) {
            return h + "h " + (m % 60) + "min";
        }
        long days = h / 24;
        return days + " day" + (days == 1 ? "" : "s") + " " + (h % 24) + "h";
    }
}
