package dev.pipewright.studio.controls;

import javafx.application.Platform;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * A side pane of a split pane (Factory Resources, the activities toolbox): it keeps its width while the window grows,
 * as ADF's do, but gives way when the window narrows, so the canvas between them keeps the room.
 */
public final class SidePane {
    private final SplitPane split;
    private final Region pane;
    private final double share;
    /** Set when the split pane narrowed under a pane wider than its share, until the pane is back within it. */
    private boolean shrinking;

    private SidePane(SplitPane split, Region pane, double share) {
        this.split = split;
        this.pane = pane;
        this.share = share;
    }

    /**
     * Makes {@code pane}, the first item of {@code split}, take at most {@code share} of the split pane's width (never
     * less than its minimum width) whenever the split pane gets narrower; it starts at that share.
     */
    public static void shrinkWith(SplitPane split, Region pane, double share) {
        SplitPane.setResizableWithParent(pane, false);
        split.setDividerPositions(share);
        SidePane side = new SidePane(split, pane, share);
        split.widthProperty().addListener((o, was, now) -> side.resized(was.doubleValue(), now.doubleValue()));
    }

    private void resized(double was, double width) {
        if (width <= 0) return;
        if (width < was) shrinking = true;
        if (!shrinking) return;
        double target = Math.max(pane.minWidth(-1), share * width);
        if (pane.getWidth() <= target + 1) {
            shrinking = false;
            return;
        }
        // after this layout pass: a pass that resizes the split pane keeps its side pane's width, whatever the position
        Platform.runLater(() -> {
            double now = split.getWidth();
            if (now > 0) split.setDividerPosition(0, Math.max(pane.minWidth(-1), share * now) / now);
        });
    }
}
