package dev.pipewright.runtime.run;

import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The time a run reads and waits on. Wait activities, retry intervals and Until timeouts go through it, so a
 * test can give a clock whose waits take no real time.
 */
public interface RunClock {
    Instant now();

    /**
     * Waits {@code duration} or until the run is cancelled.
     *
     * @return false when the wait ended because the run was cancelled
     */
    boolean sleep(Duration duration, RunControl control);

    /** This clock as a {@link Clock} in UTC, for what expressions read ({@code utcNow()}). */
    default Clock asClock() {
        RunClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return self.now();
            }
        };
    }

    /**
     * The wall clock with waits (Wait, retry intervals, Until polling) taking {@code factor} of their real time:
     * 0.01 makes a 30 s Wait take 0.3 s, 0 skips it. The clock still moves on by the whole wait, so run times,
     * timeouts and costs read as in ADF.
     */
    static RunClock scaled(double factor) {
        if (!(factor >= 0 && factor <= 1)) throw new IllegalArgumentException("the wait scale must be between 0 and 1, not " + factor);
        if (factor == 1) return system();
        java.util.concurrent.atomic.AtomicLong skipped = new java.util.concurrent.atomic.AtomicLong();
        return new RunClock() {
            @Override
            public Instant now() {
                return Instant.now().plusNanos(skipped.get());
            }

            @Override
            public boolean sleep(Duration duration, RunControl control) {
                long real = (long) (duration.toNanos() * factor);
                boolean finished = control.awaitCancel(Duration.ofNanos(real));
                if (finished) skipped.addAndGet(duration.toNanos() - real);
                return finished;
            }
        };
    }

    /** The wall clock; waits are real and end early on cancel. */
    static RunClock system() {
        return new RunClock() {
            @Override
            public Instant now() {
                return Instant.now();
            }

            @Override
            public boolean sleep(Duration duration, RunControl control) {
                return control.awaitCancel(duration);
            }
        };
    }
}
