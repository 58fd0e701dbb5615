package dev.pipewright.plugins.api;

import java.util.List;

/**
 * What a script returned: the rows of each result set, and the rows its statements changed.
 *
 * @param resultSets    one per query that returned rows, in order
 * @param rowsAffected  rows inserted, updated or deleted, summed; -1 when the store does not say
 */
public record ScriptResult(List<ResultSet> resultSets, long rowsAffected) {
    public ScriptResult {
        resultSets = List.copyOf(resultSets);
    }

    /** One result set: its columns and rows (one value per column). */
    public record ResultSet(List<Column> columns, List<Object[]> rows) {
    }
}
