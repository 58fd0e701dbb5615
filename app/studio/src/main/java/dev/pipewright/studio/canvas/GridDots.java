package dev.pipewright.studio.canvas;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.util.Arrays;

/**
 * The canvas's dotted grid: one viewport-sized image of dots, coloured by the theme ({@code .canvas-grid}, read
 * through a hidden styled region, so a theme switch recolours it with no code). It is redrawn only when the zoom,
 * the viewport size or the colour changes; panning moves it by whole pixels, less than one step. Never world-sized.
 * <p>
 * An image, not a path of squares: with software rendering (Prism SW, as under Xvfb) a path of a few thousand dots
 * is rasterised scanline by scanline on every panned frame (about 1 ms more render time per frame than this image
 * in {@code ./bench-studio.sh}); an image is one native blit.
 */
final class GridDots extends ImageView {
    /** Dots closer than this (screen pixels) would not help. */
    private static final double MIN_STEP = 6;
    private final Region colour = ThemeColor.probe("canvas-grid");
    private double step = -1;
    private int width = -1;
    private int height = -1;
    private Paint painted;

    GridDots() {
        setMouseTransparent(true);
        setManaged(false);
        setSmooth(false);
        colour.backgroundProperty().addListener((o, a, b) -> redraw());
    }

    /** The hidden region whose background is the dots' colour; it must be in the scene for the theme to reach it. */
    Region colourProbe() {
        return colour;
    }

    /** Shows dots {@code step} screen pixels apart over a viewport of the given size, panned by (panX, panY). */
    void show(double step, double viewportWidth, double viewportHeight, double panX, double panY) {
        int w = (int) Math.ceil(viewportWidth + step);
        int h = (int) Math.ceil(viewportHeight + step);
        if (step != this.step || w != width || h != height) {
            this.step = step;
            width = w;
            height = h;
            redraw();
        }
        setTranslateX(Math.round(positiveRemainder(panX, step) - step));
        setTranslateY(Math.round(positiveRemainder(panY, step) - step));
    }

    private void redraw() {
        Paint paint = ThemeColor.of(colour);
        if (width <= 0 || height <= 0 || step < MIN_STEP || !(paint instanceof Color c)) {
            setImage(null);
            return;
        }
        painted = paint;
        int argb = premultipliedArgb(c);
        int size = (int) Math.max(1, Math.round(step / 10));
        int[] pixels = new int[width * height];
        int[] row = new int[width];
        for (double x = 0; x < width; x += step) {
            int px = (int) Math.round(x);
            Arrays.fill(row, Math.min(px, width), Math.min(px + size, width), argb);
        }
        for (double y = 0; y < height; y += step) {
            int py = (int) Math.round(y);
            for (int r = py; r < Math.min(py + size, height); r++) System.arraycopy(row, 0, pixels, r * width, width);
        }
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        setImage(image);
    }

    /** The colour the dots were last drawn in (for tests: a theme switch changes it). */
    Paint paint() {
        return painted;
    }

    private static int premultipliedArgb(Color c) {
        double a = c.getOpacity();
        return (int) Math.round(a * 255) << 24 | (int) Math.round(c.getRed() * a * 255) << 16
                | (int) Math.round(c.getGreen() * a * 255) << 8 | (int) Math.round(c.getBlue() * a * 255);
    }

    private static double positiveRemainder(double value, double step) {
        double r = value % step;
        return r < 0 ? r + step : r;
    }
}
