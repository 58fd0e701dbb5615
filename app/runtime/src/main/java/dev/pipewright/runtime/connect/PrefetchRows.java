package dev.pipewright.runtime.connect;

import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.RowStream;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a source on its own thread, a batch of rows ahead of the sink, so that a copy reads and writes at the
 * same time. At most {@link #BATCHES} batches wait in memory, so memory stays flat however large the source.
 */
final class PrefetchRows implements RowStream {
    static final int BATCH = 2_048;
    static final int BATCHES = 8;
    private static final Object[][] END = new Object[0][];

    private final RowStream source;
    private final BlockingQueue<Object[][]> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread reader;
    private volatile ConnectorException failure;
    private volatile RuntimeException crash;
    private volatile boolean closed;
    private Object[][] batch = new Object[0][];
    private int next;

    PrefetchRows(RowStream source) {
        this.source = source;
        this.reader = new Thread(this::read, "pipewright-copy-read");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try {
            List<Object[]> rows = new ArrayList<>(BATCH);
            for (Object[] r = source.next(); r != null && !closed; r = source.next()) {
                rows.add(r);
                if (rows.size() == BATCH) {
                    put(rows.toArray(new Object[0][]));
                    rows.clear();
                }
            }
            if (!rows.isEmpty()) put(rows.toArray(new Object[0][]));
        } catch (ConnectorException e) {
            failure = e;
        } catch (RuntimeException e) {
            crash = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void put(Object[][] rows) throws InterruptedException {
        while (!closed && !queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
            // the sink is slower: wait for room
        }
    }

    @Override
    public List<Column> columns() {
        return source.columns();
    }

    @Override
    public Object[] next() throws ConnectorException {
        if (next < batch.length) return batch[next++];
        try {
            batch = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(dev.pipewright.plugins.api.Failure.CANCELLED, "Cancelled", "");
        }
        next = 0;
        if (batch == END) {
            queue.offer(END);
            if (failure != null) throw failure;
            if (crash != null) throw crash;
            return null;
        }
        return batch[next++];
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        reader.interrupt();
        source.close();
    }
}
