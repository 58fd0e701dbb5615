package dev.pipewright.studio.shell;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.studio.author.EditorsViewModel;
import dev.pipewright.studio.author.ResourceTreeViewModel;
import dev.pipewright.studio.author.ResourcesViewModel;
import dev.pipewright.studio.canvas.PositionStore;
import dev.pipewright.studio.workspace.RecentFactories;
import dev.pipewright.studio.theme.Theme;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * State of the main window: which hub is shown, the theme, the open factory, the window title and the
 * status line. Opening a factory reads it on {@code executor} (never on the JavaFX thread) and publishes
 * the result on the JavaFX thread. Call its methods on the JavaFX thread.
 */
public final class MainWindowViewModel {
    public static final String APP_NAME = "Pipewright";
    static final String NO_FACTORY_STATUS =
            "No factory open: start the studio with the path of an ADF git root, or use File › Open factory…";
    static final String LOADING_STATUS = "Loading…";

    private final Executor executor;
    private final Function<Path, Factory> loader;
    private final ResourceTreeViewModel resourceTree = new ResourceTreeViewModel();
    private final ObjectProperty<Hub> hub = new SimpleObjectProperty<>(this, "hub", Hub.AUTHOR);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", NO_FACTORY_STATUS);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyObjectWrapper<Path> factoryRoot = new ReadOnlyObjectWrapper<>(this, "factoryRoot");
    private final ReadOnlyObjectWrapper<Factory> factory = new ReadOnlyObjectWrapper<>(this, "factory");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final EditorsViewModel editors;
    private final ResourcesViewModel resources;
    private final RecentFactories recentStore;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final java.util.Map<Path, java.time.Instant> openedTimes = new java.util.HashMap<>();
    private Task<Factory> currentLoad;

    /**
     * @param executor runs factory loads (a background thread; tests may pass their own)
     * @param loader   reads a factory root, normally {@code Factory::load}
     */
    public MainWindowViewModel(Executor executor, Function<Path, Factory> loader) {
        this(executor, loader, PositionStore.inMemory(), RecentFactories.none());
    }

    /**
     * @param positions where canvas positions are kept between sessions
     * @param recent    the recently opened factories (the workspace store)
     */
    public MainWindowViewModel(Executor executor, Function<Path, Factory> loader, PositionStore positions, RecentFactories recent) {
        this.recentStore = Objects.requireNonNull(recent, "recent");
        this.recent.setAll(recent.recent());
        this.openedTimes.putAll(recent.openedTimes());
        this.executor = Objects.requireNonNull(executor, "executor");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.editors = new EditorsViewModel(factory.getReadOnlyProperty(), executor, positions);
        this.resources = new ResourcesViewModel(factory.getReadOnlyProperty(), editors, resourceTree);
        // what Save all and the resource operations did goes to the status line
        editors.statusProperty().addListener((obs, old, now) -> status.set(now));
        resources.statusProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) status.set(now);
        });
        hub.addListener((obs, old, now) -> {
            if (now == null) hub.set(old); // the rail always shows one hub
        });
        theme.addListener((obs, old, now) -> {
            if (now == null) theme.set(old);
        });
    }

    /**
     * Starts reading the factory at {@code root} in the background; the status shows "Loading…" until it
     * is done. A load started earlier and still running is cancelled and its result ignored.
     */
    public Task<Factory> open(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        if (currentLoad != null) currentLoad.cancel();
        Task<Factory> task = new Task<>() {
            {
                updateTitle("Opening " + factoryName(absolute));
            }

            @Override
            protected Factory call() {
                return loader.apply(absolute);
            }
        };
        currentLoad = task;
        // A reload keeps the old tree until the new one is ready; another factory must not show stale content.
        if (!absolute.equals(factoryRoot.get())) {
            clearFactory();
            resourceTree.startOver(); // the previous factory's filter goes at once, not when (or if) the new one is read
        }
        factoryRoot.set(absolute);
        title.set(APP_NAME + " — " + factoryName(absolute));
        status.set(LOADING_STATUS);
        loading.set(true);
        task.setOnSucceeded(e -> {
            if (task == currentLoad) showLoaded(task.getValue());
        });
        task.setOnFailed(e -> {
            if (task == currentLoad) showFailed(absolute, task.getException());
        });
        executor.execute(task);
        return task;
    }

    /** Reads the open factory again from disk (after edits outside the studio). */
    public void reload() {
        if (factoryRoot.get() != null) open(factoryRoot.get());
    }

    /** No factory to open: an empty tree and a status that says how to open one. */
    public void showNoFactory() {
        if (currentLoad != null) currentLoad.cancel();
        currentLoad = null;
        factoryRoot.set(null);
        clearFactory();
        title.set(APP_NAME);
        status.set(NO_FACTORY_STATUS);
    }

    /** Puts a line in the status bar. */
    public void showStatus(String text) {
        status.set(text);
    }

    public void toggleTheme() {
        theme.set(theme.get().toggled());
    }

    private void showLoaded(Factory loaded) {
        currentLoad = null;
        recentStore.opened(loaded.root());
        openedTimes.put(loaded.root(), java.time.Instant.now());
        recent.remove(loaded.root());
        recent.add(0, loaded.root());
        factory.set(loaded);
        problems.setAll(loaded.loadProblems());
        resourceTree.show(loaded);
        status.set(FactorySummary.of(loaded));
        loading.set(false);
    }

    private void showFailed(Path root, Throwable error) {
        currentLoad = null;
        clearFactory();
        title.set(APP_NAME);
        status.set("Could not open " + root + ": " + describe(error));
    }

    private void clearFactory() {
        factory.set(null);
        problems.clear();
        resourceTree.clear();
        loading.set(false);
    }

    /** The factory's name as the title shows it: its root folder's name. */
    static String factoryName(Path root) {
        Path name = root.getFileName();
        return name == null ? root.toString() : name.toString();
    }

    private static String describe(Throwable error) {
        Throwable cause = error instanceof UncheckedIOException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof NotDirectoryException || cause instanceof NoSuchFileException) return "not a folder";
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    public ResourceTreeViewModel resourceTree() {
        return resourceTree;
    }

    /** When {@code root} was last opened, null when not known. */
    public java.time.Instant openedAt(Path root) {
        return openedTimes.get(root);
    }

    /** Recently opened factory roots, most recent first (File › Open recent). */
    public ObservableList<Path> recentFactories() {
        return recent;
    }

    /** Factory Resources' New, Rename, Clone and Delete. */
    public ResourcesViewModel resources() {
        return resources;
    }

    /** True when the open factory has changes that Save all would write (or files it would delete). */
    public boolean hasUnsavedChanges() {
        return editors.hasUnsavedChanges();
    }

    /** The Author hub's open editors. */
    public EditorsViewModel editors() {
        return editors;
    }

    public ObjectProperty<Hub> hubProperty() {
        return hub;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** "Pipewright — <factory folder name>", or "Pipewright" with no factory. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while a factory is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The root being shown or loaded, absolute; null when none. */
    public ReadOnlyObjectProperty<Path> factoryRootProperty() {
        return factoryRoot.getReadOnlyProperty();
    }

    /** The loaded factory; null while loading, after a failure, or with none. */
    public ReadOnlyObjectProperty<Factory> factoryProperty() {
        return factory.getReadOnlyProperty();
    }

    /** Problems found while reading the open factory (read-only). */
    public ObservableList<Problem> problems() {
        return problemsView;
    }
}
