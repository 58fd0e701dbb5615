package dev.pipewright.runtime.connect;

import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One connector call with a timeout and a cancel button. The work runs on its own daemon thread; the caller
 * waits at most the timeout, and {@link #cancel()} (from any thread, e.g. the studio's Cancel) runs the
 * connector's abort hooks (closing sockets, cancelling statements) and returns at once.
 */
public final class Call implements CallContext {
    /** A piece of connector work. */
    @FunctionalInterface
    interface Work<T> {
        T run(CallContext ctx) throws Exception;
    }

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    private final Duration timeout;
    private final Consumer<String> progress;
    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;
    private volatile boolean timedOut;

    public Call(Duration timeout, Consumer<String> progress) {
        this.timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        this.progress = progress == null ? s -> { } : progress;
    }

    public Call() {
        this(DEFAULT_TIMEOUT, null);
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public void onCancel(Runnable abort) {
        hooks.add(abort);
        if (cancelled) abort.run();
    }

    @Override
    public void progress(String step) {
        progress.accept(step);
    }

    /**
     * Cancels the call: the waiting caller gets a PW713 problem at once, and the abort hooks run on their own thread,
     * newest first (a statement is cancelled before its connection is closed, which some drivers only do once the
     * statement has ended), so a hook that blocks never holds up the caller.
     */
    public void cancel() {
        if (cancelled) return;
        cancelled = true;
        List<Runnable> newestFirst = new java.util.ArrayList<>(hooks);
        java.util.Collections.reverse(newestFirst);
        Thread aborts = new Thread(() -> {
            for (Runnable r : newestFirst) {
                try {
                    r.run();
                } catch (RuntimeException ignored) {
                    // best effort: the work thread is abandoned anyway
                }
            }
        }, "pipewright-connect-cancel");
        aborts.setDaemon(true);
        aborts.start();
    }

    /** Runs the work within the timeout; a timeout or cancel aborts it. */
    <T> T run(Work<T> work, String target) throws ConnectorException {
        FutureTask<T> task = new FutureTask<>(() -> work.run(this));
        Thread t = new Thread(task, "pipewright-connect");
        t.setDaemon(true);
        t.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                if (cancelled) throw cancelledFailure(target);
                long left = deadline - System.nanoTime();
                if (left <= 0) throw new TimeoutException();
                try {
                    return task.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
                } catch (TimeoutException tick) {
                    // poll for cancel
                }
            }
        } catch (TimeoutException e) {
            timedOut = true;
            cancel();
            t.interrupt();
            throw new ConnectorException(Failure.TIMEOUT, target + " did not answer within " + seconds(timeout),
                    "Check that the server is up and reachable from this machine, or raise the timeout (--timeout)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw cancelledFailure(target);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cancelled && !timedOut) throw cancelledFailure(target);
            if (cause instanceof ConnectorException c) throw c;
            throw ConnectorException.classify(cause, target);
        }
    }

    private static ConnectorException cancelledFailure(String target) {
        return new ConnectorException(Failure.CANCELLED, "Cancelled: " + target, "");
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
