package dev.pipewright.studio.hub;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayDeque;
import java.util.Deque;

/** Undo and redo for the hub's commands. A new command clears the redo history. */
public final class CommandStack {
    private final Deque<HubCommand> done = new ArrayDeque<>();
    private final Deque<HubCommand> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private final ReadOnlyStringWrapper lastAction = new ReadOnlyStringWrapper(this, "lastAction", "");

    public void execute(HubCommand command) {
        command.execute();
        done.push(command);
        undone.clear();
        changed(command.label());
    }

    public void undo() {
        if (done.isEmpty()) return;
        HubCommand c = done.pop();
        c.undo();
        undone.push(c);
        changed("Undo: " + c.label());
    }

    public void redo() {
        if (undone.isEmpty()) return;
        HubCommand c = undone.pop();
        c.execute();
        done.push(c);
        changed("Redo: " + c.label());
    }

    private void changed(String action) {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        lastAction.set(action);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The last thing done, undone or redone. */
    public ReadOnlyStringProperty lastActionProperty() {
        return lastAction.getReadOnlyProperty();
    }
}
