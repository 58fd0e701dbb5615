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
    private static final double LANE = dev.pipewright.core.edit.CanvasGeometry.LANE;
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

    /** Follows the two activities' current positions: through its route's slots while both are where the layout put them. */
    void reshape(ActivityNodeModel from, ActivityNodeModel to) {
        double sx = startX(from);
        double sy = y(from, model);
        double ex = to.xProperty().get();
        double ey = y(to, model);
        ArrowModel.Route route = model.routeFor(from, to);
        if (route == null) {
            if (getElements().size() != 6 || getElements().get(1) != curve) getElements().setAll(start, curve, headTop, tip, headBottom, headBack);
            start.setX(sx);
            start.setY(sy);
            curveTo(curve, sx, sy, ex - HEAD, ey);
        } else {
            // a few more elements, rebuilt only while the layout holds (moving an end falls back to the single curve)
            java.util.List<javafx.scene.shape.PathElement> elements = new java.util.ArrayList<>();
            elements.add(new MoveTo(sx, sy));
            double x = sx, y = sy;
            for (Point2D slot : route.slots()) {
                double slotY = slot.getY() + ActivityNodeModel.HEIGHT / 2 + model.lane() * LANE;
                CubicCurveTo in = new CubicCurveTo();
                curveTo(in, x, y, slot.getX(), slotY);
                elements.add(in);
                x = slot.getX() + ActivityNodeModel.WIDTH;
                y = slotY;
                elements.add(new LineTo(x, y));
            }
            CubicCurveTo last = new CubicCurveTo();
            curveTo(last, x, y, ex - HEAD, ey);
            elements.add(last);
            elements.addAll(java.util.List.of(headTop, tip, headBottom, headBack));
            getElements().setAll(elements);
        }
        headTop.setX(ex - HEAD);
        headTop.setY(ey - HEAD / 2);
        tip.setX(ex);
        tip.setY(ey);
        headBottom.setX(ex - HEAD);
        headBottom.setY(ey + HEAD / 2);
        headBack.setX(ex - HEAD);
        headBack.setY(ey);
    }

    private static void curveTo(CubicCurveTo curve, double sx, double sy, double ex, double ey) {
        double bend = bend(sx, ex);
        curve.setControlX1(sx + bend);
        curve.setControlY1(sy);
        curve.setControlX2(ex - bend);
        curve.setControlY2(ey);
        curve.setX(ex);
        curve.setY(ey);
    }

    /**
     * Whether the arrow between the two activities meets the rectangle (canvas units), from the models alone: the
     * curve lies inside the box of its control points (and a routed arrow inside the box of its slots too).
     */
    static boolean meets(ArrowModel model, ActivityNodeModel from, ActivityNodeModel to, Point2D min, Point2D max) {
        double sx = startX(from);
        double ex = to.xProperty().get();
        double bend = bend(sx, ex);
        double sy = y(from, model);
        double ey = y(to, model);
        double left = Math.min(sx, ex - bend), right = Math.max(sx + bend, ex);
        double top = Math.min(sy, ey), bottom = Math.max(sy, ey);
        ArrowModel.Route route = model.routeFor(from, to);
        if (route != null) {
            for (Point2D slot : route.slots()) {
                top = Math.min(top, slot.getY());
                bottom = Math.max(bottom, slot.getY() + ActivityNodeModel.HEIGHT);
            }
        }
        return right >= min.getX() && left <= max.getX() && bottom + HEAD >= min.getY() && top - HEAD <= max.getY();
    }

    private static double startX(ActivityNodeModel from) {
        return from.xProperty().get() + from.width();
    }

    private static double y(ActivityNodeModel node, ArrowModel model) {
        return node.yProperty().get() + ActivityNodeModel.HEIGHT / 2 + model.lane() * LANE;
    }

    private static double bend(double sx, double ex) {
        return dev.pipewright.core.edit.CanvasGeometry.bend(sx, ex);
    }
}
