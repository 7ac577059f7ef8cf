package io.ironbook.tui.view;

import java.util.Arrays;

/** The console benchmarks' arithmetic: nanoseconds to milliseconds, medians and nearest-rank percentiles. */
final class BenchStats {

    private BenchStats() {
    }

    static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    static double median(double[] values) {
        return percentile(values, 50);
    }

    /** The nearest-rank percentile {@code p} (0 to 100) of the values. */
    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
    }
}
