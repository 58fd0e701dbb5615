package dev.pipewright.studio.canvas;

import javafx.geometry.Point2D;

import java.util.List;

/**
 * One arrow: {@code to} waits on {@code from} with {@code condition}; {@code lane} separates arrows of one pair. An
 * arrow that skips layers of the auto layout has a {@link Route} through slots no box takes; it is followed while
 * both activities stay where the layout put them.
 */
public record ArrowModel(String from, String to, String condition, int lane, Route route) {
    /** Where the layout put the two ends, and the top-left corner of each slot the arrow passes (canvas units). */
    public record Route(Point2D fromAt, Point2D toAt, List<Point2D> slots) {
    }

    public ArrowModel(String from, String to, String condition, int lane) {
        this(from, to, condition, lane, null);
    }

    /** The style class of the arrow's condition: arrow-succeeded, arrow-failed, arrow-completed, arrow-skipped. */
    public String styleClass() {
        return "arrow-" + condition.toLowerCase(java.util.Locale.ROOT);
    }

    /** The route, if the arrow has one and both ends are still where the layout put them. */
    Route routeFor(ActivityNodeModel fromNode, ActivityNodeModel toNode) {
        if (route == null) return null;
        boolean placed = at(fromNode, route.fromAt()) && at(toNode, route.toAt());
        return placed ? route : null;
    }

    private static boolean at(ActivityNodeModel node, Point2D p) {
        return Math.abs(node.xProperty().get() - p.getX()) < 0.5 && Math.abs(node.yProperty().get() - p.getY()) < 0.5;
    }
}
