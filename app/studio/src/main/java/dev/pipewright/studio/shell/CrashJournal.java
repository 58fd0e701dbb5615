package dev.pipewright.studio.shell;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.edit.ReplaceJsonCommand;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.studio.author.EditorsViewModel;
import dev.pipewright.studio.editor.ResourceEditorViewModel;
import dev.pipewright.studio.workspace.EditJournal;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.util.Duration;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Never lose work: the unsaved content of every open editor (its JSON, or text typed in its code view and not applied)
 * is journaled to the workspace store within a second of the edit; the JavaFX thread only copies the few dirty editors'
 * text, the store writes on its own thread. When a factory opens and the journal holds edits that differ from the files
 * (the last session ended without saving or discarding them: a kill, a crash, a power cut), they wait in
 * {@link #recoverableProperty()} until the user restores or discards each one; nothing is restored silently and nothing
 * is written into the factory until the user saves. A clean close empties the journal ({@link #closedCleanly()}).
 */
public final class CrashJournal {
    /** Quiet time after the last edit before the journal is written; well under the 2 s promised. */
    static final Duration DELAY = Duration.millis(700);

    /** A journaled edit that can be brought back, with the file as it is on disk to compare. */
    public record Recoverable(EditJournal.Entry entry, String onDisk) {
    }

    private final MainWindowViewModel window;
    private final EditJournal journal;
    private final Executor io;
    private final PauseTransition due = new PauseTransition(DELAY);
    private final ReadOnlyObjectWrapper<List<Recoverable>> recoverable = new ReadOnlyObjectWrapper<>(this, "recoverable", List.of());
    private boolean restoring;
    private boolean stopped;

    public CrashJournal(MainWindowViewModel window, EditJournal journal, Executor io) {
        this.window = window;
        this.journal = journal;
        this.io = io;
        due.setOnFinished(e -> write());
        EditorsViewModel editors = window.editors();
        editors.editors().addListener((ListChangeListener<ResourceEditorViewModel>) c -> {
            while (c.next()) c.getAddedSubList().forEach(this::follow);
            schedule();
        });
        editors.editors().forEach(this::follow);
        window.factoryProperty().addListener((obs, old, now) -> opened(old, now));
    }

    /** Journaled edits of the open factory waiting for Restore or Discard; empty when none. */
    public ReadOnlyObjectProperty<List<Recoverable>> recoverableProperty() {
        return recoverable.getReadOnlyProperty();
    }

    private void follow(ResourceEditorViewModel editor) {
        editor.stack().addListener(this::schedule);
        editor.dirtyProperty().addListener((obs, was, now) -> schedule());
        if (editor.codeView() != null) editor.codeView().keystrokesProperty().addListener((obs, was, now) -> schedule());
    }

    private void schedule() {
        if (!restoring && !stopped && window.factoryProperty().get() != null) due.playFromStart();
    }

    /** Journals nothing more (the window is gone); what is journaled stays. */
    public void stop() {
        stopped = true;
        due.stop();
    }

    /** Writes the journal now: what every dirty editor holds (tests call it to skip the delay). */
    public void write() {
        due.stop();
        if (stopped) return;
        Factory factory = window.factoryProperty().get();
        if (factory == null) return;
        List<EditJournal.Entry> entries = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (ResourceEditorViewModel editor : window.editors().editors()) {
            if (!editor.dirtyProperty().get()) continue;
            Resource r = editor.resource();
            String path = r.path() != null ? r.path() : r.canonicalPath();
            var code = editor.codeView();
            boolean typed = code != null && code.unappliedProperty().get() && code.typedText() != null;
            entries.add(new EditJournal.Entry(path, typed ? code.typedText() : AdfJsonWriter.pretty(r.json()), typed, now));
        }
        // edits of the last session not restored or discarded yet stay journaled until the user decides
        for (Recoverable left : recoverable.get()) {
            if (entries.stream().noneMatch(e -> e.path().equals(left.entry().path()))) entries.add(left.entry());
        }
        journal.journal(factory.root(), entries);
    }

    /** The studio closes with every change saved or discarded on purpose: nothing is left to recover. */
    public void closedCleanly() {
        Factory factory = window.factoryProperty().get();
        due.stop();
        if (factory != null) journal.journal(factory.root(), List.of());
    }

    private void opened(Factory old, Factory now) {
        if (old != null && now != null && old.root().equals(now.root())) return; // read again: the journal stays as it is
        recoverable.set(List.of());
        if (now == null) return;
        Path root = now.root();
        io.execute(() -> {
            List<Recoverable> found = new ArrayList<>();
            for (EditJournal.Entry e : journal.journaled(root)) {
                String disk = read(root.resolve(e.path()));
                if (!e.text().equals(disk)) found.add(new Recoverable(e, disk));
            }
            javafx.application.Platform.runLater(() -> {
                if (window.factoryProperty().get() == now) recoverable.set(List.copyOf(found));
            });
        });
    }

    /**
     * Brings one journaled edit back into its editor as an unsaved change (undoable; the file is not touched): its
     * JSON becomes the resource's content, or typed code-view text goes back into the code view as typed.
     */
    public Optional<ResourceEditorViewModel> restore(Recoverable item) {
        Factory factory = window.factoryProperty().get();
        if (factory == null) return Optional.empty();
        Optional<Resource> resource = factory.resources().stream()
                .filter(r -> item.entry().path().equals(r.path() != null ? r.path() : r.canonicalPath())).findFirst();
        if (resource.isEmpty()) return Optional.empty();
        Optional<ResourceEditorViewModel> editor = window.editors().open(resource.get().kind(), resource.get().name());
        editor.ifPresent(e -> {
            var parsed = JsonReader.read(item.entry().text(), item.entry().path());
            if (item.entry().typed() && e.codeView() != null) {
                e.codeView().restoreTyped(item.entry().text());
            } else if (!parsed.hasErrors() && parsed.root() instanceof ObjectNode json) {
                e.stack().execute(new ReplaceJsonCommand(e.resource(), json));
            }
            window.editors().activeEditorProperty().set(e);
        });
        settle(item);
        return editor;
    }

    /** Gives one journaled edit up: it is not offered again. */
    public void discard(Recoverable item) {
        settle(item);
        write();
    }

    private void settle(Recoverable item) {
        List<Recoverable> left = new ArrayList<>(recoverable.get());
        left.remove(item);
        recoverable.set(List.copyOf(left));
        schedule();
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
