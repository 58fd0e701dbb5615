package dev.pipewright.studio.author;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryWriter;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.validate.Validator;
import dev.pipewright.studio.canvas.PipelineEditorViewModel;
import dev.pipewright.studio.canvas.PositionStore;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The Author hub's open editors (one tab per pipeline), the active one, and Save all. Opening another factory
 * closes them. Canvas positions come from, and go back to, the {@link PositionStore}.
 */
public final class EditorsViewModel {
    private final ReadOnlyObjectProperty<Factory> factory;
    private final Executor executor;
    private final PositionStore positions;
    private final ObservableList<PipelineEditorViewModel> editors = FXCollections.observableArrayList();
    private final ObjectProperty<PipelineEditorViewModel> active = new SimpleObjectProperty<>(this, "active");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<Problem> allProblems = FXCollections.observableArrayList();

    public EditorsViewModel(ReadOnlyObjectProperty<Factory> factory, Executor executor, PositionStore positions) {
        this.factory = factory;
        this.executor = executor;
        this.positions = positions;
        factory.addListener((o, old, now) -> {
            editors.clear();
            active.set(null);
        });
    }

    /** Opens (or brings forward) the editor of a resource from the tree; only pipelines have one so far. */
    public Optional<PipelineEditorViewModel> open(ResourceEntry entry) {
        if (entry == null || entry.category() != ResourceCategory.PIPELINES || factory.get() == null) return Optional.empty();
        return open(entry.name());
    }

    public Optional<PipelineEditorViewModel> open(String pipelineName) {
        Factory f = factory.get();
        if (f == null) return Optional.empty();
        for (PipelineEditorViewModel e : editors) {
            if (e.pipeline().name().equals(pipelineName)) {
                active.set(e);
                return Optional.of(e);
            }
        }
        Optional<Resource> resource = f.get(ResourceKind.PIPELINE, pipelineName);
        if (resource.isEmpty()) return Optional.empty();
        PipelineEditorViewModel editor = new PipelineEditorViewModel(f, resource.get(),
                positions.load(f.root(), pipelineName), executor);
        editor.canvas().setOnRefreshed(() -> positions.save(f.root(), pipelineName, editor.positions()));
        editors.add(editor);
        active.set(editor);
        return Optional.of(editor);
    }

    public void close(PipelineEditorViewModel editor) {
        editors.remove(editor);
        if (active.get() == editor) active.set(editors.isEmpty() ? null : editors.get(editors.size() - 1));
    }

    /** Writes every changed file of the factory (open editors or not) through the core writer. */
    public Task<FactoryWriter.Result> saveAll() {
        Factory f = factory.get();
        Task<FactoryWriter.Result> task = new Task<>() {
            @Override
            protected FactoryWriter.Result call() {
                return FactoryWriter.save(f);
            }
        };
        task.setOnSucceeded(e -> {
            FactoryWriter.Result r = task.getValue();
            status.set(r.ok() ? "Saved " + r.written().size() + (r.written().size() == 1 ? " file" : " files")
                    : "Not saved: " + r.problems().get(0).message());
            editors.forEach(PipelineEditorViewModel::changed);
        });
        task.setOnFailed(e -> status.set("Not saved: " + task.getException().getMessage()));
        if (f != null) executor.execute(task);
        return task;
    }

    /** ADF's "Validate all": every finding of the factory, in {@link #allProblems()}. */
    public Task<List<Problem>> validateAll() {
        Factory f = factory.get();
        Task<List<Problem>> task = new Task<>() {
            @Override
            protected List<Problem> call() {
                return Validator.validate(f);
            }
        };
        task.setOnSucceeded(e -> {
            allProblems.setAll(task.getValue());
            status.set("Validate all: " + (allProblems.isEmpty() ? "no problems" : allProblems.size() + " problems"));
        });
        task.setOnFailed(e -> status.set("Validation failed: " + task.getException().getMessage()));
        if (f != null) executor.execute(task);
        return task;
    }

    /** Opens the pipeline a finding is in and selects its activity; false when it is not about a pipeline. */
    public boolean reveal(Problem problem) {
        String prefix = ResourceKind.PIPELINE.folder() + "/";
        if (problem.resource() == null || !problem.resource().startsWith(prefix)) return false;
        return open(problem.resource().substring(prefix.length())).map(editor -> {
            editor.reveal(problem);
            return true;
        }).orElse(false);
    }

    /** The findings of the last Validate all. */
    public ObservableList<Problem> allProblems() {
        return allProblems;
    }

    public ObservableList<PipelineEditorViewModel> editors() {
        return editors;
    }

    /** The editor of the selected tab, or null. */
    public ObjectProperty<PipelineEditorViewModel> activeProperty() {
        return active;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
