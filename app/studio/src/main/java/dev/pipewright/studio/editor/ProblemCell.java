package dev.pipewright.studio.editor;

import dev.pipewright.core.problem.Problem;
import javafx.scene.control.ListCell;

/** One finding in an editor's validation list: line:column, code and message, styled by severity. */
public final class ProblemCell extends ListCell<Problem> {
    @Override
    protected void updateItem(Problem p, boolean empty) {
        super.updateItem(p, empty);
        getStyleClass().removeAll("problem-error", "problem-warning");
        if (empty || p == null) {
            setText(null);
            return;
        }
        getStyleClass().add(p.isError() ? "problem-error" : "problem-warning");
        setText(p.line() + ":" + p.column() + "  " + p.code() + "  " + p.message());
    }
}
