package dev.pipewright.studio.canvas;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The canvas minimap: every activity as a small box, the visible part as a frame; clicking or dragging in it
 * centres the canvas there. The boxes are one small {@link Canvas}, drawn again only when an activity moved or the
 * view left the area the map shows (which is the activities and the view, with a quarter of a view around them), so
 * panning moves only the frame. Colours come from the theme: the boxes' through a styled hidden region, the frame's
 * from {@code .minimap-frame}.
 */
final class MiniMap extends Region {
    /** The largest size; the canvas view makes it smaller in a small view (see {@link #setMapSize}). */
    static final double WIDTH = 180;
    static final double HEIGHT = 110;
    static final double MIN_WIDTH = 90;
    /** Its share of the view's width at most, and its distance from the view's corner. */
    static final double SHARE = 0.18;
    static final double GAP = 10;
    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private double width = WIDTH;
    private double height = HEIGHT;
    private final Region nodeColor = ThemeColor.probe("minimap-node");
    private final Rectangle frame = new Rectangle();
    private Iterable<ActivityNodeModel> lastNodes = List.of();
    private Point2D lastMin = Point2D.ZERO;
    private Point2D lastMax = Point2D.ZERO;
    private long drawn = Long.MIN_VALUE;
    private double minX;
    private double minY;
    private double maxX;
    private double maxY;
    private double scale = 1;

    /** @param centreOn called with a canvas (world) point to show in the middle of the view */
    MiniMap(BiConsumer<Double, Double> centreOn) {
        getStyleClass().add("minimap");
        setId("minimap");
        frame.getStyleClass().add("minimap-frame");
        frame.setManaged(false);
        frame.setMouseTransparent(true);
        getChildren().addAll(canvas, nodeColor, frame);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        setOnMousePressed(e -> {
            centreOn.accept(minX + e.getX() / scale, minY + e.getY() / scale);
            e.consume();
        });
        setOnMouseDragged(getOnMousePressed());
        setOnMouseReleased(javafx.event.Event::consume);
        // a theme switch restyles the colour probe: draw the boxes again in the new colour
        nodeColor.backgroundProperty().addListener((o, a, b) -> {
            drawn = Long.MIN_VALUE;
            draw(lastNodes, lastMin, lastMax);
        });
    }

    /** The map's width in a view {@code viewWidth} wide: a corner of it. */
    static double widthIn(double viewWidth) {
        return Math.max(MIN_WIDTH, Math.min(WIDTH, viewWidth * SHARE));
    }

    static double heightOf(double width) {
        return width * HEIGHT / WIDTH;
    }

    /** Whether a view of that size can spare the corner for a map {@code width} wide (none in a smaller view). */
    static boolean fits(double width, double viewWidth, double viewHeight) {
        return viewWidth >= width / SHARE && viewHeight >= 3 * heightOf(width);
    }

    /** Sets the map's size (its proportions are the canvas view's to keep); the boxes are drawn again at the next draw. */
    void setMapSize(double w, double h) {
        if (w == width && h == height) return;
        width = w;
        height = h;
        canvas.setWidth(w);
        canvas.setHeight(h);
        setPrefSize(w, h);
        setMaxSize(w, h);
        drawn = Long.MIN_VALUE;
    }

    /** Shows the given activities and the visible world rectangle. */
    void draw(Iterable<ActivityNodeModel> nodes, Point2D viewMin, Point2D viewMax) {
        lastNodes = nodes;
        lastMin = viewMin;
        lastMax = viewMax;
        long layout = 17;
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (ActivityNodeModel m : nodes) {
            double x = m.xProperty().get(), y = m.yProperty().get();
            layout = layout * 31 + Double.hashCode(x) * 7L + Double.hashCode(y) + Double.hashCode(m.height());
            x0 = Math.min(x0, x);
            y0 = Math.min(y0, y);
            x1 = Math.max(x1, x + m.width());
            y1 = Math.max(y1, y + m.height());
        }
        boolean viewInside = viewMin.getX() >= minX && viewMin.getY() >= minY && viewMax.getX() <= maxX && viewMax.getY() <= maxY;
        if (layout != drawn || !viewInside) {
            double padX = (viewMax.getX() - viewMin.getX()) / 4, padY = (viewMax.getY() - viewMin.getY()) / 4;
            minX = Math.min(x0, viewMin.getX()) - padX;
            minY = Math.min(y0, viewMin.getY()) - padY;
            maxX = Math.max(x1, viewMax.getX()) + padX;
            maxY = Math.max(y1, viewMax.getY()) + padY;
            scale = Math.min(width / (maxX - minX), height / (maxY - minY));
            drawBoxes(nodes);
            drawn = layout;
        }
        frame.setX((viewMin.getX() - minX) * scale);
        frame.setY((viewMin.getY() - minY) * scale);
        frame.setWidth((viewMax.getX() - viewMin.getX()) * scale);
        frame.setHeight((viewMax.getY() - viewMin.getY()) * scale);
    }

    private void drawBoxes(Iterable<ActivityNodeModel> nodes) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        g.setFill(ThemeColor.of(nodeColor));
        for (ActivityNodeModel m : nodes) {
            g.fillRect((m.xProperty().get() - minX) * scale, (m.yProperty().get() - minY) * scale,
                    Math.max(2, m.width() * scale), Math.max(2, m.height() * scale));
        }
    }
}
