package dev.pipewright.plugins.testkit;

import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.RowStream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Assertions the connector tests share. */
public final class Expect {
    /** 15 s, no cancel: what the host gives by default. */
    public static final CallContext CTX = CallContext.of(Duration.ofSeconds(15));

    private Expect() {
    }

    /** A connector call that must fail with this failure class. */
    @FunctionalInterface
    public interface Call {
        Object run() throws Exception;
    }

    public static ConnectorException failure(Failure expected, Call call) {
        try {
            Object result = call.run();
            if (result instanceof RowStream rs) drain(rs);
        } catch (ConnectorException e) {
            assertEquals(expected, e.failure(), () -> "failure class of: " + e.getMessage());
            return e;
        } catch (Exception e) {
            fail("expected a ConnectorException (" + expected + "), got " + e, e);
        }
        return fail("expected a " + expected + " failure, but the call worked");
    }

    /** A context that records the progress a connector reports (the Parquet reader ends with what it read). */
    public static CallContext recording(List<String> progress, Duration timeout) {
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

            @Override
            public void progress(String step) {
                progress.add(step);
            }
        };
    }

    /** The bytes a Parquet preview fetched, from its last progress line ({@code read 1,054,112 of … bytes of … in 8 reads}). */
    public static long bytesRead(List<String> progress) {
        String last = progress.get(progress.size() - 1);
        return Long.parseLong(last.replaceFirst("^read ([\\d,]+) of.*", "$1").replace(",", ""));
    }

    /** Every row of a stream, then closes it. */
    public static List<Object[]> drain(RowStream rs) throws ConnectorException {
        List<Object[]> rows = new ArrayList<>();
        try (rs) {
            for (Object[] r = rs.next(); r != null; r = rs.next()) rows.add(r);
        }
        return rows;
    }
}
