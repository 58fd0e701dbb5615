package dev.pipewright.studio.canvas;

import javafx.scene.shape.ClosePath;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.VLineTo;

import java.util.ArrayList;
import java.util.List;

/**
 * The canvas's dotted grid: one viewport-sized path of small squares, coloured by the theme ({@code .canvas-grid}),
 * so a theme switch recolours it with no code. It is rebuilt only when the zoom or the viewport size changes;
 * panning moves it by less than one step. Never world-sized.
 */
final class GridDots extends Path {
    /** Dots closer than this (screen pixels) would not help. */
    private static final double MIN_STEP = 6;
    private double step = -1;
    private double width = -1;
    private double height = -1;

    GridDots() {
        getStyleClass().add("canvas-grid");
        setMouseTransparent(true);
        setManaged(false);
    }

    /** Shows dots {@code step} screen pixels apart over a viewport of the given size, panned by (panX, panY). */
    void show(double step, double viewportWidth, double viewportHeight, double panX, double panY) {
        double w = Math.ceil(viewportWidth + step);
        double h = Math.ceil(viewportHeight + step);
        if (step != this.step || w != width || h != height) {
            this.step = step;
            width = w;
            height = h;
            getElements().setAll(dots(step, w, h));
        }
        setTranslateX(positiveRemainder(panX, step) - step);
        setTranslateY(positiveRemainder(panY, step) - step);
    }

    private static List<PathElement> dots(double step, double width, double height) {
        List<PathElement> dots = new ArrayList<>();
        if (step < MIN_STEP) return dots;
        double size = Math.max(1, Math.round(step / 10));
        for (double x = 0; x < width; x += step) {
            for (double y = 0; y < height; y += step) {
                double px = Math.round(x);
                double py = Math.round(y);
                dots.add(new MoveTo(px, py));
                dots.add(new HLineTo(px + size));
                dots.add(new VLineTo(py + size));
                dots.add(new HLineTo(px));
                dots.add(new ClosePath());
            }
        }
        return dots;
    }

    private static double positiveRemainder(double value, double step) {
        double r = value % step;
        return r < 0 ? r + step : r;
    }
}
