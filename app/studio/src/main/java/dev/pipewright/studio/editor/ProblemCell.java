package dev.pipewright.studio.editor;

import dev.pipewright.core.problem.Problem;
import javafx.scene.control.ListCell;

/** One finding in an editor's validation list: line:column, code, message and hint, styled by severity. */
public final class ProblemCell extends ListCell<Problem> {
    /** A cell for {@code list}, wrapping the message and its hint at the list's width. */
    public static ProblemCell of(javafx.scene.control.ListView<Problem> list) {
        ProblemCell cell = new ProblemCell();
        dev.pipewright.studio.controls.WrappingCells.fit(cell, list);
        return cell;
    }

    @Override
    protected void updateItem(Problem p, boolean empty) {
        super.updateItem(p, empty);
        getStyleClass().removeAll("problem-error", "problem-warning");
        if (empty || p == null) {
            setText(null);
            return;
        }
        getStyleClass().add(p.isError() ? "problem-error" : "problem-warning");
        setText(p.line() + ":" + p.column() + "  " + p.code() + "  " + p.message()
                + (p.hint() == null || p.hint().isBlank() ? "" : "\n    " + p.hint()));
    }
}
