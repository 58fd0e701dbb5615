package dev.pipewright.studio.shell;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.studio.author.EditorsViewModel;
import dev.pipewright.studio.editor.ResourceEditorViewModel;
import dev.pipewright.studio.workspace.Sessions;
import javafx.collections.ListChangeListener;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Brings each factory back as it was left: the tabs that were open (in their order, the active one active) when the
 * factory opens again, and at start-up the window's place and size. What is open is followed as it changes; it is
 * written to the workspace store when another factory opens and when the studio closes ({@link #keep()}).
 */
public final class SessionKeeper {
    private final MainWindowViewModel window;
    private final Sessions sessions;
    private final Supplier<Sessions.Bounds> bounds;
    private final Consumer<Sessions.Bounds> place;
    /** What was last open per factory root: the editors close before a switch is seen, so it is kept as it changes. */
    private final Map<Path, Sessions.Session> open = new HashMap<>();
    private boolean placed;
    private boolean restoring;

    /**
     * @param bounds the window's bounds now
     * @param place  puts the window at remembered bounds (once, for the first factory opened)
     */
    public SessionKeeper(MainWindowViewModel window, Sessions sessions, Supplier<Sessions.Bounds> bounds, Consumer<Sessions.Bounds> place) {
        this.window = window;
        this.sessions = sessions;
        this.bounds = bounds;
        this.place = place;
        EditorsViewModel editors = window.editors();
        editors.editors().addListener((ListChangeListener<ResourceEditorViewModel>) c -> follow());
        editors.activeEditorProperty().addListener((obs, old, now) -> follow());
        window.factoryProperty().addListener((obs, old, now) -> switched(old, now));
    }

    private void follow() {
        Factory f = window.factoryProperty().get();
        if (f == null || restoring) return;
        EditorsViewModel editors = window.editors();
        List<String> tabs = editors.editors().stream().map(e -> key(e)).toList();
        ResourceEditorViewModel active = editors.activeEditorProperty().get();
        open.put(f.root(), new Sessions.Session(tabs, active == null ? null : key(active), null));
    }

    private void switched(Factory old, Factory now) {
        if (old != null && now != null && old.root().equals(now.root())) return; // read again: the editors stay
        if (old != null) keep(old.root());
        if (now == null) return;
        open.remove(now.root());
        sessions.sessionOf(now.root()).ifPresent(session -> restore(now, session));
    }

    private void restore(Factory factory, Sessions.Session session) {
        if (!placed && session.window() != null) place.accept(session.window());
        placed = true;
        EditorsViewModel editors = window.editors();
        restoring = true;
        try {
            for (String tab : session.tabs()) {
                int slash = tab.indexOf('/');
                if (slash < 0) continue;
                ResourceKind.forFolder(tab.substring(0, slash)).ifPresent(kind -> editors.open(kind, tab.substring(slash + 1)));
            }
            editors.editors().stream().filter(e -> key(e).equals(session.active())).findFirst()
                    .ifPresent(e -> editors.activeEditorProperty().set(e));
        } finally {
            restoring = false;
        }
        follow();
    }

    /** Writes where the open factory is left (the studio is closing). */
    public void keep() {
        Factory f = window.factoryProperty().get();
        if (f != null) keep(f.root());
    }

    private void keep(Path root) {
        Sessions.Session last = open.get(root);
        if (last == null) return;
        sessions.remember(root, new Sessions.Session(last.tabs(), last.active(), bounds.get()));
    }

    private static String key(ResourceEditorViewModel editor) {
        return editor.resource().kind().folder() + "/" + editor.resource().name();
    }
}
