package dev.pipewright.studio.code;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.codec.ParsedJson;
import dev.pipewright.core.edit.EditRefusedException;
import dev.pipewright.core.edit.EditStack;
import dev.pipewright.core.edit.ReplaceJsonCommand;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.problem.Problem;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The JSON code view of a resource, two-way: {@link #textProperty()} follows the model after every edit, and
 * {@link #apply(String)} turns edited text into one undoable edit. Text that is not valid JSON (or not a resource
 * object) is refused with line:column in {@link #errorProperty()} and never reaches the model.
 */
public final class CodeViewModel {
    private final Resource resource;
    private final EditStack stack;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final javafx.beans.property.ReadOnlyBooleanWrapper unapplied = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "unapplied");
    private String typed;
    private Problem refusal;
    private final javafx.beans.property.ReadOnlyIntegerWrapper keystrokes = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "keystrokes");
    private final javafx.beans.property.ReadOnlyStringWrapper restored = new javafx.beans.property.ReadOnlyStringWrapper(this, "restored");

    public CodeViewModel(Resource resource, EditStack stack) {
        this.resource = resource;
        this.stack = stack;
        stack.addListener(this::reload);
        reload();
    }

    /** Shows the model's text as ADF writes it (text typed and not applied is given up). */
    public void reload() {
        text.set(AdfJsonWriter.pretty(resource.json()));
        error.set("");
        typed = null;
        unapplied.set(false);
    }

    /**
     * The text in the editor now, as the user typed it. Text that differs from the model is work too: it makes the tab
     * dirty until it is applied (Apply, Ctrl+Enter, Save) or reverted.
     */
    public void typed(String current) {
        typed = current.equals(text.get()) ? null : current;
        unapplied.set(typed != null);
        keystrokes.set(keystrokes.get() + 1);
    }

    /** The text typed and not applied, null when there is none. */
    public String typedText() {
        return typed;
    }

    /** Counts changes of the typed text (the edit journal follows it). */
    public javafx.beans.property.ReadOnlyIntegerProperty keystrokesProperty() {
        return keystrokes.getReadOnlyProperty();
    }

    /** Puts back text typed in an earlier session (crash recovery): the view shows it, unapplied, as typed. */
    public void restoreTyped(String text) {
        typed(text);
        restored.set(null);
        restored.set(text);
    }

    /** Text to show in place of the model's (set by {@link #restoreTyped}); the view follows it. */
    public javafx.beans.property.ReadOnlyStringProperty restoredProperty() {
        return restored.getReadOnlyProperty();
    }

    /** True while the editor holds typed text that is not in the model yet. */
    public javafx.beans.property.ReadOnlyBooleanProperty unappliedProperty() {
        return unapplied.getReadOnlyProperty();
    }

    /** Applies the typed text, if any; false when it is refused (the reason in {@link #errorProperty()}). */
    public boolean applyTyped() {
        return typed == null || apply(typed);
    }

    /** Why typed text was last refused, as a problem with its line and column; null when it was not. */
    public Problem refusal() {
        return refusal;
    }

    /** Applies edited text; false (with the reason in {@link #errorProperty()}) when it is refused. */
    public boolean apply(String edited) {
        refusal = null;
        if (edited.equals(text.get())) {
            error.set("");
            typed(edited);
            return true;
        }
        ParsedJson parsed = JsonReader.read(edited, resource.path() == null ? resource.canonicalPath() : resource.path());
        if (parsed.hasErrors()) {
            Problem p = parsed.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
            refusal = p;
            error.set("Not applied: line " + p.line() + ", column " + p.column() + ": " + p.message()
                    + ". The text stays as typed; fix it, then Apply (Ctrl+Enter), or Revert.");
            return false;
        }
        if (!(parsed.root() instanceof ObjectNode root)) {
            error.set("Not applied: line 1, column 1: a resource is a JSON object {\"name\": …, \"properties\": {…}}.");
            refusal = Problem.of(dev.pipewright.core.problem.ProblemCode.WRONG_SHAPE, resource.id().toString(),
                    resource.path(), 1, 1, "A resource is a JSON object {\"name\": …, \"properties\": {…}}", "");
            return false;
        }
        try {
            stack.execute(new ReplaceJsonCommand(resource, root));
            typed = null;
            unapplied.set(false);
            return true;
        } catch (EditRefusedException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    /** The model as text (ADF's format). */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Why the last edited text was refused ("Not applied: line 12, column 5: …"), empty when it was not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
