package dev.pipewright.studio.properties;

import dev.pipewright.core.edit.EditCommand;
import dev.pipewright.core.edit.EditRefusedException;
import dev.pipewright.core.form.Field;
import dev.pipewright.core.form.Form;
import dev.pipewright.core.form.FormValues;
import dev.pipewright.core.form.TableEdits;
import dev.pipewright.studio.canvas.CanvasViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One field of a properties tab, driven by its core spec ({@link Field}): the text or check state shown, the
 * options of a picker, the rows of a table, whether it is shown and whether it holds an expression. Every commit
 * is one undoable command on the canvas's stack; a refused value leaves the model as it was and stays in the field,
 * marked with the reason ({@link #errorProperty()}), until it is corrected or reverted.
 */
public final class FieldViewModel {
    private final Field spec;
    private final Supplier<Form> form;
    private final CanvasViewModel canvas;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty checked = new SimpleBooleanProperty(this, "checked");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", true);
    private final ReadOnlyBooleanWrapper expression = new ReadOnlyBooleanWrapper(this, "expression");
    private final ObservableList<String> options = FXCollections.observableArrayList();
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObservableList<TableEdits.Row> rows = FXCollections.observableArrayList();
    private final javafx.beans.property.ReadOnlyStringWrapper error = new javafx.beans.property.ReadOnlyStringWrapper(this, "error", "");
    private boolean loading;

    FieldViewModel(Field spec, Supplier<Form> form, CanvasViewModel canvas) {
        this.spec = spec;
        this.form = form;
        this.canvas = canvas;
        text.addListener((o, was, now) -> {
            if (!loading) expression.set(FormValues.looksLikeExpression(now == null ? "" : now) || spec.value() == Field.Value.EXPRESSION);
        });
    }

    /** Shows what the model holds now; a field holding a refused value keeps it (and its mark) until reverted. */
    void reload(Form f) {
        if (!error.get().isEmpty()) {
            shown.set(f.shown(spec));
            return;
        }
        loading = true;
        try {
            shown.set(f.shown(spec));
            if (spec.isTable()) {
                headers.setAll(f.headers(spec));
                var now = f.rows(spec);
                if (!now.equals(rows)) rows.setAll(now);
            } else if (spec.kind() == Field.Kind.BOOL) {
                checked.set(f.checked(spec));
            } else {
                var opts = f.options(spec);
                if (!opts.equals(options)) options.setAll(opts);
                text.set(f.text(spec));
                expression.set(f.isExpression(spec) || spec.value() == Field.Value.EXPRESSION);
            }
        } finally {
            loading = false;
        }
    }

    public boolean isLoading() {
        return loading;
    }

    /** Commits the text (Enter, focus leaving, a picked option). */
    public boolean commit() {
        return !loading && run(f -> f.set(spec, text.get() == null ? "" : text.get()));
    }

    /** Commits the check box. */
    public boolean commitChecked() {
        return !loading && run(f -> f.check(spec, checked.get()));
    }

    public boolean commitCell(int row, int column, String value) {
        return run(f -> f.setCell(spec, row, column, value));
    }

    public boolean addRow() {
        return run(f -> f.addRow(spec));
    }

    public boolean removeRow(int row) {
        return run(f -> f.removeRow(spec, row));
    }

    /** Puts the model's value back (Escape on a field holding a refused value). */
    public void revert() {
        error.set("");
        Form target = form.get();
        if (target != null) reload(target);
    }

    private boolean run(Function<Form, Optional<EditCommand>> edit) {
        Form target = form.get();
        if (target == null) return false; // this field's tab is no longer shown
        try {
            Optional<EditCommand> command = edit.apply(target);
            if (command.isEmpty()) {
                error.set("");
                return false;
            }
            if (!canvas.run(command.get())) return refused(canvas.messageProperty().get());
            error.set("");
            return true;
        } catch (EditRefusedException e) {
            return refused(e.getMessage());
        }
    }

    private boolean refused(String why) {
        canvas.tell(why);
        error.set(why);
        return false;
    }

    /** Why the value in the field was refused; empty while it holds the model's value. */
    public javafx.beans.property.ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Field spec() {
        return spec;
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** True while the field holds (or is being typed as) an expression: the view styles it so. */
    public ReadOnlyBooleanProperty expressionProperty() {
        return expression.getReadOnlyProperty();
    }

    public ObservableList<String> options() {
        return options;
    }

    public ObservableList<String> headers() {
        return headers;
    }

    public ObservableList<TableEdits.Row> rows() {
        return rows;
    }
}
