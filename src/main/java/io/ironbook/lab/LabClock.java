package io.ironbook.lab;

import java.time.Duration;
import java.time.Instant;

/**
 * The lab's simulated time: real time multiplied by a speed factor, so grace periods, restart delays
 * and boots can be compressed in tests. At speed 1 it is the wall clock.
 */
public final class LabClock {
    private final Instant origin;
    private final long originNanos;
    private final double speed;

    public LabClock(double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number: " + speed);
        }
        this.origin = Instant.now();
        this.originNanos = System.nanoTime();
        this.speed = speed;
    }

    /** The simulated instant now. */
    public Instant now() {
        long elapsed = System.nanoTime() - originNanos;
        return origin.plusNanos((long) (elapsed * speed));
    }

    /** How many real milliseconds a simulated duration lasts (at least 1). */
    public long realMillis(Duration simulated) {
        return Math.max(1, (long) (simulated.toMillis() / speed));
    }

    public double speed() {
        return speed;
    }
}
