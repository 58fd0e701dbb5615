package dev.pipewright.studio.author;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryWriter;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCounts;
import dev.pipewright.runtime.connect.Connections;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.studio.canvas.PipelineEditorViewModel;
import dev.pipewright.studio.connect.ConnectViewModel;
import dev.pipewright.studio.canvas.PositionStore;
import dev.pipewright.studio.canvas.Positions;
import dev.pipewright.studio.dataset.DatasetEditorViewModel;
import dev.pipewright.studio.editor.CodeEditorViewModel;
import dev.pipewright.studio.editor.ResourceEditorViewModel;
import dev.pipewright.studio.hub.HubServices;
import dev.pipewright.studio.trigger.TriggerEditorViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The Author hub's open editors (one tab per resource: the pipeline canvas, the dataset form, the trigger form, or the JSON code
 * view for every other kind), the active one, Save (the active tab's resource) and Save all. Opening another factory
 * closes them; reading the same one again keeps them. Canvas positions come from, and go back to, the
 * {@link PositionStore}; placement badges, Test connection and Preview data follow the active environment profile of
 * the shared {@link HubServices}.
 */
public final class EditorsViewModel {
    private final ReadOnlyObjectProperty<Factory> factory;
    private final Executor executor;
    private final PositionStore positions;
    private final ObservableList<ResourceEditorViewModel> editors = FXCollections.observableArrayList();
    private final ObjectProperty<ResourceEditorViewModel> activeEditor = new SimpleObjectProperty<>(this, "activeEditor");
    private final ReadOnlyObjectWrapper<PipelineEditorViewModel> activePipeline = new ReadOnlyObjectWrapper<>(this, "active");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<Problem> allProblems = FXCollections.observableArrayList();
    private final ObjectProperty<EnvironmentProfile> profile = new SimpleObjectProperty<>(this, "profile", EnvironmentProfile.defaults());
    private Function<Factory, Connections> connections = f -> new Connections(f, profile.get(), f.root());
    /** Where debug runs are recorded (none without the window's services), and who hears that one was. */
    private Function<java.nio.file.Path, dev.pipewright.runtime.run.RunListener> runs = root -> null;
    private Runnable recorded = () -> { };
    private Runnable newLinkedService = () -> { };
    private final ObjectProperty<java.util.function.Supplier<java.time.Instant>> clock = new SimpleObjectProperty<>(this, "clock", java.time.Instant::now);
    private final LiveValidation validation;

    public EditorsViewModel(ReadOnlyObjectProperty<Factory> factory, Executor executor, PositionStore positions) {
        this.factory = factory;
        this.executor = executor;
        this.positions = positions;
        factory.addListener((o, old, now) -> replaceEditors(old, now));
        activeEditor.addListener((o, old, now) -> activePipeline.set(now instanceof PipelineEditorViewModel p ? p : null));
        validation = new LiveValidation(factory, executor, editors, allProblems);
    }

    /**
     * Another factory closes every editor. The same factory read again (File › Reload from disk, files changed by git)
     * reopens the editors of the resources it still has, in their order, with the same one active.
     */
    private void replaceEditors(Factory old, Factory now) {
        boolean reload = old != null && now != null && old.root().equals(now.root());
        List<ResourceId> open = reload ? editors.stream().map(e -> e.resource().id()).toList() : List.of();
        ResourceEditorViewModel active = activeEditor.get();
        ResourceId activeId = reload && active != null ? active.resource().id() : null;
        editors.forEach(ResourceEditorViewModel::dispose);
        editors.clear();
        activeEditor.set(null);
        if (!reload) return;
        List<ResourceEditorViewModel> reopened = new ArrayList<>();
        for (ResourceId id : open) now.get(id).ifPresent(r -> reopened.add(create(now, r)));
        editors.setAll(reopened);
        activeEditor.set(reopened.stream().filter(e -> e.resource().id().equals(activeId)).findFirst()
                .orElse(reopened.isEmpty() ? null : reopened.get(reopened.size() - 1)));
    }

    /** Uses the window's shared services: their active profile and their connections (stand-ins, secret store). */
    public void useServices(HubServices services) {
        profile.bind(services.profileProperty());
        connections = services::connections;
        runs = services::runs;
        recorded = services::runRecorded;
    }

    /**
     * A Test connection / Preview data session over the open factory and the active profile (the Copy and Lookup
     * tabs' Preview data); runs on this hub's executor.
     */
    public ConnectViewModel connect() {
        return new ConnectViewModel(() -> connections.apply(factory.get()), executor);
    }

    /** What the dataset editor's "New" linked service does (the window opens Manage › Linked services). */
    public void setOnNewLinkedService(Runnable action) {
        newLinkedService = action == null ? () -> { } : action;
    }

    /** What "now" is for the trigger editors' next fire times (the system clock unless a test fixes it). */
    public void setClock(java.util.function.Supplier<java.time.Instant> now) {
        clock.set(now == null ? java.time.Instant::now : now);
    }

    /** Opens (or brings forward) the editor of a resource from the tree. */
    public Optional<ResourceEditorViewModel> open(ResourceEntry entry) {
        if (entry == null || factory.get() == null) return Optional.empty();
        return open(entry.category().kind(), entry.name());
    }

    public Optional<PipelineEditorViewModel> open(String pipelineName) {
        return open(ResourceKind.PIPELINE, pipelineName).map(PipelineEditorViewModel.class::cast);
    }

    /** Opens the editor of any resource: the canvas for pipelines, the form for datasets, else the code view. */
    public Optional<ResourceEditorViewModel> open(ResourceKind kind, String name) {
        Factory f = factory.get();
        if (f == null) return Optional.empty();
        Optional<Resource> resource = f.get(kind, name);
        if (resource.isEmpty()) return Optional.empty();
        for (ResourceEditorViewModel e : editors) {
            if (e.resource() == resource.get()) {
                activeEditor.set(e);
                return Optional.of(e);
            }
        }
        ResourceEditorViewModel editor = create(f, resource.get());
        editors.add(editor);
        activeEditor.set(editor);
        return Optional.of(editor);
    }

    private ResourceEditorViewModel create(Factory f, Resource resource) {
        return switch (resource.kind()) {
            case PIPELINE -> {
                String name = resource.name();
                PipelineEditorViewModel editor = new PipelineEditorViewModel(f, resource, positions.load(f.root(), name), executor, profile);
                editor.canvas().setOnRefreshed(() -> positions.save(f.root(), editor.pipeline().name(), editor.positions()));
                editor.useDebug(new dev.pipewright.studio.debug.DebugViewModel(f.root(), name, factory -> connections.apply(factory),
                        root -> runs.apply(root), () -> recorded.run()));
                yield editor;
            }
            case DATASET -> new DatasetEditorViewModel(f, resource, executor, copy -> connections.apply(copy), () -> newLinkedService.run());
            case TRIGGER -> TriggerEditorViewModel.hasForm(resource) ? new TriggerEditorViewModel(f, resource, executor, () -> clock.get().get())
                    : new CodeEditorViewModel(f, resource, executor);
            default -> new CodeEditorViewModel(f, resource, executor);
        };
    }

    public void close(ResourceEditorViewModel editor) {
        editor.dispose();
        editors.remove(editor);
        if (activeEditor.get() == editor) activeEditor.set(editors.isEmpty() ? null : editors.get(editors.size() - 1));
    }

    /**
     * After a New, Rename, Clone or Delete: editors of resources that are gone close, the others' titles follow their
     * names and dirty state.
     */
    public void resourcesChanged() {
        Factory f = factory.get();
        for (ResourceEditorViewModel e : List.copyOf(editors)) {
            if (f == null || f.get(e.resource().id()).orElse(null) != e.resource()) close(e);
            else e.changed();
        }
        revalidateSoon();
    }

    /**
     * After a rename of {@code kind} {@code from} to {@code to} (or its undo) that rewrote references in {@code users}:
     * a pipeline's canvas positions are kept under the new name too, and the users' open editors forget their edit
     * history (its edits hold the names as they were).
     */
    public void renamed(ResourceKind kind, String from, String to, Collection<ResourceId> users) {
        Factory f = factory.get();
        if (f == null) return;
        if (kind == ResourceKind.PIPELINE) {
            Positions kept = positions.load(f.root(), from);
            if (!kept.all().isEmpty()) positions.save(f.root(), to, kept);
        }
        for (ResourceEditorViewModel e : editors) {
            if (users.contains(e.resource().id())) e.forgetHistory("Undo history cleared: renaming " + kind.displayName() + " " + from + " to " + to + " changed this resource's references");
        }
    }

    /** Save (Ctrl+S): writes only the active tab's resource. */
    public Optional<Task<FactoryWriter.Result>> saveActive() {
        ResourceEditorViewModel e = activeEditor.get();
        return e == null ? Optional.empty() : Optional.of(e.save());
    }

    /** Save all (Ctrl+Shift+S): writes every changed file of the factory (open editors or not) and deletes removed ones. */
    public Task<FactoryWriter.Result> saveAll() {
        Factory f = factory.get();
        // text typed in code views is applied first; a tab whose text is not valid JSON keeps it and stays unsaved
        List<Problem> refused = new ArrayList<>();
        for (ResourceEditorViewModel editor : editors) {
            if (!editor.applyTypedText() && editor.typedTextProblem() != null) refused.add(editor.typedTextProblem());
        }
        Task<FactoryWriter.Result> task = new Task<>() {
            {
                updateTitle("Saving all");
            }

            @Override
            protected FactoryWriter.Result call() {
                FactoryWriter.Result saved = FactoryWriter.save(f);
                if (refused.isEmpty()) return saved;
                List<Problem> problems = new ArrayList<>(refused);
                problems.addAll(saved.problems());
                return new FactoryWriter.Result(saved.written(), saved.unchanged(), saved.deleted(), problems);
            }
        };
        task.setOnSucceeded(e -> {
            FactoryWriter.Result r = task.getValue();
            int n = r.written().size();
            String deleted = r.deleted().isEmpty() ? "" : ", deleted " + r.deleted().size();
            String savedText = "Saved " + n + (n == 1 ? " file" : " files") + deleted;
            Problem first = r.problems().isEmpty() ? null : r.problems().get(0);
            String where = first == null || first.file() == null ? "" : first.file() + (first.line() > 0 ? " line " + first.line() + ", column " + first.column() : "") + ": ";
            status.set(r.ok() ? savedText : (n > 0 ? savedText + "; not saved: " : "Not saved: ") + where + first.message());
            editors.forEach(ResourceEditorViewModel::savedWithFactory);
        });
        task.setOnFailed(e -> status.set("Not saved: " + task.getException().getMessage()));
        if (f != null) executor.execute(task);
        return task;
    }

    /** True when Save all would change something on disk (an edited, new, renamed or deleted resource). */
    public boolean hasUnsavedChanges() {
        Factory f = factory.get();
        return f != null && (f.hasUnsavedChanges() || editors.stream().anyMatch(e -> e.dirtyProperty().get()));
    }

    /** ADF's "Validate all": every finding of the factory, in {@link #allProblems()} (which also follows every edit). */
    public Task<List<Problem>> validateAll() {
        Task<List<Problem>> task = validation.now();
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e ->
                status.set("Validate all: " + ProblemCounts.problems(task.getValue().size()).toLowerCase(java.util.Locale.ROOT)));
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_FAILED, e ->
                status.set("Validation failed: " + task.getException().getMessage()));
        return task;
    }

    /** Validates again shortly (after a New, Rename, Delete or a change made outside an editor). */
    public void revalidateSoon() {
        validation.schedule();
    }

    /**
     * Opens the resource a finding is about; in a pipeline, selects the activity too. False when the finding is not
     * about a resource of the factory (a stray file).
     */
    public boolean reveal(Problem problem) {
        if (problem.resource() == null) return false;
        int slash = problem.resource().indexOf('/');
        if (slash < 0) return false;
        Optional<ResourceKind> kind = ResourceKind.forFolder(problem.resource().substring(0, slash));
        if (kind.isEmpty()) return false;
        return open(kind.get(), problem.resource().substring(slash + 1)).map(editor -> {
            if (editor instanceof PipelineEditorViewModel pipeline) pipeline.reveal(problem);
            return true;
        }).orElse(false);
    }

    /** The findings of the last Validate all. */
    public ObservableList<Problem> allProblems() {
        return allProblems;
    }

    public ObservableList<ResourceEditorViewModel> editors() {
        return editors;
    }

    /** The editor of the selected tab, whatever its kind, or null. */
    public ObjectProperty<ResourceEditorViewModel> activeEditorProperty() {
        return activeEditor;
    }

    /** The selected tab's pipeline editor; null when none is open or the selected tab is another kind. */
    public ReadOnlyObjectProperty<PipelineEditorViewModel> activeProperty() {
        return activePipeline.getReadOnlyProperty();
    }

    /** The active environment profile the editors follow. */
    public ReadOnlyObjectProperty<EnvironmentProfile> profileProperty() {
        return profile;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
