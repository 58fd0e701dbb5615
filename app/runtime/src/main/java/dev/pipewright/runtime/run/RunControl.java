package dev.pipewright.runtime.run;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Cancels a run from any thread: waits end at once, nothing new starts, running activities end Cancelled. */
public final class RunControl {
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();

    public void cancel() {
        cancelled.countDown();
        hooks.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        return cancelled.getCount() == 0;
    }

    /** Runs {@code abort} on cancel (at once when already cancelled), e.g. cancelling a connector call. */
    public void onCancel(Runnable abort) {
        hooks.add(abort);
        if (isCancelled()) abort.run();
    }

    /** Waits up to {@code duration}; false when cancelled before or during the wait. */
    boolean awaitCancel(Duration duration) {
        try {
            return !cancelled.await(Math.max(0, duration.toNanos()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
