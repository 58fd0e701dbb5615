package dev.pipewright.plugins.api;

import java.util.List;
import java.util.function.Consumer;

/**
 * What a copy writes into a sink dataset, and how (ADF's sink settings).
 *
 * @param columns       the columns of the rows, named as the sink's columns (the host has applied the mapping)
 * @param preCopyScript SQL run first, in the same transaction; null for none
 * @param autoCreate    {@code tableOption: autoCreate}: create the table from {@code columns} when it does not exist
 * @param batchSize     rows per batch ({@code writeBatchSize}); 0 for the connector's default
 * @param skipped       fault tolerance ({@code enableSkipIncompatibleRow}): told, for each row the sink refuses, which
 *                      row (1-based) and why, and the copy goes on without it; null: the first refused row fails the copy
 */
public record WriteRequest(List<Column> columns, String preCopyScript, boolean autoCreate, int batchSize, Consumer<String> skipped) {
    public WriteRequest {
        columns = List.copyOf(columns);
    }

    /** Without fault tolerance. */
    public WriteRequest(List<Column> columns, String preCopyScript, boolean autoCreate, int batchSize) {
        this(columns, preCopyScript, autoCreate, batchSize, null);
    }
}
