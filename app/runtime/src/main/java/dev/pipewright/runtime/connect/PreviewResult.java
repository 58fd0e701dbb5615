package dev.pipewright.runtime.connect;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.plugins.api.Column;

import java.time.Duration;
import java.util.List;

/**
 * The first rows of a dataset.
 *
 * @param dataset  the dataset
 * @param via      the IR and region the call ran through
 * @param target   what was contacted
 * @param columns  the schema, with types inferred for text formats
 * @param rows     the rows (one value per column)
 * @param more     whether the source has rows past the ones shown (or might: the limit was reached)
 * @param problems errors and warnings
 * @param elapsed  how long it took
 */
public record PreviewResult(String dataset, String via, String target, List<Column> columns, List<Object[]> rows, boolean more,
                            List<Problem> problems, Duration elapsed) {
    public PreviewResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.stream().noneMatch(Problem::isError);
    }
}
