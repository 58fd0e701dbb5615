package dev.pipewright.studio.shell;

import dev.pipewright.core.factory.DiskChanges;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.studio.files.FolderWatcher;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Notices files changed under the open factory by other programs (an editor, a {@code git pull} in a terminal,
 * another studio): the folders are watched, and once events settle the files are compared with what the studio read
 * or wrote, off the JavaFX thread. With nothing unsaved the factory is read again at once (the open tabs stay); with
 * unsaved edits the changes wait in {@link #pendingProperty()} for the user's word: {@link #reloadNow()} or
 * {@link #keepMine()}. The studio's own saves are no change. Call the public methods on the JavaFX thread.
 */
public final class DiskWatch implements AutoCloseable {
    private final MainWindowViewModel window;
    private final Executor io;
    private final ReadOnlyObjectWrapper<DiskChanges> pending = new ReadOnlyObjectWrapper<>(this, "pending");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final AtomicBoolean checkQueued = new AtomicBoolean();
    private volatile FolderWatcher watcher;
    private Path watched;
    private boolean closed;

    public DiskWatch(MainWindowViewModel window, Executor io) {
        this.window = window;
        this.io = io;
        window.factoryProperty().addListener((obs, old, factory) -> follow(factory));
        follow(window.factoryProperty().get());
    }

    /** Changes that wait for the user because unsaved edits are open; null when none. */
    public ReadOnlyObjectProperty<DiskChanges> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** What the watch last did or found, in words ("Read again from disk: …"); empty before anything happened. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Compares the disk with the open factory now (the watch calls it after each burst of file events). */
    public void check() {
        Factory factory = window.factoryProperty().get();
        if (closed || factory == null || window.loadingProperty().get()) return;
        if (!java.nio.file.Files.isDirectory(factory.root())) return; // the folder itself is gone: nothing to read again
        DiskChanges.Snapshot snapshot = DiskChanges.snapshot(factory);
        execute(() -> {
            DiskChanges changes = snapshot.scan();
            Platform.runLater(() -> {
                if (window.factoryProperty().get() == factory) apply(factory, changes);
            });
        });
    }

    /** Reads the factory again, giving up the unsaved edits (the user chose the versions on disk). */
    public void reloadNow() {
        DiskChanges changes = pending.get();
        pending.set(null);
        if (changes != null) note.set("Read again from disk: " + describe(changes));
        reload();
    }

    private void reload() {
        try {
            window.reload();
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            close();
        }
    }

    /** Keeps the edits here; saving them replaces the files the other program changed (the user was asked). */
    public void keepMine() {
        DiskChanges changes = pending.get();
        pending.set(null);
        Factory factory = window.factoryProperty().get();
        if (changes == null || factory == null) return;
        factory.keepOwnVersions(changes);
        note.set("Kept your version of " + list(changes.all()) + "; saving replaces what is on disk");
    }

    private void apply(Factory factory, DiskChanges changes) {
        if (changes.isEmpty()) return;
        if (!window.hasUnsavedChanges()) {
            pending.set(null);
            note.set("Read again from disk: " + describe(changes));
            reload();
            return;
        }
        pending.set(changes);
        List<String> unsaved = changes.unsavedAmong(factory);
        note.set(describe(changes) + ". You have unsaved changes"
                + (unsaved.isEmpty() ? "" : " to " + list(unsaved)) + ": reload to take the files on disk, or keep yours");
    }

    private void follow(Factory factory) {
        Path root = factory == null || closed ? null : factory.root();
        if (root == null ? watched == null : root.equals(watched)) return;
        watched = root;
        pending.set(null);
        FolderWatcher old = watcher;
        watcher = null;
        execute(() -> {
            if (old != null) old.close();
            if (root == null) return;
            // registering walks the folders: off the JavaFX thread
            FolderWatcher started = FolderWatcher.watch(root, this::changed);
            Platform.runLater(() -> {
                if (!root.equals(watched)) {
                    if (started != null) started.close();
                    return;
                }
                watcher = started;
                check(); // what changed between reading the factory and watching its folders
            });
        });
    }

    /** Runs {@code work} on the I/O executor; once that is shut down (the studio is closing) the watch ends. */
    private void execute(Runnable work) {
        try {
            io.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            close();
        }
    }

    private void changed() {
        if (checkQueued.compareAndSet(false, true)) Platform.runLater(() -> {
            checkQueued.set(false);
            check();
        });
    }

    static String describe(DiskChanges changes) {
        StringBuilder text = new StringBuilder();
        append(text, changes.changed(), "changed");
        append(text, changes.added(), "added");
        append(text, changes.deleted(), "deleted");
        return text + " on disk";
    }

    private static void append(StringBuilder text, List<String> paths, String what) {
        if (paths.isEmpty()) return;
        if (!text.isEmpty()) text.append("; ");
        text.append(list(paths)).append(' ').append(what);
    }

    private static String list(List<String> paths) {
        return paths.size() <= 3 ? String.join(", ", paths)
                : String.join(", ", paths.subList(0, 3)) + " and " + (paths.size() - 3) + " more";
    }

    /** Stops watching for good (the window is closed). */
    @Override
    public void close() {
        closed = true;
        FolderWatcher w = watcher;
        watcher = null;
        watched = null;
        if (w != null) w.close();
    }
}
