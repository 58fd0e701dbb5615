package dev.pipewright.plugins.api;

import java.util.List;

/** Rows read lazily from a store; close it to release the connection or file. */
public interface RowStream extends AutoCloseable {
    /** The columns; known before the first row. */
    List<Column> columns();

    /** The next row (one value per column, null for SQL NULL or the dataset's null value), or null at the end. */
    Object[] next() throws ConnectorException;

    @Override
    void close();
}
