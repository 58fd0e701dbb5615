package dev.pipewright.studio.editor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.edit.EditStack;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryWriter;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.validate.Validator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * What every editor tab of the Author hub has, whatever the resource: its undo history, the dirty marker and tab
 * title, the status line, Save (this resource only, through {@link FactoryWriter#save(Factory, Resource)}), Validate
 * (this resource's findings) and Don't save (back to the content as last opened or saved). Saving and validating run
 * in {@link Task}s on the executor, never on the JavaFX thread.
 */
public abstract class ResourceEditorViewModel {
    private final Factory factory;
    private final Resource resource;
    private final Executor executor;
    private final EditStack stack = new EditStack();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private ObjectNode saved;
    private dev.pipewright.studio.code.CodeViewModel code;

    protected ResourceEditorViewModel(Factory factory, Resource resource, Executor executor) {
        this.factory = factory;
        this.resource = resource;
        this.executor = executor;
        this.saved = resource.json().deepCopy();
        stack.addListener(this::changed);
        changed();
    }

    /** The tab's JSON code view: text typed there and not applied yet makes the tab dirty, and Save applies it. */
    protected void followCode(dev.pipewright.studio.code.CodeViewModel codeView) {
        this.code = codeView;
        codeView.unappliedProperty().addListener((obs, was, now) -> changed());
    }

    /** Applies text typed in the code view and not applied yet; false (the reason in the status) when it is refused. */
    public boolean applyTypedText() {
        if (code == null || code.applyTyped()) return true;
        status.set("Not saved: " + code.errorProperty().get().replaceFirst("^Not applied: ", ""));
        return false;
    }

    /** The tab's code view, null for an editor without one. */
    public dev.pipewright.studio.code.CodeViewModel codeView() {
        return code;
    }

    /** Why the code view's typed text was refused (line and column), null when nothing was refused. */
    public Problem typedTextProblem() {
        return code == null || !code.unappliedProperty().get() ? null : code.refusal();
    }

    /** Recomputes the dirty marker: the file differs from what is on disk (undoing back to it clears it), or text typed in the code view is not applied yet. */
    public void changed() {
        dirty.set(resource.isModified() || (code != null && code.unappliedProperty().get()));
        title.set(resource.name() + (dirty.get() ? " *" : ""));
    }

    /**
     * Writes this resource's file if it changed (ADF's format, atomically; a renamed one moves). Text typed in the code
     * view is applied first; invalid JSON is refused with its line and column, kept as typed, and nothing is written.
     */
    public Task<FactoryWriter.Result> save() {
        if (!applyTypedText()) return refusedSave();
        ObjectNode snapshot = resource.json().deepCopy();
        Task<FactoryWriter.Result> task = new Task<>() {
            {
                updateTitle("Saving " + resource.name());
            }

            @Override
            protected FactoryWriter.Result call() {
                return FactoryWriter.save(factory, resource);
            }
        };
        task.setOnSucceeded(e -> {
            FactoryWriter.Result r = task.getValue();
            if (r.ok()) saved = snapshot;
            status.set(r.ok() ? (r.written().isEmpty() ? "No changes to save" : "Saved " + String.join(", ", r.written()))
                    : "Not saved: " + r.problems().get(0).message());
            changed();
        });
        task.setOnFailed(e -> status.set("Not saved: " + task.getException().getMessage()));
        executor.execute(task);
        return task;
    }

    private Task<FactoryWriter.Result> refusedSave() {
        Problem refused = code.refusal();
        FactoryWriter.Result result = new FactoryWriter.Result(List.of(), List.of(), List.of(), refused == null ? List.of() : List.of(refused));
        Task<FactoryWriter.Result> task = new Task<>() {
            @Override
            protected FactoryWriter.Result call() {
                return result;
            }
        };
        task.run();
        return task;
    }

    /** After the factory was saved as a whole (Save all): what is on disk now is what to go back to. */
    public void savedWithFactory() {
        if (!resource.isModified()) saved = resource.json().deepCopy();
        changed();
    }

    /** Don't save: puts back the content as it was when opened or last saved (in place: views keep the same tree). */
    public void discard() {
        if (code != null) code.reload();
        ObjectNode root = resource.json();
        if (root.equals(saved)) return;
        root.removeAll();
        root.setAll(saved.deepCopy());
        changed();
    }

    /** Validates the factory and keeps this resource's findings. */
    public Task<List<Problem>> validate() {
        String id = resource.id().toString();
        Task<List<Problem>> task = new Task<>() {
            @Override
            protected List<Problem> call() {
                return Validator.validate(factory).stream().filter(p -> id.equalsIgnoreCase(p.resource())).toList();
            }
        };
        task.setOnSucceeded(e -> {
            showProblems(task.getValue());
            status.set("Validated: " + dev.pipewright.core.problem.ProblemCounts.problems(problems.size()).toLowerCase(java.util.Locale.ROOT));
        });
        task.setOnFailed(e -> status.set("Validation failed: " + task.getException().getMessage()));
        executor.execute(task);
        return task;
    }

    /** Shows findings about this resource, from a validation of the whole factory (Validate, or the live check). */
    public void showProblems(List<Problem> found) {
        problems.setAll(found);
    }

    /** Runs one edit on this tab's history, saying what was done or why it was refused (then nothing changed). */
    protected boolean execute(dev.pipewright.core.edit.EditCommand command) {
        try {
            stack.execute(command);
            status.set(command.label());
            return true;
        } catch (dev.pipewright.core.edit.EditRefusedException | IllegalArgumentException e) {
            status.set("Not changed: " + e.getMessage());
            return false;
        }
    }

    public void undo() {
        if (!stack.undo()) status.set("Nothing to undo");
    }

    /** Forgets every recorded edit (they no longer apply to the resource as it is), saying why. */
    public void forgetHistory(String why) {
        stack.clear();
        status.set(why);
    }

    public void redo() {
        if (!stack.redo()) status.set("Nothing to redo");
    }

    /** The tab is closed: stop following shared state (the active profile …). */
    public void dispose() {
    }

    public Factory factory() {
        return factory;
    }

    /** The resource being edited (the same object after a rename). */
    public Resource resource() {
        return resource;
    }

    public EditStack stack() {
        return stack;
    }

    protected Executor executor() {
        return executor;
    }

    /** Puts a line in the tab's status (what a view tells the user). */
    public void showStatus(String text) {
        status.set(text);
    }

    protected void status(String text) {
        status.set(text);
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The tab text: the name, with " *" while there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The last thing done: an edit, a refusal with its reason, a save or a validation. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** This resource's findings from the last validation. */
    public ObservableList<Problem> problems() {
        return problems;
    }
}
