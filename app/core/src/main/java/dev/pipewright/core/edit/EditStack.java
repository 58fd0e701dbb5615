package dev.pipewright.core.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Undo and redo history of edits. Executing a new edit clears what could be redone; a refused edit is not
 * recorded. Listeners run after every change (on the caller's thread).
 */
public final class EditStack {
    private final Deque<EditCommand> done = new ArrayDeque<>();
    private final Deque<EditCommand> undone = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();

    /** Executes and records {@code command}; throws {@link EditRefusedException} when refused. */
    public void execute(EditCommand command) {
        command.execute();
        done.push(command);
        undone.clear();
        fire();
    }

    /** Undoes the last edit; false when there is none. */
    public boolean undo() {
        return move(done, undone, true);
    }

    /** Redoes the last undone edit; false when there is none. */
    public boolean redo() {
        return move(undone, done, false);
    }

    private boolean move(Deque<EditCommand> from, Deque<EditCommand> to, boolean undo) {
        if (from.isEmpty()) return false;
        EditCommand c = from.pop();
        if (undo) c.undo(); else c.execute();
        to.push(c);
        fire();
        return true;
    }

    /** Forgets every edit (the resource or factory they were made on is gone). */
    public void clear() {
        done.clear();
        undone.clear();
        fire();
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    public Optional<String> undoLabel() {
        return Optional.ofNullable(done.peek()).map(EditCommand::label);
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(undone.peek()).map(EditCommand::label);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Runnable l : List.copyOf(listeners)) l.run();
    }
}
