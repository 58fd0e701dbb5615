package dev.pipewright.studio.canvas;

import dev.pipewright.core.edit.EditStack;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryWriter;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.validate.Validator;
import dev.pipewright.core.model.Pipeline;
import dev.pipewright.runtime.placement.Placement;
import dev.pipewright.runtime.placement.PlacementEngine;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.studio.code.CodeViewModel;
import dev.pipewright.studio.properties.PropertiesViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * One open pipeline: its undo history, canvas, toolbox, dirty state, validation results and save. Saving and
 * validating run in {@link Task}s on the given executor, never on the JavaFX thread.
 */
public final class PipelineEditorViewModel {
    private final Factory factory;
    private final Resource pipeline;
    private final Executor executor;
    private final EditStack stack = new EditStack();
    private final Positions positions;
    private final CanvasViewModel canvas;
    private final ToolboxViewModel toolbox = new ToolboxViewModel();
    private final CodeViewModel code;
    private final PropertiesViewModel properties;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();

    public PipelineEditorViewModel(Factory factory, Resource pipeline, Positions positions, Executor executor) {
        this.factory = factory;
        this.pipeline = pipeline;
        this.executor = executor;
        this.positions = positions;
        this.canvas = new CanvasViewModel(pipeline, stack, positions);
        this.code = new CodeViewModel(pipeline, stack);
        this.properties = new PropertiesViewModel(canvas, factory);
        stack.addListener(this::changed);
        stack.addListener(() -> place());
        canvas.messageProperty().addListener((o, a, b) -> status.set(b));
        changed();
        place();
    }

    /** Recomputes the dirty marker: the file differs from what is on disk (undoing back to it clears it). */
    public void changed() {
        dirty.set(pipeline.isModified());
        title.set(pipeline.name() + (dirty.get() ? " *" : ""));
    }

    /** Writes this pipeline's file if it changed (FactoryWriter: ADF's format, atomically). */
    public Task<FactoryWriter.Result> save() {
        Task<FactoryWriter.Result> task = new Task<>() {
            @Override
            protected FactoryWriter.Result call() {
                return FactoryWriter.save(factory, pipeline);
            }
        };
        task.setOnSucceeded(e -> {
            FactoryWriter.Result r = task.getValue();
            status.set(r.ok() ? (r.written().isEmpty() ? "No changes to save" : "Saved " + String.join(", ", r.written()))
                    : "Not saved: " + r.problems().get(0).message());
            changed();
        });
        task.setOnFailed(e -> status.set("Not saved: " + task.getException().getMessage()));
        executor.execute(task);
        return task;
    }

    /**
     * Works out where each activity would run (the runtime's placement engine, default environment profile) in the
     * background and shows the badges; a failure leaves the old badges.
     */
    public Task<Map<String, Badge>> place() {
        Task<Map<String, Badge>> task = new Task<>() {
            @Override
            protected Map<String, Badge> call() {
                Map<String, Badge> badges = new HashMap<>();
                for (Placement p : PlacementEngine.of(factory, EnvironmentProfile.defaults()).resolve(new Pipeline(pipeline))) {
                    badges.put(p.activity(), Badge.of(p));
                }
                return badges;
            }
        };
        task.setOnSucceeded(e -> canvas.setBadges(task.getValue()));
        executor.execute(task);
        return task;
    }

    /** Validates the factory and keeps this pipeline's findings. */
    public Task<List<Problem>> validate() {
        String id = pipeline.id().toString();
        Task<List<Problem>> task = new Task<>() {
            @Override
            protected List<Problem> call() {
                return Validator.validate(factory).stream().filter(p -> id.equals(p.resource())).toList();
            }
        };
        task.setOnSucceeded(e -> {
            problems.setAll(task.getValue());
            status.set(problems.isEmpty() ? "Validated: no problems" : "Validated: " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems"));
        });
        task.setOnFailed(e -> status.set("Validation failed: " + task.getException().getMessage()));
        executor.execute(task);
        return task;
    }

    /** Shows the activity a finding is about (opening its container) and selects it. */
    public void reveal(Problem problem) {
        ProblemTargets.select(canvas, problem);
    }

    public void undo() {
        if (!stack.undo()) status.set("Nothing to undo");
    }

    public void redo() {
        if (!stack.redo()) status.set("Nothing to redo");
    }

    public Factory factory() {
        return factory;
    }

    public Resource pipeline() {
        return pipeline;
    }

    public EditStack stack() {
        return stack;
    }

    public Positions positions() {
        return positions;
    }

    public CanvasViewModel canvas() {
        return canvas;
    }

    public ToolboxViewModel toolbox() {
        return toolbox;
    }

    /** The JSON code view of the pipeline. */
    public CodeViewModel code() {
        return code;
    }

    /** The properties pane of the selected activity. */
    public PropertiesViewModel properties() {
        return properties;
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

    /** This pipeline's findings from the last validation. */
    public ObservableList<Problem> problems() {
        return problems;
    }
}
