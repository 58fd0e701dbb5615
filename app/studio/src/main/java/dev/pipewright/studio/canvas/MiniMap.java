package dev.pipewright.studio.canvas;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The canvas minimap: every activity as a small box, the visible part as a frame; clicking or dragging in it
 * centres the canvas there. One small {@link Canvas}; its colours come from the theme (styled hidden regions).
 */
final class MiniMap extends Region {
    static final double WIDTH = 180;
    static final double HEIGHT = 110;
    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final Region nodeColor = ThemeColor.probe("minimap-node");
    private final Region frameColor = ThemeColor.probe("minimap-frame");
    private Iterable<ActivityNodeModel> lastNodes = List.of();
    private Point2D lastMin = Point2D.ZERO;
    private Point2D lastMax = Point2D.ZERO;
    private double scale = 1;
    private double minX;
    private double minY;

    /** @param centreOn called with a canvas (world) point to show in the middle of the view */
    MiniMap(BiConsumer<Double, Double> centreOn) {
        getStyleClass().add("minimap");
        setId("minimap");
        getChildren().addAll(canvas, nodeColor, frameColor);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        setOnMousePressed(e -> {
            centreOn.accept(minX + e.getX() / scale, minY + e.getY() / scale);
            e.consume();
        });
        setOnMouseDragged(getOnMousePressed());
        setOnMouseReleased(javafx.event.Event::consume);
        // a theme switch restyles the colour probes: draw again in the new colours
        nodeColor.backgroundProperty().addListener((o, a, b) -> draw(lastNodes, lastMin, lastMax));
        frameColor.backgroundProperty().addListener((o, a, b) -> draw(lastNodes, lastMin, lastMax));
    }

    /** Redraws for the given activities and the visible world rectangle. */
    void draw(Iterable<ActivityNodeModel> nodes, Point2D viewMin, Point2D viewMax) {
        lastNodes = nodes;
        lastMin = viewMin;
        lastMax = viewMax;
        double x0 = viewMin.getX(), y0 = viewMin.getY(), x1 = viewMax.getX(), y1 = viewMax.getY();
        for (ActivityNodeModel m : nodes) {
            x0 = Math.min(x0, m.xProperty().get());
            y0 = Math.min(y0, m.yProperty().get());
            x1 = Math.max(x1, m.xProperty().get() + m.width());
            y1 = Math.max(y1, m.yProperty().get() + m.height());
        }
        scale = Math.min(WIDTH / (x1 - x0), HEIGHT / (y1 - y0));
        minX = x0;
        minY = y0;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        g.setFill(ThemeColor.of(nodeColor));
        for (ActivityNodeModel m : nodes) {
            g.fillRect((m.xProperty().get() - x0) * scale, (m.yProperty().get() - y0) * scale,
                    Math.max(2, m.width() * scale), Math.max(2, m.height() * scale));
        }
        g.setStroke(ThemeColor.of(frameColor));
        g.strokeRect((viewMin.getX() - x0) * scale, (viewMin.getY() - y0) * scale,
                (viewMax.getX() - viewMin.getX()) * scale, (viewMax.getY() - viewMin.getY()) * scale);
    }
}
