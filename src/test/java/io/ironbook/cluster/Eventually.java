package io.ironbook.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Retries an assertion until it passes or the time is up, then rethrows its last failure. */
final class Eventually {

    private Eventually() {
    }

    /** An assertion that may throw. */
    interface Check {
        void run() throws Exception;
    }

    static void within(Duration limit, Check check) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError | Exception e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    static void until(Duration limit, BooleanSupplier condition) throws Exception {
        within(limit, () -> {
            if (!condition.getAsBoolean()) {
                throw new AssertionError("condition not met within " + limit);
            }
        });
    }
}
