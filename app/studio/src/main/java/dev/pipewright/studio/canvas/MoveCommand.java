package dev.pipewright.studio.canvas;

import dev.pipewright.core.edit.EditCommand;
import javafx.geometry.Point2D;

import java.util.HashMap;
import java.util.Map;

/** Moves activities on the canvas (positions only: ADF's JSON does not change). */
final class MoveCommand implements EditCommand {
    private final Map<String, Point2D> positions;
    private final Map<String, Point2D> before;
    private final Map<String, Point2D> after;
    private final String label;
    private final Runnable changed;

    /**
     * @param positions the list's position map that the command changes
     * @param before    old positions of the moved activities (missing: none before)
     * @param after     their new positions
     * @param changed   run after each execute/undo so the canvas follows
     */
    MoveCommand(Map<String, Point2D> positions, Map<String, Point2D> before, Map<String, Point2D> after, String label, Runnable changed) {
        this.positions = positions;
        this.before = new HashMap<>(before);
        this.after = new HashMap<>(after);
        this.label = label;
        this.changed = changed;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void execute() {
        positions.putAll(after);
        changed.run();
    }

    @Override
    public void undo() {
        for (String name : after.keySet()) {
            Point2D old = before.get(name);
            if (old == null) positions.remove(name); else positions.put(name, old);
        }
        changed.run();
    }
}
