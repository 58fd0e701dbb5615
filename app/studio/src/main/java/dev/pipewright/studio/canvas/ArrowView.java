package dev.pipewright.studio.canvas;

import javafx.geometry.Point2D;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

/**
 * One arrow as a single path: a curve from the upstream's right edge to the downstream's left edge, plus a head.
 * Moving an activity reshapes its arrows in place (no new scene nodes, no new CSS pass).
 */
final class ArrowView extends Path {
    private static final double LANE = 8;
    private static final double HEAD = 7;
    private final ArrowModel model;
    private final MoveTo start = new MoveTo();
    private final CubicCurveTo curve = new CubicCurveTo();
    private final LineTo headTop = new LineTo();
    private final LineTo tip = new LineTo();
    private final LineTo headBottom = new LineTo();
    private final LineTo headBack = new LineTo();

    ArrowView(ArrowModel model, ActivityNodeModel from, ActivityNodeModel to) {
        this.model = model;
        getStyleClass().addAll("dependency-arrow", model.styleClass());
        setId("arrow-" + model.from() + "-" + model.to() + "-" + model.condition());
        getElements().addAll(start, curve, headTop, tip, headBottom, headBack);
        reshape(from, to);
    }

    ArrowModel model() {
        return model;
    }

    /** Follows the two activities' current positions. */
    void reshape(ActivityNodeModel from, ActivityNodeModel to) {
        double sx = startX(from);
        double sy = y(from, model);
        double ex = to.xProperty().get();
        double ey = y(to, model);
        double bend = bend(sx, ex);
        start.setX(sx);
        start.setY(sy);
        curve.setControlX1(sx + bend);
        curve.setControlY1(sy);
        curve.setControlX2(ex - bend);
        curve.setControlY2(ey);
        curve.setX(ex - HEAD);
        curve.setY(ey);
        headTop.setX(ex - HEAD);
        headTop.setY(ey - HEAD / 2);
        tip.setX(ex);
        tip.setY(ey);
        headBottom.setX(ex - HEAD);
        headBottom.setY(ey + HEAD / 2);
        headBack.setX(ex - HEAD);
        headBack.setY(ey);
    }

    /**
     * Whether the arrow between the two activities meets the rectangle (canvas units), from the models alone: the
     * curve lies inside the box of its control points.
     */
    static boolean meets(ArrowModel model, ActivityNodeModel from, ActivityNodeModel to, Point2D min, Point2D max) {
        double sx = startX(from);
        double ex = to.xProperty().get();
        double bend = bend(sx, ex);
        double sy = y(from, model);
        double ey = y(to, model);
        return Math.max(sx + bend, ex) >= min.getX() && Math.min(sx, ex - bend) <= max.getX()
                && Math.max(sy, ey) + HEAD >= min.getY() && Math.min(sy, ey) - HEAD <= max.getY();
    }

    private static double startX(ActivityNodeModel from) {
        return from.xProperty().get() + from.width();
    }

    private static double y(ActivityNodeModel node, ArrowModel model) {
        return node.yProperty().get() + ActivityNodeModel.HEIGHT / 2 + model.lane() * LANE;
    }

    private static double bend(double sx, double ex) {
        return Math.max(40, Math.abs(ex - sx) / 2);
    }
}
