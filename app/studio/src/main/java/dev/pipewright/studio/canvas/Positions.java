package dev.pipewright.studio.canvas;

import javafx.geometry.Point2D;

import java.util.HashMap;
import java.util.Map;

/**
 * Where activities sit on the canvas, per activity list (ADF's JSON has no positions). Held in memory; a
 * {@link PositionStore} loads and keeps them between sessions.
 */
public final class Positions {
    private final Map<String, Map<String, Point2D>> byList = new HashMap<>();

    /** The positions of one list's activities (mutable, by activity name). */
    public Map<String, Point2D> of(String list) {
        return byList.computeIfAbsent(list, k -> new HashMap<>());
    }

    /** Every list's positions (for saving). */
    public Map<String, Map<String, Point2D>> all() {
        return byList;
    }
}
