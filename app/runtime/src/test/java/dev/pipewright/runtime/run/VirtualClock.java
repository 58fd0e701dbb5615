package dev.pipewright.runtime.run;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A run clock whose waits take no real time: a wait moves the clock on by its duration. With {@link #gather}
 * a wait first holds until that many waits are in progress together (at most 10 s), which shows how many
 * activities run at once; {@link #maxTogether} is the most seen.
 */
final class VirtualClock implements RunClock {
    private final Instant base = Instant.parse("2026-11-25T09:00:00Z");
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private long offsetNanos;
    private int gather = 1;
    private int inFlight;
    private int maxTogether;
    private long released;
    private long arrived;

    VirtualClock gather(int together) {
        this.gather = together;
        return this;
    }

    int maxTogether() {
        lock.lock();
        try {
            return maxTogether;
        } finally {
            lock.unlock();
        }
    }

    /** Total time waited so far. */
    Duration elapsed() {
        lock.lock();
        try {
            return Duration.ofNanos(offsetNanos);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Instant now() {
        lock.lock();
        try {
            return base.plusNanos(offsetNanos);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean sleep(Duration duration, RunControl control) {
        if (control.isCancelled()) return false;
        lock.lock();
        try {
            inFlight++;
            arrived++;
            maxTogether = Math.max(maxTogether, inFlight);
            long group = (arrived - 1) / gather;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (released <= group && arrived < (group + 1) * gather && System.nanoTime() < deadline) {
                changed.await(50, TimeUnit.MILLISECONDS);
            }
            released = Math.max(released, group + 1);
            changed.signalAll();
            offsetNanos += Math.max(0, duration.toNanos());
            inFlight--;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
        return !control.isCancelled();
    }
}
