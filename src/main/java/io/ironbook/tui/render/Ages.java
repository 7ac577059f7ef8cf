package io.ironbook.tui.render;

import java.time.Duration;

/** Durations as kubectl prints ages: the largest unit only, {@code 45s}, {@code 12m}, {@code 3h}, {@code 5d}. */
public final class Ages {

    private Ages() {
    }

    public static String compact(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds < 120) {
            return seconds + "s";
        }
        long minutes = seconds / 60;
        if (minutes < 120) {
            return minutes + "m";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + "h";
        }
        long days = hours / 24;
        return days < 730 ? days + "d" : days / 365 + "y";
    }
}
