package dev.pipewright.studio.trigger;

import dev.pipewright.core.edit.EditCommand;
import dev.pipewright.core.edit.EditRefusedException;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.trigger.TriggerField;
import dev.pipewright.core.trigger.TriggerForm;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * One field of the trigger form: the text (or check state) shown, whether it is shown for the trigger as it is, and
 * why a value was refused. A commit is one undoable edit; a refused value stays in the field, marked with the reason,
 * and the model keeps its value until the text is corrected or reverted (Escape).
 */
public final class TriggerFieldModel {
    private final TriggerField spec;
    private final Resource trigger;
    private final Predicate<EditCommand> run;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty checked = new SimpleBooleanProperty(this, "checked");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", true);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private boolean loading;

    /** @param run executes an edit on the editor's history; false when it was refused */
    TriggerFieldModel(TriggerField spec, Resource trigger, Predicate<EditCommand> run) {
        this.spec = spec;
        this.trigger = trigger;
        this.run = run;
        reload();
    }

    /** Shows the model's value; a field holding a refused value keeps it until reverted. */
    void reload() {
        shown.set(spec.shown(trigger.json()));
        if (!error.get().isEmpty()) return;
        loading = true;
        try {
            text.set(TriggerForm.text(trigger.json(), spec));
            checked.set(TriggerForm.checked(trigger.json(), spec));
        } finally {
            loading = false;
        }
    }

    public boolean isLoading() {
        return loading;
    }

    /** Commits the text shown (Enter, focus leaving, a picked option, a ticked box of a list). */
    public boolean commit() {
        return !loading && commit(text.get());
    }

    /** Commits the check box. */
    public boolean commitChecked() {
        return !loading && commit(String.valueOf(checked.get()));
    }

    private boolean commit(String value) {
        try {
            Optional<EditCommand> edit = TriggerForm.set(trigger, spec, value);
            error.set("");
            if (edit.isEmpty()) {
                reload();
                return false;
            }
            return run.test(edit.get());
        } catch (IllegalArgumentException | EditRefusedException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    /** Puts the model's value back (Escape on a refused value). */
    public void revert() {
        error.set("");
        reload();
    }

    public TriggerField spec() {
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

    /** Why the value in the field was refused; empty while it holds the model's value. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
