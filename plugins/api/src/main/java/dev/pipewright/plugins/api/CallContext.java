package dev.pipewright.plugins.api;

import java.time.Duration;

/** The host's side of one call: the time allowed, cancellation and progress. */
public interface CallContext {
    /** How long the call may take (15 s unless configured); use it for connect and read timeouts. */
    Duration timeout();

    /** Whether the call was cancelled or timed out; check it between rows. */
    boolean cancelled();

    /** Runs {@code abort} when the call is cancelled or times out, e.g. closing a socket a read blocks on. */
    void onCancel(Runnable abort);

    /** Reports progress, e.g. {@code "connected"}, {@code "reading sales.csv"}. */
    default void progress(String step) {
    }

    /** Throws {@link Failure#CANCELLED} when {@link #cancelled()}. */
    default void checkCancelled() throws ConnectorException {
        if (cancelled()) throw new ConnectorException(Failure.CANCELLED, "Cancelled", "");
    }

    /** A context with a timeout and no cancellation, for tests and tools. */
    static CallContext of(Duration timeout) {
        return new CallContext() {
            @Override
            public Duration timeout() {
                return timeout;
            }

            @Override
            public boolean cancelled() {
                return false;
            }

            @Override
            public void onCancel(Runnable abort) {
            }
        };
    }
}
