package dev.pipewright.studio.canvas;

import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

/** One arrow as a single path: a curve from the upstream's right edge to the downstream's left edge, plus a head. */
final class ArrowView extends Path {
    private static final double LANE = 8;
    private static final double HEAD = 7;
    private final ArrowModel model;

    ArrowView(ArrowModel model, ActivityNodeModel from, ActivityNodeModel to) {
        this.model = model;
        getStyleClass().addAll("dependency-arrow", model.styleClass());
        setId("arrow-" + model.from() + "-" + model.to() + "-" + model.condition());
        double sx = from.xProperty().get() + from.width();
        double sy = from.yProperty().get() + ActivityNodeModel.HEIGHT / 2 + model.lane() * LANE;
        double ex = to.xProperty().get();
        double ey = to.yProperty().get() + ActivityNodeModel.HEIGHT / 2 + model.lane() * LANE;
        double bend = Math.max(40, Math.abs(ex - sx) / 2);
        getElements().addAll(new MoveTo(sx, sy), new CubicCurveTo(sx + bend, sy, ex - bend, ey, ex - HEAD, ey),
                new LineTo(ex - HEAD, ey - HEAD / 2), new LineTo(ex, ey), new LineTo(ex - HEAD, ey + HEAD / 2), new LineTo(ex - HEAD, ey));
    }

    ArrowModel model() {
        return model;
    }
}
