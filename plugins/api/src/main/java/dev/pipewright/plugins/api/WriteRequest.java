package dev.pipewright.plugins.api;

import java.util.List;

/**
 * What a copy writes into a sink dataset, and how (ADF's sink settings).
 *
 * @param columns       the columns of the rows, named as the sink's columns (the host has applied the mapping)
 * @param preCopyScript SQL run first, in the same transaction; null for none
 * @param autoCreate    {@code tableOption: autoCreate}: create the table from {@code columns} when it does not exist
 * @param batchSize     rows per batch ({@code writeBatchSize}); 0 for the connector's default
 */
public record WriteRequest(List<Column> columns, String preCopyScript, boolean autoCreate, int batchSize) {
    public WriteRequest {
        columns = List.copyOf(columns);
    }
}
